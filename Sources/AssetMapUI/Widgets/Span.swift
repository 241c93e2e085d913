import AssetMapCore

/// A run of text in one role; a row of a list or table is a few of these side by side.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .normal) {
        self.text = text
        self.role = role
    }
}

extension Canvas {
    /// Writes spans one after another on a row, clipped to the rectangle. Returns the columns used.
    @discardableResult
    public mutating func write(_ spans: [Span], at point: Point, clip: Rect) -> Int {
        var x = point.x
        for span in spans {
            x += write(span.text, at: Point(x: x, y: point.y), role: span.role, clip: clip)
        }
        return x - point.x
    }

    /// Writes text centred in a row of the rectangle.
    public mutating func writeCentred(_ text: String, row: Int, in rect: Rect, role: Role = .normal) {
        let shown = text.truncated(toWidth: rect.width)
        write(
            shown, at: Point(x: rect.x + (rect.width - shown.displayWidth) / 2, y: rect.y + row), role: role, clip: rect
        )
    }

    /// Writes wrapped text from the top of the rectangle; returns the rows used.
    @discardableResult
    public mutating func writeWrapped(_ text: String, in rect: Rect, role: Role = .normal) -> Int {
        var row = 0
        for line in TextWrap.wrap(text, width: rect.width) {
            guard row < rect.height else { break }
            write(line, at: Point(x: rect.x, y: rect.y + row), role: role, clip: rect)
            row += 1
        }
        return row
    }
}
