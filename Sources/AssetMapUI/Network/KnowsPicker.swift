import AssetMapCore

/// `n` on the map: who the one selected knows, chosen from everyone else on the map. Each tick is a link,
/// "they know each other", kept in the plan and listed in their details and on the copies.
enum KnowsPicker {
    static func make(for connection: Connection, plan: Plan) -> PickerState {
        let others = NetworkList.order(plan).filter { $0.id != connection.id }.map {
            PickerState.Item(id: $0.id, label: $0.name, detail: "ring \($0.ring), \($0.kind.rawValue)")
        }
        return PickerState(title: "Who \(connection.name) knows", items: others,
                           chosen: Set(plan.peopleKnown(by: connection.id).map(\.id)), purpose: .knows(connectionID: connection.id))
    }

    /// Keys in the picker; when done, the links with the one chosen for become what was ticked, in one change.
    static func handle(_ picker: PickerState, key: Key, state: inout AppState, env: Environment) {
        var picker = picker
        switch picker.handle(key) {
        case .picking:
            state.modals[state.modals.count - 1] = .picker(picker)
        case .cancelled:
            state.modals.removeLast()
        case .done:
            state.modals.removeLast()
            guard case .knows(let id) = picker.purpose, let plan = state.plan?.plan else { return }
            let existing = plan.links.filter { $0.involves(id) }
            let links = NetworkList.order(plan).map(\.id).filter(picker.chosen.contains).map { other in
                existing.first { $0.joins(id, other) } ?? ConnectionLink(id: env.newID(), a: id, b: other)
            }
            guard links != existing else { return }
            state.apply(.setLinks(connectionID: id, links), env: env)
        }
    }
}
