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
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            canvas.write("│", at: Point(x: rect.x, y: y), role: role)
            canvas.write("│", at: Point(x: rect.maxX - 1, y: y), role: role)
        }
        if !title.isEmpty {
            canvas.write(" " + title.truncated(toWidth: rect.width - 6) + " ", at: Point(x: rect.x + 2, y: rect.y), role: .heading)
        }
    }

    /// The inside of a box, with a column of space at each side.
    public static func interior(_ rect: Rect) -> Rect {
        Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    }
}
