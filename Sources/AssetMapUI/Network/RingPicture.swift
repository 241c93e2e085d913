import AssetMapCore

/// Draws the rings: dotted ring lines, the person in the middle, ring and sector names,
/// and every connection with its feeling symbol. The selected one is bracketed as well as highlighted.
enum RingPicture {
    static func draw(_ layout: RingLayout, plan: Plan, selection: NetworkState.Selection?, on canvas: inout Canvas) {
        let clip = layout.area
        for cell in layout.ringLines {
            canvas.write("·", at: Point(x: cell.x, y: cell.y), role: .ring, clip: clip)
        }
        if let centre = layout.centre {
            canvas.write(centre.text, at: Point(x: centre.box.x, y: centre.box.y), role: .centre, clip: clip)
        }
        for text in layout.ringLabels {
            canvas.write(text.text, at: Point(x: text.box.x, y: text.box.y), role: .ringLabel, clip: clip)
        }
        for text in layout.sectorLabels {
            canvas.write(text.text, at: Point(x: text.box.x, y: text.box.y), role: .sectorLabel, clip: clip)
        }
        let byID = Dictionary(plan.network.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for label in layout.labels {
            guard let connection = byID[label.connectionID] else { continue }
            drawLabel(connection, in: label.box, selected: selection == .connection(connection.id), on: &canvas)
        }
        for overflow in layout.overflows {
            guard let box = overflow.box else { continue }
            let selected = selection == .overflow(ring: overflow.ring, kind: overflow.kind)
            let text = (selected ? "[" : " ") + overflow.text + (selected ? "]" : " ")
            canvas.write(text.padded(toWidth: box.width), at: Point(x: box.x, y: box.y), role: selected ? .selected : .dim, clip: box)
        }
    }

    /// " + Mum      " or "[+ Mum     ]": the feeling symbol always shows, whatever the colours.
    static func drawLabel(_ connection: Connection, in box: Rect, selected: Bool, on canvas: inout Canvas) {
        let name = connection.name.truncated(toWidth: box.width - 4)
        let nameRole: Role = selected ? .selected : .normal
        canvas.write(selected ? "[" : " ", at: Point(x: box.x, y: box.y), role: nameRole, clip: box)
        canvas.write(connection.feeling.symbol, at: Point(x: box.x + 1, y: box.y), role: selected ? .selected : role(for: connection.feeling), clip: box)
        canvas.write((" " + name).padded(toWidth: box.width - 3), at: Point(x: box.x + 2, y: box.y), role: nameRole, clip: box)
        canvas.write(selected ? "]" : " ", at: Point(x: box.maxX - 1, y: box.y), role: nameRole, clip: box)
    }

    static func role(for feeling: Feeling) -> Role {
        switch feeling {
        case .supportive: return .supportive
        case .mixed: return .mixed
        case .draining: return .draining
        }
    }
}
