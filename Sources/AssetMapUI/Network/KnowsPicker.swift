import AssetMapCore

/// `n` on the map: who the one selected knows, chosen from everyone else on the map. Each tick is a link,
/// "they know each other", kept in the plan and listed in their details and on the copies.
enum KnowsPicker {
    static func make(for connection: Connection, plan: Plan) -> PickerState {
        let others = NetworkList.order(plan).filter { $0.id != connection.id }.map {
            PickerState.Item(id: $0.id, label: $0.name, detail: "ring \($0.ring), \($0.kind.rawValue)")
        }
        return PickerState(
            title: "Who \(connection.name) knows", items: others,
            chosen: Set(plan.peopleKnown(by: connection.id).map(\.id)), purpose: .knows(connectionID: connection.id))
    }

    /// The picker is done: the links with the one chosen for become what was ticked, in one change.
    static func link(_ id: String, with chosen: Set<String>, state: inout AppState, env: Environment) -> [Effect] {
        state.run(\.network, env: env) { _, context in link(id, with: chosen, in: &context) }
    }

    private static func link(_ id: String, with chosen: Set<String>, in context: inout PartContext) {
        let plan = context.plan
        let existing = plan.links.filter { $0.involves(id) }
        let links = NetworkList.order(plan).map(\.id).filter(chosen.contains).map { other in
            existing.first { $0.joins(id, other) } ?? ConnectionLink(id: context.env.newID(), a: id, b: other)
        }
        guard links != existing else { return }
        context.apply(.setLinks(connectionID: id, links))
    }
}
