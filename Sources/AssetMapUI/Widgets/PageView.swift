import AssetMapCore

/// Lines to read rather than choose from, such as a report or a timeline, moved through by line and by page.
/// When they do not all fit, the last row says which lines show and how to see the rest.
public enum PageView {
    public static func draw(_ lines: [[Span]], top: Int, in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let fits = lines.count <= rect.height
        let height = fits ? rect.height : rect.height - 1
        let first = clamped(top, lines: lines.count, height: rect.height)
        for row in 0..<height where first + row < lines.count {
            canvas.write(lines[first + row], at: Point(x: rect.x, y: rect.y + row), clip: rect)
        }
        guard !fits, height > 0 else { return }
        let last = min(lines.count, first + height)
        let more = last < lines.count ? "↓ PgDn for more" : "↑ PgUp for earlier lines"
        canvas.write(
            "Lines \(first + 1)–\(last) of \(lines.count) · \(more)", at: Point(x: rect.x, y: rect.maxY - 1),
            role: .dim, clip: rect)
    }

    /// The first line to show after a movement key.
    public static func scroll(_ top: Int, by command: Command?, lines: Int, height: Int) -> Int {
        let page = max(1, visibleRows(lines: lines, height: height) - 1)
        let moved: Int
        switch command {
        case .up: moved = top - 1
        case .down: moved = top + 1
        case .pageUp: moved = top - page
        case .pageDown: moved = top + page
        case .first: moved = 0
        case .last: moved = lines
        default: moved = top
        }
        return clamped(moved, lines: lines, height: height)
    }

    /// A first line that leaves no empty rows at the end when there is more than fits.
    public static func clamped(_ top: Int, lines: Int, height: Int) -> Int {
        max(0, min(top, lines - visibleRows(lines: lines, height: height)))
    }

    static func visibleRows(lines: Int, height: Int) -> Int {
        lines <= height ? height : max(1, height - 1)
    }

    /// Text wrapped to the width, each line after an indent of spaces.
    public static func wrapped(_ text: String, width: Int, role: Role = .normal, indent: Int = 0) -> [[Span]] {
        TextWrap.wrap(text, width: max(1, width - indent)).map {
            [Span(String(repeating: " ", count: indent) + $0, role)]
        }
    }

    /// Two columns side by side, each wrapped to its width (the left keeping two spaces clear before the right),
    /// as many rows as the longer needs.
    public static func columns(
        _ left: String, width: Int, _ right: String, rightWidth: Int, indent: Int = 0,
        leftRole: Role = .normal, rightRole: Role = .normal
    ) -> [[Span]] {
        let lefts = TextWrap.wrap(left, width: max(1, width - indent - 2))
        let rights = TextWrap.wrap(right, width: max(1, rightWidth))
        return (0..<max(lefts.count, rights.count)).map { row in
            let left = row < lefts.count ? lefts[row] : ""
            var spans = [Span(String(repeating: " ", count: indent) + left.padded(toWidth: width - indent), leftRole)]
            if row < rights.count { spans.append(Span(rights[row], rightRole)) }
            return spans
        }
    }
}
