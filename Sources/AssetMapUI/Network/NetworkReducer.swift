import AssetMapCore

/// Keys on the Network part: moving about the rings or the list, finding, adding, changing, moving people
/// between rings and round them, who knows whom, and opening their details.
enum NetworkReducer {
    static func handle(_ command: Command?, network: inout NetworkState, in context: inout PartContext) {
        let plan = context.plan
        if network.selectedID == nil { network.selectedID = NetworkList.order(plan).first?.id }
        let layout = NetworkLayout(content: context.content, showsDetails: network.showsDetails)
        var rings: RingLayout?
        func currentRings() -> RingLayout {
            if let rings { return rings }
            let made = layout.rings(for: plan)
            rings = made
            return made
        }
        switch command {
        case .up, .down, .left, .right, .first, .last, .pageUp, .pageDown:
            network.selectedID = move(network, by: command!, plan: plan, layout: layout, rings: currentRings)
        case .nextItem, .previousItem:
            network.selectedID = step(network.selectedID, forwards: command == .nextItem, plan: plan)
        case .open:
            network.showsDetails.toggle()
        case .cancel:
            network.showsDetails = false
        case .toggleView:
            network.view = network.view == .rings ? .list : .rings
        case .add:
            context.show(ConnectionForm.make(nil, defaultRing: selectedConnection(network, plan)?.ring ?? 2))
            return
        case .edit:
            if let connection = selectedConnection(network, plan) {
                context.show(ConnectionForm.make(connection, defaultRing: connection.ring))
            }
        case .delete:
            if let connection = selectedConnection(network, plan) {
                context.ask(
                    "Take off the map", "Take \(connection.name) off the map? " + KeyMap.undoAfterwards(),
                    onYes: .edit(.deleteConnection(id: connection.id)))
            }
        case .inwards, .outwards:
            if let connection = selectedConnection(network, plan) {
                context.apply(.moveConnectionRing(id: connection.id, inwards: command == .inwards))
            }
        case .snapshot:
            context.show(SnapshotForm.make())
        case .compare:
            let dates = CompareScreen.dates(plan)
            if let latest = dates.last {
                network.compare = CompareState(earlierID: latest.id, laterID: nil)
            } else {
                context.say(
                    .info("There is no snapshot to compare with yet: press s to keep one of the map as it is today."))
            }
        case .clockwise, .anticlockwise:
            if let connection = selectedConnection(network, plan) {
                moveRound(connection, clockwise: command == .clockwise, layout: layout, in: &context)
            }
        case .knows:
            if let connection = selectedConnection(network, plan) {
                if plan.network.count < 2 {
                    context.say(.info("Add someone else to the map first; then say who knows whom."))
                } else {
                    context.show(.picker(KnowsPicker.make(for: connection, plan: plan)))
                }
            }
        case .search:
            NetworkFinding.start(&network)
            return
        case .moveItemUp, .moveItemDown:
            if let connection = selectedConnection(network, plan) {
                context.apply(.reorderConnection(id: connection.id, by: command == .moveItemUp ? -1 : 1))
            }
        case nil, .help, .back, .privacy, .nextSection, .previousSection, .section, .undo, .redo, .communityDirectory,
            .link, .putOnMap, .toggleDone, .barriers, .riskPlan, .steppingBack, .prompts, .export, .settings,
            .syncTeam, .save, .no, .nextField, .previousField, .answer, .skip, .previousQuestion, .earlierDate,
            .laterDate, .report, .timeline, .writing, .walkThrough, .editText, .startGroup, .review, .addToDirectory,
            .ideasNearby, .notForMe:
            break
        }
        // The layout only matters here if the plan did not change; after a change the screen explains itself.
        if context.plan == plan { explainIfHidden(network, in: &context) }
    }

    /// Someone selected who is not drawn on the rings is said to be in the "+N more" of their slice.
    static func explainIfHidden(_ network: NetworkState, in context: inout PartContext) {
        let plan = context.plan
        guard let id = network.selectedID, network.view == .rings,
            let hidden = NetworkLayout(content: context.content, showsDetails: network.showsDetails).rings(for: plan)
                .hidden.first(where: { $0.ids.contains(id) }),
            let name = plan.network.first(where: { $0.id == id })?.name
        else { return }
        context.say(
            .info(
                "\(name) is not drawn here: \(hidden.text). Press \(KeyMap.keyName(for: .toggleView, in: .network)) for the list."
            ))
    }

    /// Saving someone on the map, or a snapshot of it; someone added is selected. False when the plan did not take it.
    static func submit(_ form: ConnectionForm, network: inout NetworkState, in context: inout PartContext)
        throws(FormProblem) -> Bool
    {
        let action = try form.action(plan: context.plan, env: context.env)
        guard context.apply(action) else { return false }
        if case .addConnection(let added) = action { network.selectedID = added.id }
        return true
    }

    /// The one on the map for a directory entry, on whatever ring they have moved to since.
    static func onMap(_ entry: CommunityAsset, in plan: Plan) -> Connection? {
        plan.network.first { $0.name == entry.name }
    }

    /// Puts a directory entry on the map, ring 5 "could connect with", and links it, in one key; never twice.
    static func putOnMap(_ entry: CommunityAsset, in context: inout PartContext) {
        let plan = context.plan
        if let there = onMap(entry, in: plan) {
            context.say(
                .info("\(entry.name) is already on the map, ring \(there.ring): \(RingWords.short(there.ring))."))
            return
        }
        var connection = Connection(
            id: context.env.newID(), name: entry.name, ring: 5, kind: .guessed(from: [entry.what] + entry.tags),
            feeling: .supportive, gives: entry.what)
        connection.contact = entry.contact
        guard context.apply(.addConnection(connection)) else { return }
        if !plan.communityLinks.contains(entry.id) { context.apply(.linkCommunity(id: entry.id)) }
        context.say(.info("\(entry.name) is on the map now, ring 5: could connect with."))
    }

    /// Round the ring a step at a time, as far as it takes for them to be drawn somewhere else, and no further
    /// than the edges of their slice. Each step is laid out as the screen will be, so the last is drawn as it is.
    static func moveRound(
        _ connection: Connection, clockwise: Bool, layout: NetworkLayout, in context: inout PartContext
    ) {
        let plan = context.plan
        guard let index = plan.network.firstIndex(where: { $0.id == connection.id }) else { return }
        let rings = layout.rings(for: plan)
        let before = rings.labels.first { $0.connectionID == connection.id }?.box
        var moved = plan
        var placement = connection.placementOrDefault
        var cell = anchor(of: connection, placement: placement, in: rings.geometry)
        while true {
            let next = (min(max(placement + (clockwise ? 0.05 : -0.05), 0), 0.99) * 100).rounded() / 100
            guard next != placement else { break }
            placement = next
            // Only a step that moves their place to another cell can move them on the screen.
            let nextCell = anchor(of: connection, placement: placement, in: rings.geometry)
            guard nextCell != cell || placement == 0 || placement == 0.99 else { continue }
            cell = nextCell
            moved.network[index].placement = placement
            if before == nil
                || layout.rings(for: moved).labels.first(where: { $0.connectionID == connection.id })?.box != before
            {
                context.apply(.placeConnection(id: connection.id, placement: placement))
                return
            }
        }
        context.say(
            .info(
                "\(connection.name) is as far round as there is room in the slice for \(connection.kind.plural.lowercased())."
            ))
    }

    private static func anchor(of connection: Connection, placement: Double, in geometry: RingGeometry) -> Point {
        let point = geometry.point(
            fraction: geometry.middle(of: connection.ring),
            angle: RingSectors.angle(of: connection.kind, placement: placement))
        return Point(x: Int(point.x.rounded()), y: Int(point.y.rounded()))
    }

    private static func move(
        _ network: NetworkState, by command: Command, plan: Plan, layout: NetworkLayout,
        rings: () -> RingLayout
    ) -> String? {
        switch network.view {
        case .rings:
            return RingNavigation.move(network.selectedID, by: command, in: rings())
        case .list:
            let order = NetworkList.order(plan)
            let index = order.firstIndex { $0.id == network.selectedID } ?? 0
            let moved = ListView.move(index, by: command, count: order.count, page: layout.body.height - 6)
            return order.isEmpty ? nil : order[moved].id
        }
    }

    /// Tab goes through everyone in order: ring by ring, as they were added.
    private static func step(_ id: String?, forwards: Bool, plan: Plan) -> String? {
        let order = NetworkList.order(plan)
        guard !order.isEmpty else { return nil }
        let index = order.firstIndex { $0.id == id } ?? (forwards ? -1 : 0)
        let next = (index + (forwards ? 1 : -1) + order.count) % order.count
        return order[next].id
    }

    static func selectedConnection(_ network: NetworkState, _ plan: Plan) -> Connection? {
        guard let id = network.selectedID else { return nil }
        return plan.network.first { $0.id == id }
    }

    /// After a change, a selection that no longer exists moves to whoever is now in that place in the list, and
    /// a snapshot no longer kept stops being compared.
    static func repairSelection(_ network: inout NetworkState, before: Plan, after: Plan) {
        if let compare = network.compare, !after.snapshots.contains(where: { $0.id == compare.earlierID }) {
            network.compare = nil
        }
        guard let id = network.selectedID, !after.network.contains(where: { $0.id == id }) else { return }
        let old = NetworkList.order(before)
        let new = NetworkList.order(after)
        let index = old.firstIndex { $0.id == id } ?? 0
        network.selectedID = new.isEmpty ? nil : new[min(index, new.count - 1)].id
    }
}
