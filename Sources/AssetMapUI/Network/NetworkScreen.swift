import AssetMapCore

/// The Network part of a plan: the rings with their key (or the list), a summary of who is where and how support
/// flows, a legend for the symbols, and the details of whoever is selected.
enum NetworkScreen {
    static func draw(_ state: PlanState, in content: Rect, on canvas: inout Canvas) {
        var network = state.network
        if network.selectedID == nil { network.selectedID = NetworkList.order(state.plan).first?.id }
        let layout = NetworkLayout(content: content, showsDetails: network.showsDetails)
        let plan = state.plan
        canvas.write(
            NetworkSummary(plan.network).sentence, at: Point(x: layout.summary.x, y: layout.summary.y), role: .dim,
            clip: layout.summary)
        let rings = network.view == .rings ? layout.rings(for: plan) : nil
        switch network.view {
        case .rings:
            guard let rings else { break }
            if rings.fits {
                RingPicture.draw(
                    rings, selectedID: network.selectedID,
                    knows: Set(plan.peopleKnown(by: network.selectedID).map(\.id)), on: &canvas)
                if let key = layout.key { RingKey.draw(rings, selectedID: network.selectedID, in: key, on: &canvas) }
            } else {
                canvas.writeWrapped(
                    "The window is too narrow for the rings here; press \(KeyMap.keyName(for: .toggleView, in: .network)) for the list.",
                    in: layout.picture, role: .dim)
            }
            if plan.network.isEmpty {
                canvas.writeWrapped(
                    "No one on the map yet. Press a to add someone: family, friends, groups, places, workers, pets.",
                    in: Rect(x: layout.picture.x, y: layout.picture.y, width: layout.picture.width, height: 2),
                    role: .heading)
            }
        case .list:
            NetworkList.draw(plan, selectedID: network.selectedID, in: layout.body, on: &canvas)
        }
        var legend = Feeling.allCases.map { "\($0.symbol) \($0.words)" }.joined(separator: "  ")
        if let rings {
            let hidden = rings.hiddenIDs.count
            let view = KeyMap.keyName(for: .toggleView, in: .network)
            let around = KeyMap.keyNames(for: .left, .right, in: .network, separator: "")
            let round = KeyMap.keyNames(for: .anticlockwise, .clockwise, in: .network)
            legend +=
                hidden > 0
                ? "   \(hidden) not drawn: \(view) for the list"
                : "   \(around) around  \(round) move round  \(view) list"
            // Said where there is room; the key beside the picture gives each marker's name in any case.
            let markers = "   [3] and the like: whole in the key"
            if rings.labels.contains(where: { $0.marker != nil }),
                (legend + markers).displayWidth <= layout.legend.width
            {
                legend += markers
            }
        } else {
            legend += "   \(KeyMap.keyName(for: .toggleView, in: .networkList)) rings"
        }
        if let find = network.find {
            NetworkFinding.draw(find, plan: plan, selectedID: network.selectedID, in: layout.legend, on: &canvas)
        } else {
            canvas.write(legend, at: Point(x: layout.legend.x, y: layout.legend.y), role: .dim, clip: layout.legend)
        }
        if let panel = layout.panel, let connection = NetworkReducer.selectedConnection(network, plan) {
            ConnectionDetails.draw(connection, plan: plan, in: panel, on: &canvas)
        }
    }
}
