import AssetMapCore

/// A question or message in a box over the screen.
public enum Dialog {
    /// Draws the box sized to the text; `footer` says which keys answer it.
    public static func draw(title: String, message: String, footer: String, in area: Rect, on canvas: inout Canvas) {
        let width = min(area.width - 4, max(40, min(64, message.displayWidth + 6)))
        let lines = TextWrap.wrap(message, width: max(1, width - 4))
        let rect = area.centred(width: width, height: lines.count + 4)
        Box.drawOver(rect, title: title, on: &canvas)
        let inside = Box.interior(rect)
        for (row, line) in lines.enumerated() where row < inside.height - 2 {
            canvas.write(line, at: Point(x: inside.x, y: inside.y + row), clip: inside)
        }
        canvas.write(footer, at: Point(x: inside.x, y: inside.maxY - 1), role: .heading, clip: inside)
    }
}
