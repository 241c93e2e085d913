import AssetMapCore

/// `/` on the map: typing part of a name selects the first one on the map it matches (capitals and accents aside),
/// ↑ ↓ go through the others that match, Enter keeps the one found and Esc goes back to whoever was selected.
enum NetworkFinding {
    static func start(_ network: inout NetworkState) {
        network.find = NetworkFind(selectedBefore: network.selectedID)
    }

    static func handle(_ key: Key, command: Command?, network: inout NetworkState, plan: Plan) {
        guard var find = network.find else { return }
        let found = matches(find.field.text, in: plan)
        switch command?.searching {
        case .cancel:
            network.selectedID = find.selectedBefore
            network.find = nil
            return
        case .open:
            network.find = nil
            return
        case .up, .down:
            guard !found.isEmpty else { return }
            let index = found.firstIndex { $0.id == network.selectedID } ?? -1
            let next = (index + (command == .down ? 1 : -1) + found.count) % found.count
            network.selectedID = found[next].id
            return
        case nil:
            break
        }
        guard find.field.handle(key, wrapWidth: 40) else { return }
        network.find = find
        let query = SearchQuery(find.field.text)
        if query.isEmpty {
            network.selectedID = find.selectedBefore
        } else if let first = matches(find.field.text, in: plan).first {
            network.selectedID = first.id
        }
    }

    /// Everyone whose name matches, in the list's order: ring by ring, as they were added.
    static func matches(_ typed: String, in plan: Plan) -> [Connection] {
        let query = SearchQuery(typed)
        guard !query.isEmpty else { return [] }
        return NetworkList.order(plan).filter { query.matches(folded: SearchQuery.fold($0.name)) }
    }

    /// "Find: Aoi▏  1 of 2 found", in place of the legend.
    static func draw(_ find: NetworkFind, plan: Plan, selectedID: String?, in rect: Rect, on canvas: inout Canvas) {
        canvas.write("Find: ", at: Point(x: rect.x, y: rect.y), role: .heading, clip: rect)
        let fieldWidth = min(30, max(10, rect.width / 3))
        TextFieldView.draw(
            find.field, in: Rect(x: rect.x + 6, y: rect.y, width: fieldWidth, height: 1), focused: true, on: &canvas)
        let found = matches(find.field.text, in: plan)
        let words: String
        if find.field.isEmpty {
            words = "type part of a name"
        } else if found.isEmpty {
            words = "no one on the map matches that"
        } else {
            let index = (found.firstIndex { $0.id == selectedID } ?? 0) + 1
            words = found.count == 1 ? "found" : "\(index) of \(found.count) found"
        }
        canvas.write(words, at: Point(x: rect.x + 8 + fieldWidth, y: rect.y), role: .dim, clip: rect)
    }
}
