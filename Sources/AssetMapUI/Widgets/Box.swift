import AssetMapCore

/// A bordered box with an optional title in the top edge.
public enum Box {
    public static func draw(_ rect: Rect, title: String = "", role: Role = .border, on canvas: inout Canvas) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        canvas.fill(rect)
        for (y, left, right) in [(rect.y, "┌", "┐"), (rect.maxY - 1, "└", "┘")] {
            canvas.write(left, at: Point(x: rect.x, y: y), role: role)
            canvas.write(repeating: "─", count: rect.width - 2, at: Point(x: rect.x + 1, y: y), role: role)
            canvas.write(right, at: Point(x: rect.maxX - 1, y: y), role: role)
        }
        for x in [rect.x, rect.maxX - 1] {
            canvas.write(downwards: "│", count: rect.height - 2, at: Point(x: x, y: rect.y + 1), role: role)
        }
        if !title.isEmpty {
            canvas.write(
                " " + title.truncated(toWidth: rect.width - 6) + " ", at: Point(x: rect.x + 2, y: rect.y),
                role: .heading)
        }
    }

    /// Columns cleared either side of a box drawn over a screen.
    static let gap = 2

    /// A box over the screen (a form, a question, help): the columns beside it are cleared as well, so no end of a
    /// line of the screen beneath is left touching its edge, where it would read as a stray letter of the box.
    public static func drawOver(_ rect: Rect, title: String = "", on canvas: inout Canvas) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        canvas.fill(Rect(x: rect.x - gap, y: rect.y, width: rect.width + 2 * gap, height: rect.height))
        draw(rect, title: title, on: &canvas)
    }

    /// The inside of a box, with a column of space at each side.
    public static func interior(_ rect: Rect) -> Rect {
        Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    }
}
