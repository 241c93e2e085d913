/// A scrolling list with one selected row, marked by "▸" as well as by its highlight.
public enum ListView {
    /// The first row shown so that the selected row is in view, roughly centred when the list scrolls.
    public static func firstVisibleRow(selection: Int, count: Int, height: Int) -> Int {
        guard count > height, height > 0 else { return 0 }
        return min(max(0, selection - height / 2), count - height)
    }

    /// Draws `count` rows built on demand, so a long caseload costs only the rows on screen.
    public static func draw(count: Int, selection: Int?, in rect: Rect, on canvas: inout Canvas,
                            row: (Int) -> [Span]) {
        guard !rect.isEmpty else { return }
        let top = firstVisibleRow(selection: selection ?? 0, count: count, height: rect.height)
        for line in 0..<rect.height {
            let index = top + line
            guard index < count else { break }
            let y = rect.y + line
            let selected = index == selection
            canvas.write(selected ? "▸ " : "  ", at: Point(x: rect.x, y: y), role: selected ? .selected : .normal, clip: rect)
            canvas.write(row(index), at: Point(x: rect.x + 2, y: y), clip: rect)
            if selected {
                canvas.paint(rect.row(line), role: .selected)
            }
        }
        if top > 0 {
            canvas.write("↑", at: Point(x: rect.maxX - 1, y: rect.y), role: .dim, clip: rect)
        }
        if top + rect.height < count {
            canvas.write("↓", at: Point(x: rect.maxX - 1, y: rect.maxY - 1), role: .dim, clip: rect)
        }
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
