import AssetMapCore

/// Beside the rings: each ring's number and name, and under it the whole names of those the picture shows by a
/// marker ("+7 St Anne's Community Choir") and of any there was no room to draw; then, when even the key is full,
/// how many more there are, in which slice.
enum RingKey {
    /// The room a key of this size gives the layout, measured the way the key is drawn.
    static func room(_ size: Size) -> RingLayout.KeyRoom {
        let width = max(1, size.width - 1)
        return RingLayout.KeyRoom(lines: size.width > 4 ? size.height : 0, lineCount: { TextWrap.wrap($0, width: width).count })
    }

    static func draw(_ layout: RingLayout, selectedID: String?, in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        var y = rect.y
        let entries = layout.keyEntries
        for ring in Connection.rings {
            guard y < rect.maxY else { return }
            canvas.write("\(ring) \(RingWords.short(ring))", at: Point(x: rect.x, y: y), role: .heading, clip: rect)
            y += 1
            for entry in entries where entry.ring == ring {
                let selected = entry.connectionID == selectedID
                for (index, line) in TextWrap.wrap(entry.keyText, width: rect.width - 1).enumerated() where y < rect.maxY {
                    let row = Rect(x: rect.x + 1, y: y, width: rect.width - 1, height: 1)
                    canvas.write(line, at: Point(x: row.x, y: y), role: selected ? .selected : .normal, clip: row)
                    if index == 0, !selected {
                        canvas.write(entry.token, at: Point(x: row.x, y: y), role: RingPicture.role(for: entry.feeling), clip: row)
                    }
                    if selected, index == 0 { canvas.write("▸", at: Point(x: rect.x, y: y), role: .selected, clip: rect) }
                    y += 1
                }
            }
        }
        guard !layout.hidden.isEmpty else { return }
        for line in layout.hidden.map(\.text) + ["v: everyone, in a list"] where y < rect.maxY {
            canvas.write(line, at: Point(x: rect.x, y: y), role: .dim, clip: rect)
            y += 1
        }
    }
}
