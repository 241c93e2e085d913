import AssetMapCore

/// The cells a terminal must be sent to turn one canvas into the next. Everything else is left alone,
/// so moving a selection costs a few dozen bytes rather than a whole screen.
public enum CanvasDiff {
    /// Positions of the cells to send, row by row. With no previous canvas (or a different size), every cell.
    public static func changes(from previous: Canvas?, to next: Canvas) -> [Point] {
        let width = next.size.width
        let cells = next.cells
        guard let old = previous?.cells, previous?.size == next.size else {
            return cells.indices.filter { !cells[$0].isContinuation }.map { Point(x: $0 % width, y: $0 / width) }
        }
        var points: [Point] = []
        for index in cells.indices where !cells[index].isContinuation {
            let changed = cells[index] != old[index]
            // A two-column grapheme is sent again when the cell it covers changed underneath it.
            let coverChanged = (index + 1) % width != 0 && cells[index + 1].isContinuation && cells[index + 1] != old[index + 1]
            if changed || coverChanged { points.append(Point(x: index % width, y: index / width)) }
        }
        return points
    }
}
