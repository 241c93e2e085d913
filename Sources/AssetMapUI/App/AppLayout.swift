import AssetMapCore

/// The parts of every screen: a title row, the plan's section tabs, the content, a message row and the hint bar.
public struct AppLayout: Equatable {
    public let title: Rect
    public let tabs: Rect
    public let content: Rect
    public let status: Rect
    public let hints: Rect
    /// Where dialogs and forms go: everything between the title and the message row.
    public let modalArea: Rect

    public init(size: Size, withTabs: Bool) {
        let all = Rect(size: size)
        let (top, rest) = all.splitTop(1)
        let (tabs, body) = rest.splitTop(withTabs ? 2 : 1)
        let (middle, bottom) = body.splitBottom(2)
        title = top
        self.tabs = withTabs ? tabs.row(0) : Rect(x: 0, y: tabs.y, width: 0, height: 0)
        content = Rect(x: 1, y: middle.y, width: middle.width - 2, height: middle.height)
        status = bottom.row(0)
        hints = bottom.row(1)
        modalArea = Rect(x: 0, y: top.maxY, width: size.width, height: status.y - top.maxY)
    }

    public init(_ state: AppState) {
        self.init(size: state.size, withTabs: state.screen == .plan)
    }

    public static func content(for state: AppState) -> Rect {
        AppLayout(state).content
    }
}
