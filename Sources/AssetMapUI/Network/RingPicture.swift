import AssetMapCore
import Synchronization

/// Draws the rings: dotted ring lines (left out under and beside every word), the slices' edges and names, the
/// ring numbers, the person in the middle, and every connection with its feeling symbol. The one selected is
/// bracketed as well as highlighted; those they know are marked with ‹ › either side.
enum RingPicture {
    static func draw(_ layout: RingLayout, selectedID: String?, knows: Set<String> = [], on canvas: inout Canvas) {
        unmarked(layout, size: canvas.size).put(on: &canvas)
        // Labels never overlap, so a marked one drawn over its unmarked self leaves what drawing it marked would.
        for label in layout.labels {
            let mark: Mark =
                label.connectionID == selectedID ? .selected : knows.contains(label.connectionID) ? .known : .none
            if mark != .none { drawLabel(label, mark: mark, on: &canvas) }
        }
    }

    /// Everything on the picture with no one marked, drawn once for a layout: at a key on the map only the marks move.
    private static let lastUnmarked = Mutex<(layout: RingLayout, drawing: KeptDrawing)?>(nil)

    private static func unmarked(_ layout: RingLayout, size: Size) -> KeptDrawing {
        if let kept = lastUnmarked.withLock({ last in
            last.flatMap { $0.drawing.cells.size == size && $0.layout == layout ? $0.drawing : nil }
        }) {
            return kept
        }
        let drawing = KeptDrawing(size: size) { drawUnmarked(layout, on: &$0) }
        lastUnmarked.withLock { $0 = (layout, drawing) }
        return drawing
    }

    private static func drawUnmarked(_ layout: RingLayout, on canvas: inout Canvas) {
        let clip = layout.area
        for cell in layout.ringLines {
            canvas.write("·", at: cell, role: .ring, clip: clip)
        }
        for edge in layout.edges {
            canvas.write(String(edge.character), at: edge.point, role: .border, clip: clip)
        }
        for number in layout.ringNumbers {
            canvas.write(number.text, at: Point(x: number.box.x, y: number.box.y), role: .ringLabel, clip: clip)
        }
        for line in layout.centre {
            canvas.write(line.text, at: Point(x: line.box.x, y: line.box.y), role: .centre, clip: clip)
        }
        for text in layout.sectorLabels {
            canvas.write(text.text, at: Point(x: text.box.x, y: text.box.y), role: .sectorLabel, clip: clip)
        }
        for label in layout.labels {
            drawLabel(label, mark: .none, on: &canvas)
        }
    }

    enum Mark {
        case none, selected, known
    }

    /// " + Mum " or "[+ Mum]": the feeling symbol always shows, whatever the colours. A marker (" [7] ") is in the
    /// feeling's colour, its symbol beside the whole name in the key.
    static func drawLabel(_ label: RingLayout.Label, mark: Mark, on canvas: inout Canvas) {
        let box = label.box
        let selected = mark == .selected
        let role: Role = selected ? .selected : .normal
        let ends: (String, String) =
            switch mark {
            case .none: (" ", " ")
            case .selected: ("[", "]")
            case .known: ("‹", "›")
            }
        canvas.write(ends.0, at: Point(x: box.x, y: box.y), role: role, clip: box)
        canvas.write(label.text, at: Point(x: box.x + 1, y: box.y), role: role, clip: box)
        if !selected {
            canvas.write(
                label.marker == nil ? label.feeling.symbol : label.text, at: Point(x: box.x + 1, y: box.y),
                role: Self.role(for: label.feeling), clip: box)
        }
        canvas.write(ends.1, at: Point(x: box.maxX - 1, y: box.y), role: role, clip: box)
    }

    static func role(for feeling: Feeling) -> Role {
        switch feeling {
        case .supportive: return .supportive
        case .mixed: return .mixed
        case .draining: return .draining
        }
    }
}
