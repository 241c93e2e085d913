import AssetMapCore
/// The `?` screen: every key of the current screen, from the same table as the hint bar.
public enum HelpOverlay {
    public static func draw(_ context: KeyContext, title: String, in area: Rect, on canvas: inout Canvas) {
        let lines = KeyMap.helpLines(for: context)
        let keyWidth = min(16, (lines.map { $0.keys.displayWidth }.max() ?? 4) + 2)
        let rect = area.centred(width: min(area.width - 2, 78), height: min(area.height, lines.count + 4))
        Box.draw(rect, title: "Keys: \(title)", on: &canvas)
        let inside = Box.interior(rect)
        let room = inside.height - 2
        for (row, line) in lines.enumerated() where row < room {
            let y = inside.y + row
            let shown = row == room - 1 && lines.count > room ? ("…", "and more: make the window taller to see them all") : line
            canvas.write(shown.0, at: Point(x: inside.x, y: y), role: .heading, clip: inside)
            canvas.write(shown.1, at: Point(x: inside.x + keyWidth, y: y), clip: inside)
        }
        canvas.write("Press Esc or Enter to close.", at: Point(x: inside.x, y: inside.maxY - 1), role: .dim, clip: inside)
    }
}
