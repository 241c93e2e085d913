import AssetMapCore
/// The `?` screen: every key of the current screen, from the same table as the hint bar.
public enum HelpOverlay {
    public static func draw(_ context: KeyContext, title: String, scroll: Int = 0, in area: Rect, on canvas: inout Canvas) {
        let lines = KeyMap.helpLines(for: context)
        let keyWidth = min(16, (lines.map { $0.keys.displayWidth }.max() ?? 4) + 2)
        let rect = area.centred(width: min(area.width - 2, 78), height: min(area.height, lines.count + 4))
        Box.draw(rect, title: "Keys: \(title)", on: &canvas)
        let inside = Box.interior(rect)
        let room = max(0, inside.height - 2)
        let top = min(max(0, scroll), max(0, lines.count - room))
        for (row, line) in lines.dropFirst(top).prefix(room).enumerated() {
            let y = inside.y + row
            canvas.write(line.keys, at: Point(x: inside.x, y: y), role: .heading, clip: inside)
            canvas.write(line.help, at: Point(x: inside.x + keyWidth, y: y), clip: inside)
        }
        let more = lines.count > room ? "↑ ↓ to see more. " : ""
        canvas.write(more + "Press Esc or Enter to close.", at: Point(x: inside.x, y: inside.maxY - 1), role: .dim, clip: inside)
    }
}
