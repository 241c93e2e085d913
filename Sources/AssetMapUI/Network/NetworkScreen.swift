import AssetMapCore

/// The Network part of a plan: the rings (or the list), a summary of who is where and how support flows,
/// a legend for the symbols, and the details of whoever is selected.
enum NetworkScreen {
    static func draw(_ state: PlanState, in content: Rect, on canvas: inout Canvas) {
        var network = state.network
        if network.selection == nil { network.selection = NetworkList.order(state.plan).first.map { .connection($0.id) } }
        let layout = NetworkLayout(content: content, showsDetails: network.showsDetails)
        let plan = state.plan
        canvas.write(NetworkSummary(plan.network).sentence, at: Point(x: layout.summary.x, y: layout.summary.y), role: .dim, clip: layout.summary)
        let rings = network.view == .rings ? layout.rings(for: plan) : nil
        switch network.view {
        case .rings:
            guard let rings else { break }
            if rings.fits {
                RingPicture.draw(rings, plan: plan, selection: shownSelection(network.selection, rings), on: &canvas)
            } else {
                canvas.writeWrapped("The window is too narrow for the rings here; press v for the list.", in: layout.body, role: .dim)
            }
            if plan.network.isEmpty {
                let message = "No one on the map yet. Press a to add someone: family, friends, groups, places, workers, pets."
                canvas.write(message.truncated(toWidth: layout.body.width), at: Point(x: layout.body.x, y: layout.body.y), role: .heading,
                             clip: layout.body)
            }
        case .list:
            NetworkList.draw(plan, selectedID: network.selectedID, in: layout.body, on: &canvas)
        }
        var legend = Feeling.allCases.map { "\($0.symbol) \($0.words)" }.joined(separator: "  ")
        if let rings {
            let unplaced = rings.unplacedIDs.count
            legend += unplaced > 0 ? "   \(unplaced) not shown here: press v for the list" : "   ↑↓ in/out  ←→ around  v list"
        } else {
            legend += "   v rings"
        }
        canvas.write(legend, at: Point(x: layout.legend.x, y: layout.legend.y), role: .dim, clip: layout.legend)
        if let panel = layout.panel, let connection = NetworkReducer.selectedConnection(network, plan) {
            ConnectionDetails.draw(connection, plan: plan, in: panel, on: &canvas)
        }
    }

    /// A connection hidden in "+N more" shows as its marker being selected.
    private static func shownSelection(_ selection: NetworkState.Selection?, _ rings: RingLayout) -> NetworkState.Selection? {
        guard case .connection(let id)? = selection, let overflow = rings.overflows.first(where: { $0.hiddenIDs.contains(id) }) else {
            return selection
        }
        return .overflow(ring: overflow.ring, kind: overflow.kind)
    }
}
