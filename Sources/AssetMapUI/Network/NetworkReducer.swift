import AssetMapCore

/// Keys on the Network part: moving about the rings or the list, adding, changing, moving people
/// between rings, and opening their details.
enum NetworkReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) {
        guard let plan = state.plan else { return }
        var network = plan.network
        if network.selection == nil { network.selection = NetworkList.order(plan.plan).first.map { .connection($0.id) } }
        let layout = NetworkLayout(state)
        var rings: RingLayout?
        func currentRings() -> RingLayout {
            if let rings { return rings }
            let made = layout.rings(for: plan.plan)
            rings = made
            return made
        }
        switch command {
        case .up, .down, .left, .right, .first, .last, .pageUp, .pageDown:
            network.selection = move(network, by: command!, plan: plan.plan, layout: layout, rings: currentRings)
        case .nextItem, .previousItem:
            network.selection = step(network.selectedID, forwards: command == .nextItem, plan: plan.plan)
        case .open:
            open(&network, rings: currentRings)
        case .cancel:
            network.showsDetails = false
        case .toggleView:
            network.view = network.view == .rings ? .list : .rings
            if case .overflow? = network.selection { network.selection = nil }
        case .add:
            state.plan?.network = network
            state.modals.append(.form(ConnectionForm.make(nil, defaultRing: selectedConnection(network, plan.plan)?.ring ?? 2)))
            return
        case .edit:
            if let connection = selectedConnection(network, plan.plan) {
                state.modals.append(.form(ConnectionForm.make(connection, defaultRing: connection.ring)))
            }
        case .delete:
            if let connection = selectedConnection(network, plan.plan) {
                state.ask("Take off the map", "Take \(connection.name) off the map? Press u afterwards to undo.",
                          onYes: .edit(.deleteConnection(id: connection.id)))
            }
        case .inwards, .outwards:
            if let connection = selectedConnection(network, plan.plan) {
                state.apply(.moveConnectionRing(id: connection.id, inwards: command == .inwards), env: env)
            }
        case .snapshot:
            state.modals.append(.form(SnapshotForm.make()))
        case .compare:
            let dates = CompareScreen.dates(plan.plan)
            if let latest = dates.last {
                network.compare = CompareState(earlierID: latest.id, laterID: nil)
            } else {
                state.status = .info("There is no snapshot to compare with yet: press s to keep one of the map as it is today.")
            }
        case .moveItemUp, .moveItemDown:
            if let connection = selectedConnection(network, plan.plan) {
                state.apply(.reorderConnection(id: connection.id, by: command == .moveItemUp ? -1 : 1), env: env)
            }
        default:
            break
        }
        state.plan?.network.view = network.view
        state.plan?.network.selection = network.selection
        state.plan?.network.showsDetails = network.showsDetails
        state.plan?.network.compare = network.compare
        // The layout only matters here if the plan did not change; after a change the screen explains itself.
        if case .connection(let id)? = network.selection, network.view == .rings, state.plan?.plan == plan.plan,
           let hidden = currentRings().overflows.first(where: { $0.hiddenIDs.contains(id) }),
           let name = plan.plan.network.first(where: { $0.id == id })?.name {
            state.status = .info("\(name) is in “\(hidden.text)” on ring \(hidden.ring); press v for the list.")
        }
    }

    private static func move(_ network: NetworkState, by command: Command, plan: Plan, layout: NetworkLayout,
                             rings: () -> RingLayout) -> NetworkState.Selection? {
        switch network.view {
        case .rings:
            return RingNavigation.move(network.selection, by: command, in: rings())
        case .list:
            let order = NetworkList.order(plan)
            let index = order.firstIndex { $0.id == network.selectedID } ?? 0
            let moved = ListView.move(index, by: command, count: order.count, page: layout.body.height - 6)
            return order.isEmpty ? nil : .connection(order[moved].id)
        }
    }

    /// Tab goes through everyone in order: ring by ring, as they were added.
    private static func step(_ id: String?, forwards: Bool, plan: Plan) -> NetworkState.Selection? {
        let order = NetworkList.order(plan)
        guard !order.isEmpty else { return nil }
        let index = order.firstIndex { $0.id == id } ?? (forwards ? -1 : 0)
        let next = (index + (forwards ? 1 : -1) + order.count) % order.count
        return .connection(order[next].id)
    }

    /// Enter shows or hides the details; on "+N more" it opens the list at the first one hidden there.
    private static func open(_ network: inout NetworkState, rings: () -> RingLayout) {
        if case .overflow(let ring, let kind)? = network.selection,
           let overflow = rings().overflows.first(where: { $0.ring == ring && $0.kind == kind }),
           let first = overflow.hiddenIDs.first {
            network.view = .list
            network.selection = .connection(first)
            return
        }
        network.showsDetails.toggle()
    }

    static func selectedConnection(_ network: NetworkState, _ plan: Plan) -> Connection? {
        guard let id = network.selectedID else { return nil }
        return plan.network.first { $0.id == id }
    }

    /// After a change, a selection that no longer exists moves to whoever is now in that place in the list.
    static func repairSelection(_ network: inout NetworkState, before: Plan, after: Plan) {
        guard let id = network.selectedID, !after.network.contains(where: { $0.id == id }) else { return }
        let old = NetworkList.order(before)
        let new = NetworkList.order(after)
        let index = old.firstIndex { $0.id == id } ?? 0
        network.selection = new.isEmpty ? nil : .connection(new[min(index, new.count - 1)].id)
    }
}
