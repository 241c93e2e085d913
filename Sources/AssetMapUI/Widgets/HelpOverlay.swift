import AssetMapCore

/// The `?` screen: what the screen means, then its keys, from the same table as the hint bar. Help longer than the
/// window scrolls, and the last line says when there is more below.
public enum HelpOverlay {
    public static func draw(
        _ context: KeyContext, title: String, scroll: Int = 0, in area: Rect, on canvas: inout Canvas
    ) {
        let rect = box(context, in: area)
        Box.drawOver(rect, title: "Help: \(title)", on: &canvas)
        let inside = Box.interior(rect)
        let lines = ScreenHelp.lines(for: context, width: inside.width)
        let room = max(0, inside.height - 2)
        let top = clamped(scroll, lines: lines.count, room: room)
        for (row, line) in lines.dropFirst(top).prefix(room).enumerated() {
            canvas.write(line, at: Point(x: inside.x, y: inside.y + row), clip: inside)
        }
        canvas.write(
            footer(top: top, lines: lines.count, room: room), at: Point(x: inside.x, y: inside.maxY - 1), role: .dim,
            clip: inside)
    }

    /// The first line to show after scrolling by `by` lines from `scroll`, kept within the help.
    public static func scrolled(_ scroll: Int, by offset: Int, context: KeyContext, in area: Rect) -> Int {
        let inside = Box.interior(box(context, in: area))
        let count = ScreenHelp.lines(for: context, width: inside.width).count
        return clamped(scroll + offset, lines: count, room: max(0, inside.height - 2))
    }

    static func footer(top: Int, lines: Int, room: Int) -> String {
        // Esc is named first, as the key that closes everything else too; the space bar closes it unnamed.
        let close = [Key.escape, .enter].filter(KeyMap.keys(for: .cancel, in: .help).contains).map(\.label).joined(
            separator: " or ")
        guard lines > room else { return "Press \(close) to close." }
        let below = top + room < lines
        let (up, down) = (KeyMap.keyName(for: .up, in: .help), KeyMap.keyName(for: .down, in: .help))
        let position = below ? (top > 0 ? "\(down) more, \(up) earlier" : "\(down) more") : "\(up) earlier"
        return position
            + " · \(KeyMap.keyNames(for: .up, .down, .pageUp, .pageDown, in: .help)) to read · \(close) to close"
    }

    private static func clamped(_ scroll: Int, lines: Int, room: Int) -> Int {
        max(0, min(scroll, lines - room))
    }

    private static func box(_ context: KeyContext, in area: Rect) -> Rect {
        let width = min(area.width - 2, 78)
        let lines = ScreenHelp.lines(for: context, width: max(1, width - 4)).count
        return area.centred(width: width, height: min(area.height, lines + 4))
    }
}
