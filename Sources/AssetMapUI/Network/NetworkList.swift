import AssetMapCore

/// The map as a plain list grouped by ring: easy to read aloud, to print, and for screen readers.
enum NetworkList {
    enum Row: Equatable {
        case heading(ring: Int, count: Int)
        case connection(Connection)
    }

    static func rows(_ plan: Plan) -> [Row] {
        Connection.rings.flatMap { ring -> [Row] in
            let members = plan.network.filter { $0.ring == ring }
            return [.heading(ring: ring, count: members.count)] + members.map { .connection($0) }
        }
    }

    /// The connections in the order the list shows them: by ring, then as they were added.
    static func order(_ plan: Plan) -> [Connection] {
        Connection.rings.flatMap { ring in plan.network.filter { $0.ring == ring } }
    }

    static func draw(_ plan: Plan, selectedID: String?, in rect: Rect, on canvas: inout Canvas) {
        let rows = rows(plan)
        let selectedRow = rows.firstIndex { if case .connection(let c) = $0 { return c.id == selectedID } else { return false } }
        // Names are shown whole where half the width allows, so two people who share a first name can be told apart.
        let longest = plan.network.map { RingLayout.shown($0.name).displayWidth }.max() ?? 0
        let nameWidth = max(12, min(longest, rect.width / 2))
        ListView.draw(count: rows.count, selection: selectedRow, in: rect, on: &canvas, highlighting: 2) { index in
            switch rows[index] {
            case .heading(let ring, let count):
                return [Span("Ring \(ring) · \(RingWords.long(ring)) (\(count))", .heading)]
            case .connection(let connection):
                var spans = [Span(connection.feeling.symbol + " ", RingPicture.role(for: connection.feeling)),
                             Span(RingLayout.shown(connection.name).padded(toWidth: nameWidth) + " "),
                             Span(connection.kind.rawValue.padded(toWidth: 8), .dim),
                             Span(connection.feeling.words.padded(toWidth: 12), .dim)]
                if connection.givesSupport { spans.append(Span("gives: \(connection.gives)  ")) }
                if connection.receivesSupport { spans.append(Span("I give: \(connection.receives)")) }
                return spans
            }
        }
    }
}
