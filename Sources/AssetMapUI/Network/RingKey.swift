import AssetMapCore
import Synchronization

/// Beside the rings: each ring's number and name, and under it the whole names of those the picture shows by a
/// marker ("[7] + St Anne's Community Choir") and of any there was no room to draw; then, when even the key is full,
/// how many more there are, in which slice.
enum RingKey {
    /// One line of the key, top to bottom.
    enum Line: Equatable, Sendable {
        case ring(Int)
        /// A line of an entry's whole name; `first` is the line its marker starts.
        case entry(RingLayout.KeyEntry, text: String, first: Bool)
        case note(String)
    }

    /// The room a key of this size gives the layout, measured the way the key is drawn.
    static func room(_ size: Size) -> RingLayout.KeyRoom {
        let width = max(1, size.width - 1)
        return RingLayout.KeyRoom(
            lines: size.width > 4 ? size.height : 0, lineCount: { TextWrap.wrap($0, width: width).count })
    }

    /// The key's first `limit` lines for a width (all of them by default, whether or not they fit): the lines a click
    /// on the key is read against. Only as many names are wrapped as make those lines.
    static func lines(_ layout: RingLayout, width: Int, limit: Int = .max) -> [Line] {
        let entries = layout.keyEntries
        var lines: [Line] = []
        rings: for ring in Connection.rings {
            guard lines.count < limit else { break }
            lines.append(.ring(ring))
            for entry in entries where entry.ring == ring {
                guard lines.count < limit else { break rings }
                for (index, text) in TextWrap.wrap(entry.keyText, width: width - 1).enumerated() {
                    lines.append(.entry(entry, text: text, first: index == 0))
                }
            }
        }
        if !layout.hidden.isEmpty, lines.count < limit {
            lines += (layout.hidden.map(\.text) + ["v: everyone, in a list"]).map(Line.note)
        }
        return Array(lines.prefix(limit))
    }

    /// The key drawn with no one selected, for the layout and place it was drawn for: a key on the map moves the
    /// selection, and only the lines of the one selected are drawn again.
    private static let lastUnselected = Mutex<(layout: RingLayout, rect: Rect, lines: [Line], drawing: KeptDrawing)?>(
        nil)

    static func draw(_ layout: RingLayout, selectedID: String?, in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let size = canvas.size
        let kept = lastUnselected.withLock { last in
            last.flatMap {
                $0.rect == rect && $0.drawing.cells.size == size && $0.layout == layout ? ($0.lines, $0.drawing) : nil
            }
        }
        let (lines, unselected) =
            kept
            ?? {
                let made = Self.lines(layout, width: rect.width, limit: rect.height)
                let drawing = KeptDrawing(size: size) { drawLines(made, selectedID: nil, in: rect, on: &$0) }
                lastUnselected.withLock { $0 = (layout, rect, made, drawing) }
                return (made, drawing)
            }()
        // A selected entry's line covers all its unselected line wrote when the marker is part of the line's text.
        let selectedLinesCover = lines.allSatisfy { line in
            guard case .entry(let entry, let text, true) = line, entry.connectionID == selectedID else { return true }
            return text.hasPrefix(entry.mark)
        }
        guard selectedLinesCover else {
            drawLines(lines, selectedID: selectedID, in: rect, on: &canvas)
            return
        }
        unselected.put(on: &canvas)
        if let selectedID { drawLines(lines, selectedID: selectedID, in: rect, only: selectedID, on: &canvas) }
    }

    /// Draws the lines from the top of `rect`; with `only`, just the lines of that entry.
    private static func drawLines(
        _ lines: [Line], selectedID: String?, in rect: Rect, only: String? = nil, on canvas: inout Canvas
    ) {
        for (offset, line) in lines.enumerated() {
            let y = rect.y + offset
            switch line {
            case .ring(let ring):
                guard only == nil else { continue }
                canvas.write("\(ring) \(RingWords.short(ring))", at: Point(x: rect.x, y: y), role: .heading, clip: rect)
            case .entry(let entry, let text, let first):
                guard only == nil || entry.connectionID == only else { continue }
                let selected = entry.connectionID == selectedID
                let row = Rect(x: rect.x + 1, y: y, width: rect.width - 1, height: 1)
                canvas.write(text, at: Point(x: row.x, y: y), role: selected ? .selected : .normal, clip: row)
                if first, !selected {
                    canvas.write(
                        entry.mark, at: Point(x: row.x, y: y), role: RingPicture.role(for: entry.feeling), clip: row)
                }
                if selected, first { canvas.write("▸", at: Point(x: rect.x, y: y), role: .selected, clip: rect) }
            case .note(let text):
                guard only == nil else { continue }
                canvas.write(text, at: Point(x: rect.x, y: y), role: .dim, clip: rect)
            }
        }
    }
}
