import AssetMapCore
/// The bottom line, as in nano: the main keys of the screen, from the key table.
public enum HintBar {
    public static func draw(_ context: KeyContext, in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, role: .hint)
        var x = rect.x
        for binding in KeyMap.hints(for: context) {
            let key = binding.barLabel
            let needed = key.displayWidth + 1 + binding.label.displayWidth + 2
            guard x + needed <= rect.maxX else { break }
            x += canvas.write(key, at: Point(x: x, y: rect.y), role: .hintKey, clip: rect)
            x += canvas.write(" " + binding.label + "  ", at: Point(x: x, y: rect.y), role: .hint, clip: rect)
        }
    }
}
