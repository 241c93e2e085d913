/// The cells a terminal must be sent to turn one canvas into the next. Everything else is left alone,
/// so moving a selection costs a few dozen bytes rather than a whole screen.
public enum CanvasDiff {
    /// Positions of the cells to send, row by row. With no previous canvas (or a different size), every cell.
    public static func changes(from previous: Canvas?, to next: Canvas) -> [Point] {
        var points: [Point] = []
        let old = previous.flatMap { $0.size == next.size ? $0 : nil }
        for y in 0..<next.size.height {
            for x in 0..<next.size.width {
                let cell = next[x, y]
                guard !cell.isContinuation else { continue }
                if let old, old[x, y] == cell, !wideNeighbourChanged(old, next, x, y) { continue }
                points.append(Point(x: x, y: y))
            }
        }
        return points
    }

    /// A two-column grapheme is sent again when the cell it covers changed underneath it.
    private static func wideNeighbourChanged(_ old: Canvas, _ next: Canvas, _ x: Int, _ y: Int) -> Bool {
        guard x + 1 < next.size.width, next[x + 1, y].isContinuation else { return false }
        return old[x + 1, y] != next[x + 1, y]
    }
}
