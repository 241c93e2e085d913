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
        guard let previous, previous.size == next.size else {
            next.packed.withUnsafeBufferPointer { cells in
                for index in cells.indices where !cells[index].isContinuation { send(point(index, width)) }
            }
            return
        }
        // A grapheme of several code points is compared by its text, kept outside the cell; without any, a row whose
        // numbers are all the same is passed over whole, which is most rows at most keys.
        let rowsCompareByNumber = !next.hasClusters && !previous.hasClusters
        next.packed.withUnsafeBufferPointer { cells in
            previous.packed.withUnsafeBufferPointer { old in
                forEachChange(cells, old, previous, next, rowsCompareByNumber, send)
            }
        }
    }

    private static func forEachChange(
        _ cells: UnsafeBufferPointer<PackedCell>, _ old: UnsafeBufferPointer<PackedCell>, _ previous: Canvas,
        _ next: Canvas, _ rowsCompareByNumber: Bool, _ send: (Point) -> Void
    ) {
        let width = next.size.width
        guard width > 0 else { return }
        var lastSent = -1
        for y in 0..<next.size.height {
            let row = y * width
            // The row's bytes compared as one block, many cells to an instruction.
            if rowsCompareByNumber,
                memcmp(cells.baseAddress! + row, old.baseAddress! + row, width * MemoryLayout<PackedCell>.stride) == 0
            {
                continue
            }
            for index in row..<row + width where cells[index] != old[index] || cells[index].isCluster {
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
