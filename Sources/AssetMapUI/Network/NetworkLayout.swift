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
        RingLayoutMemo.layout(area: CellBox(x: body.x, y: body.y, width: body.width, height: body.height),
                              network: plan.network, centreName: plan.person.displayName)
    }
}

extension Rect {
    init(_ box: CellBox) {
        self.init(x: box.x, y: box.y, width: box.width, height: box.height)
    }
}
