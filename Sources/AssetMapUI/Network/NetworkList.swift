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
        WrappedListView.draw(
            drawnRows(plan, in: rect), selection: selectedRow(plan, selectedID: selectedID), in: rect, on: &canvas)
    }

    static func selectedRow(_ plan: Plan, selectedID: String?) -> Int? {
        rows(plan).firstIndex { if case .connection(let c) = $0 { return c.id == selectedID } else { return false } }
    }

    /// Every row whole: a heading wraps, and a name and what goes each way wrap in their own columns.
    static func drawnRows(_ plan: Plan, in rect: Rect) -> [WrappedListView.Row] {
        let width = max(1, rect.width - 4)
        // Names are shown whole, on as many lines as they need in a third of the width, so two people who share a
        // first name can be told apart.
        let longest = plan.network.map { RingLayout.shown($0.name).displayWidth }.max() ?? 0
        let nameWidth = max(12, min(longest, width / 3))
        let besideWidth = width - 2 - nameWidth - 1 - 20
        return rows(plan).map { row in
            switch row {
            case .heading(let ring, let count):
                return WrappedListView.wrap(
                    [Span("Ring \(ring) · \(RingWords.long(ring)) (\(count))", .heading)], width: width)
            case .connection(let connection):
                let names = TextWrap.wrap(RingLayout.shown(connection.name), width: nameWidth)
                let support = [
                    connection.givesSupport ? "gives: \(connection.gives)" : nil,
                    connection.receivesSupport ? "I give: \(connection.receives)" : nil,
                ].compactMap { $0 }.joined(separator: "  ")
                // What goes each way sits beside the name where there is room for it, else on the lines under it.
                let beside = besideWidth >= 20 ? TextWrap.wrap(support, width: besideWidth) : []
                let under = besideWidth >= 20 || support.isEmpty ? [] : TextWrap.wrap(support, width: max(1, width - 4))
                var lines: [[Span]] = (0..<max(names.count, beside.count)).map { index in
                    let first = index == 0
                    var spans = [
                        Span(first ? connection.feeling.symbol + " " : "  ", RingPicture.role(for: connection.feeling)),
                        Span((names[safe: index] ?? "").padded(toWidth: nameWidth) + " "),
                        Span((first ? connection.kind.rawValue : "").padded(toWidth: 8), .dim),
                        Span((first ? connection.feeling.words : "").padded(toWidth: 12), .dim),
                    ]
                    if let text = beside[safe: index] { spans.append(Span(text)) }
                    return spans
                }
                lines += under.map { [Span("    " + $0)] }
                return lines
            }
        }
    }
}
