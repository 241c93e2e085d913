import AssetMapCore

/// A list whose rows wrap over as many lines as their words need, so no row is cut. The selected row is marked
/// "▸" as well as by its highlight; a list taller than its area scrolls to keep the selected row in view (from
/// its beginning, when it is taller than the area itself) and says so with "↑" and "↓" in a column of its own.
enum WrappedListView {
    /// One row, as the lines it wraps to.
    typealias Row = [[Span]]

    /// Rows wrapped to the width a list in `rect` gives them: beside the marker, and clear of the arrows.
    static func rows(count: Int, in rect: Rect, row: (Int) -> [Span]) -> [Row] {
        let width = max(1, rect.width - 4)
        return (0..<count).map { wrap(row($0), width: width) }
    }

    /// The first line shown: the top while the selected row fits there, otherwise as little further down as shows it.
    static func firstLine(_ rows: [Row], selection: Int?, height: Int) -> Int {
        let total = rows.reduce(0) { $0 + $1.count }
        guard let selection, rows.indices.contains(selection), total > height, height > 0 else { return 0 }
        let start = rows[..<selection].reduce(0) { $0 + $1.count }
        let end = start + rows[selection].count
        return min(start, max(0, end - height), total - height)
    }

    static func draw(_ rows: [Row], selection: Int?, in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let top = firstLine(rows, selection: selection, height: rect.height)
        var line = 0
        for (index, row) in rows.enumerated() {
            defer { line += row.count }
            guard line + row.count > top else { continue }
            guard line - top < rect.height else { break }
            let selected = index == selection
            for (offset, spans) in row.enumerated() {
                let y = rect.y + line - top + offset
                guard y >= rect.y, y < rect.maxY else { continue }
                if offset == 0 {
                    canvas.write(
                        selected ? "▸ " : "  ", at: Point(x: rect.x, y: y), role: selected ? .selected : .normal,
                        clip: rect)
                }
                let written = canvas.write(spans, at: Point(x: rect.x + 2, y: y), clip: rect)
                if selected {
                    canvas.paint(
                        Rect(x: rect.x, y: y, width: 2 + written, height: 1).intersection(rect), role: .selected)
                }
            }
        }
        let total = rows.reduce(0) { $0 + $1.count }
        if top > 0 { canvas.write("↑", at: Point(x: rect.maxX - 1, y: rect.y), role: .dim, clip: rect) }
        if total - top > rect.height {
            canvas.write("↓", at: Point(x: rect.maxX - 1, y: rect.maxY - 1), role: .dim, clip: rect)
        }
    }

    /// The row drawn at a point of the list, if any: the same rows `draw` shows for that selection.
    static func index(at point: Point, rows: [Row], selection: Int?, in rect: Rect) -> Int? {
        guard rect.contains(point) else { return nil }
        var line = firstLine(rows, selection: selection, height: rect.height) + point.y - rect.y
        for (index, row) in rows.enumerated() {
            if line < row.count { return index }
            line -= row.count
        }
        return nil
    }

    /// Word-wraps a row's spans together, each part keeping its own look; an empty row is one empty line.
    static func wrap(_ spans: [Span], width: Int) -> Row {
        let characters = spans.flatMap { Array($0.text) }
        let roles = spans.flatMap { span in Array(repeating: span.role, count: span.text.count) }
        guard !characters.isEmpty else { return [[]] }
        var ranges = TextWrap.lines(characters, width: width)
        // Spaces at the end of a row are not worth a line of their own.
        while ranges.count > 1, let last = ranges.last, characters[last].allSatisfy({ $0 == " " }) {
            ranges.removeLast()
        }
        return ranges.map { range in
            var line: [Span] = []
            for index in range {
                if let last = line.last, last.role == roles[index] {
                    line[line.count - 1].text.append(characters[index])
                } else {
                    line.append(Span(String(characters[index]), roles[index]))
                }
            }
            return line
        }
    }
}
