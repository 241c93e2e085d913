import AssetMapCore

/// The cells a terminal must be sent to turn one canvas into the next. Everything else is left alone,
/// so moving a selection costs a few dozen bytes rather than a whole screen.
public enum CanvasDiff {
    /// Positions of the cells to send, row by row. With no previous canvas (or a different size), every cell.
    public static func changes(from previous: Canvas?, to next: Canvas) -> [Point] {
        var points: [Point] = []
        forEachChange(from: previous, to: next) { points.append($0) }
        return points
    }

    /// The same cells, each handed to `send` in turn rather than gathered: a whole first screen is twelve thousand.
    public static func forEachChange(from previous: Canvas?, to next: Canvas, _ send: (Point) -> Void) {
        let width = next.size.width
        let cells = next.packed
        guard let previous, previous.size == next.size else {
            for index in cells.indices where !cells[index].isContinuation { send(point(index, width)) }
            return
        }
        let old = previous.packed
        var lastSent = -1
        // A grapheme of several code points is compared by its text, kept outside the cell; without any, a row whose
        // numbers are all the same is passed over whole, which is most rows at most keys.
        let rowsCompareByNumber = !next.hasClusters && !previous.hasClusters
        for y in 0..<next.size.height {
            if rowsCompareByNumber, next.sameRow(y, as: previous) { continue }
            for index in y * width..<(y + 1) * width where cells[index] != old[index] || cells[index].isCluster {
                guard !cells[index].isContinuation else {
                    // A two-column grapheme is sent again when the cell it covers changed underneath it.
                    if index % width != 0, !cells[index - 1].isContinuation, lastSent != index - 1 {
                        send(point(index - 1, width))
                        lastSent = index - 1
                    }
                    continue
                }
                if !next.same(index, as: previous, index) {
                    send(point(index, width))
                    lastSent = index
                }
            }
        }
    }

    private static func point(_ index: Int, _ width: Int) -> Point {
        Point(x: index % width, y: index / width)
    }
}
