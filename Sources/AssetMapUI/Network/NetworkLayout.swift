import AssetMapCore

/// The parts of the Network screen: a summary line, the rings or list, a legend line, and a details panel.
struct NetworkLayout {
    static let panelWidth = 34

    let summary: Rect
    let body: Rect
    let legend: Rect
    let panel: Rect?

    init(content: Rect, showsDetails: Bool) {
        let (top, rest) = content.splitTop(1)
        let (middle, bottom) = rest.splitBottom(1)
        summary = top
        legend = bottom
        if showsDetails, middle.width >= Self.panelWidth + RingLayout.minimumWidth {
            let (left, right) = middle.splitRight(Self.panelWidth)
            body = left
            panel = right
        } else {
            body = middle
            panel = nil
        }
    }

    init(_ state: AppState) {
        self.init(content: AppLayout.content(for: state), showsDetails: state.plan?.network.showsDetails ?? false)
    }

    func rings(for plan: Plan) -> RingLayout {
        RingLayoutMemo.layout(area: body, network: plan.network, centreName: plan.person.displayName)
    }
}
