import AssetMapCore

/// The parts of the Network screen: a summary line, the rings (or the list), the key beside the rings, the
/// details of the one selected, and a legend line. The picture's size depends only on the window, never on who is
/// on the map or whether details are open, so nobody on it moves when those change.
struct NetworkLayout {
    /// From this width (a terminal of 160 columns) the details of the one selected always stand beside the map and its key.
    static let wideWidth = 158
    static let detailsWidth = 40

    let summary: Rect
    /// Everything between the summary and the legend: where the list goes.
    let body: Rect
    let picture: Rect
    /// Beside the picture: the ring names and the whole names of those shown by a marker.
    let key: Rect?
    /// The details of the one selected, when they show.
    let panel: Rect?
    let legend: Rect

    init(content: Rect, showsDetails: Bool) {
        let (top, rest) = content.splitTop(1)
        let (middle, bottom) = rest.splitBottom(1)
        summary = top
        legend = bottom
        if middle.width >= Self.wideWidth {
            let (left, details) = middle.splitRight(Self.detailsWidth)
            let side = min(36, left.width * 3 / 10)
            picture = Rect(x: left.x, y: left.y, width: left.width - side - 2, height: left.height)
            key = Rect(x: left.maxX - side - 1, y: left.y, width: side, height: left.height)
            panel = Rect(x: details.x, y: details.y, width: details.width, height: details.height)
            body = Rect(x: middle.x, y: middle.y, width: middle.width - Self.detailsWidth - 1, height: middle.height)
            return
        }
        // The details, when open, take the key's place, so the picture stays the same size.
        let side = min(36, max(28, middle.width * 36 / 100))
        picture = Rect(x: middle.x, y: middle.y, width: middle.width - side - 1, height: middle.height)
        let sideRect = Rect(x: middle.maxX - side, y: middle.y, width: side, height: middle.height)
        key = showsDetails ? nil : sideRect
        panel = showsDetails ? sideRect : nil
        body =
            showsDetails
            ? Rect(x: middle.x, y: middle.y, width: middle.width - side - 1, height: middle.height) : middle
    }

    init(_ state: AppState) {
        self.init(content: AppLayout.content(for: state), showsDetails: state.plan?.network.showsDetails ?? false)
    }

    /// The width the key has, whether or not the details stand in its place just now: names are laid out for it.
    var keyWidth: Int { (key ?? panel)?.width ?? 0 }

    func rings(for plan: Plan) -> RingLayout {
        RingLayoutMemo.layout(area: picture, network: plan.network, centreName: plan.person.displayName, key: keySize)
    }

    var keySize: Size { Size(width: keyWidth, height: picture.height) }
}
