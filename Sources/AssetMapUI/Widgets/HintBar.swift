import AssetMapCore
import Synchronization

/// The bottom line, as in nano: the main keys of the screen, from the key table.
public enum HintBar {
    public static func draw(_ context: KeyContext, in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, role: .hint)
        canvas.copy(bar(context, width: rect.width), columns: rect.width, to: Point(x: rect.x, y: rect.y))
    }

    /// The bar for a context at a width, drawn the first time it is needed and then copied: it is on every screen at
    /// every key, and the same for the same context.
    private static func bar(_ context: KeyContext, width: Int) -> Canvas {
        drawnBars.withLock { drawn in
            if let bar = drawn[context]?[width] { return bar }
            var bar = Canvas(size: Size(width: width, height: 1), role: .hint)
            for item in items(context, in: bar.bounds) {
                let x =
                    item.area.x
                    + bar.write(
                        item.binding.barLabel, at: Point(x: item.area.x, y: 0), role: .hintKey, clip: bar.bounds)
                bar.write(" " + item.binding.label + "  ", at: Point(x: x, y: 0), role: .hint, clip: bar.bounds)
            }
            drawn[context, default: [:]][width] = bar
            return bar
        }
    }

    private static let drawnBars = Mutex<[KeyContext: [Int: Canvas]]>([:])

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
