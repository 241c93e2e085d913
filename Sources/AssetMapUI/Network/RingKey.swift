import AssetMapCore

/// Beside the rings: each ring's number and name, and under it the whole names of those the picture shows by a
/// marker ("[7] + St Anne's Community Choir") and of any there was no room to draw; then, when even the key is full,
/// how many more there are, in which slice.
enum RingKey {
    /// One line of the key, top to bottom.
    enum Line: Equatable {
        case ring(Int)
        /// A line of an entry's whole name; `first` is the line its marker starts.
        case entry(RingLayout.KeyEntry, text: String, first: Bool)
        case note(String)
    }

    /// The room a key of this size gives the layout, measured the way the key is drawn.
    static func room(_ size: Size) -> RingLayout.KeyRoom {
        let width = max(1, size.width - 1)
        return RingLayout.KeyRoom(lines: size.width > 4 ? size.height : 0, lineCount: { TextWrap.wrap($0, width: width).count })
    }

    /// The key's lines for a width, whether or not they all fit: the lines a click on the key is read against.
    static func lines(_ layout: RingLayout, width: Int) -> [Line] {
        let entries = layout.keyEntries
        var lines: [Line] = []
        for ring in Connection.rings {
            lines.append(.ring(ring))
            for entry in entries where entry.ring == ring {
                for (index, text) in TextWrap.wrap(entry.keyText, width: width - 1).enumerated() {
                    lines.append(.entry(entry, text: text, first: index == 0))
                }
            }
        }
        guard !layout.hidden.isEmpty else { return lines }
        return lines + (layout.hidden.map(\.text) + ["v: everyone, in a list"]).map(Line.note)
    }

    static func draw(_ layout: RingLayout, selectedID: String?, in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        for (offset, line) in lines(layout, width: rect.width).prefix(rect.height).enumerated() {
            let y = rect.y + offset
            switch line {
            case .ring(let ring):
                canvas.write("\(ring) \(RingWords.short(ring))", at: Point(x: rect.x, y: y), role: .heading, clip: rect)
            case .entry(let entry, let text, let first):
                let selected = entry.connectionID == selectedID
                let row = Rect(x: rect.x + 1, y: y, width: rect.width - 1, height: 1)
                canvas.write(text, at: Point(x: row.x, y: y), role: selected ? .selected : .normal, clip: row)
                if first, !selected {
                    canvas.write(entry.mark, at: Point(x: row.x, y: y), role: RingPicture.role(for: entry.feeling), clip: row)
                }
                if selected, first { canvas.write("▸", at: Point(x: rect.x, y: y), role: .selected, clip: rect) }
            case .note(let text):
                canvas.write(text, at: Point(x: rect.x, y: y), role: .dim, clip: rect)
            }
        }
    }
}
