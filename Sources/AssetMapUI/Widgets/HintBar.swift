import AssetMapCore
/// The bottom line, as in nano: the main keys of the screen, from the key table.
public enum HintBar {
    public static func draw(_ context: KeyContext, in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, role: .hint)
        for item in items(context, in: rect) {
            let x = item.area.x + canvas.write(item.binding.barLabel, at: Point(x: item.area.x, y: rect.y), role: .hintKey, clip: rect)
            canvas.write(" " + item.binding.label + "  ", at: Point(x: x, y: rect.y), role: .hint, clip: rect)
        }
    }

    /// Each key shown and where it is on the bar, so a click on it can do what it says.
    public static func items(_ context: KeyContext, in rect: Rect) -> [(binding: KeyBinding, area: Rect)] {
        var x = rect.x
        var items: [(binding: KeyBinding, area: Rect)] = []
        for binding in KeyMap.hints(for: context) {
            let needed = binding.barLabel.displayWidth + 1 + binding.label.displayWidth + 2
            guard x + needed <= rect.maxX else { break }
            items.append((binding, Rect(x: x, y: rect.y, width: needed - 2, height: 1)))
            x += needed
        }
        return items
    }
}
