import AssetMapCore

/// A scrolling list with one selected row, marked by "▸" as well as by its highlight.
public enum ListView {
    /// The first row shown so that the selected row is in view. A long list turns a page at a time, the last
    /// row of one page being the first of the next, rather than moving at every key: the rows stay still
    /// while the selection moves, which is calmer to follow and sends the terminal only the rows that changed.
    public static func firstVisibleRow(selection: Int, count: Int, height: Int) -> Int {
        guard count > height, height > 0 else { return 0 }
        let page = height == 1 ? selection : max(0, selection - 1) / (height - 1)
        return min(page * max(1, height - 1), count - height)
    }

    /// Draws `count` rows built on demand, so a long caseload costs only the rows on screen. The selected row's
    /// first `highlighting` parts (all of them by default) are highlighted, not the whole width: beside the marker
    /// that is as clear, and moving the selection then rewrites a few dozen cells rather than two whole lines.
    public static func draw(
        count: Int, selection: Int?, in rect: Rect, on canvas: inout Canvas, highlighting: Int = .max,
        row: (Int) -> [Span]
    ) {
        drawRows(count: count, selection: selection, in: rect, on: &canvas) { index, point, canvas, selected in
            let spans = row(index)
            let written = canvas.write(spans, at: point, clip: rect)
            return selected ? min(written, spans.prefix(highlighting).reduce(0) { $0 + $1.text.displayWidth }) : 0
        }
    }

    /// A row drawn once into cells, at the width of a list less its marker, and copied into the list whenever it shows:
    /// for long lists whose rows stay the same from key to key.
    public struct DrawnRow: Equatable, Sendable {
        let cells: Canvas
        let written: Int
        let highlighted: Int

        /// The first `highlighting` spans are highlighted when the row is selected.
        public init(_ spans: [Span], width: Int, highlighting: Int = .max) {
            var cells = Canvas(size: Size(width: width, height: 1))
            written = cells.write(spans, at: Point(x: 0, y: 0), clip: cells.bounds)
            highlighted = min(written, spans.prefix(highlighting).reduce(0) { $0 + $1.text.displayWidth })
            self.cells = cells
        }
    }

    /// The same list as from spans, its rows drawn beforehand at `rect.width - 2` columns.
    public static func draw(
        count: Int, selection: Int?, in rect: Rect, on canvas: inout Canvas, drawnRow: (Int) -> DrawnRow
    ) {
        drawRows(count: count, selection: selection, in: rect, on: &canvas) { index, point, canvas, _ in
            let row = drawnRow(index)
            canvas.copy(row.cells, columns: row.written, to: point)
            return row.highlighted
        }
    }

    /// `write` puts a row's text after its marker and returns how many columns of it to highlight when it is selected.
    private static func drawRows(
        count: Int, selection: Int?, in rect: Rect, on canvas: inout Canvas,
        write: (Int, Point, inout Canvas, Bool) -> Int
    ) {
        guard !rect.isEmpty else { return }
        let top = firstVisibleRow(selection: selection ?? 0, count: count, height: rect.height)
        for line in 0..<rect.height {
            let index = top + line
            guard index < count else { break }
            let y = rect.y + line
            let selected = index == selection
            canvas.write(
                selected ? "▸ " : "  ", at: Point(x: rect.x, y: y), role: selected ? .selected : .normal, clip: rect)
            let width = write(index, Point(x: rect.x + 2, y: y), &canvas, selected)
            if selected {
                canvas.paint(Rect(x: rect.x, y: y, width: 2 + width, height: 1).intersection(rect), role: .selected)
            }
        }
        if top > 0 {
            canvas.write("↑", at: Point(x: rect.maxX - 1, y: rect.y), role: .dim, clip: rect)
        }
        if top + rect.height < count {
            canvas.write("↓", at: Point(x: rect.maxX - 1, y: rect.maxY - 1), role: .dim, clip: rect)
        }
    }

    /// The row drawn at a point of the list, if any: the same rows `draw` shows for that selection.
    public static func index(at point: Point, count: Int, selection: Int?, in rect: Rect) -> Int? {
        guard rect.contains(point) else { return nil }
        let index = firstVisibleRow(selection: selection ?? 0, count: count, height: rect.height) + point.y - rect.y
        return index < count ? index : nil
    }

    /// Moves a selection by a command, within `count` rows; `page` is the height of the list.
    public static func move(_ selection: Int, by command: Command, count: Int, page: Int) -> Int {
        guard count > 0 else { return 0 }
        switch command {
        case .up: return max(0, selection - 1)
        case .down: return min(count - 1, selection + 1)
        case .pageUp: return max(0, selection - max(1, page - 1))
        case .pageDown: return min(count - 1, selection + max(1, page - 1))
        case .first: return 0
        case .last: return count - 1
        default: return min(max(0, selection), count - 1)
        }
    }
}
