import AssetMapCore

/// The map of the open plan drawn out of sight while the program waits for a key, so that when the person opens it,
/// its layout (the longest work any key does, with a hundred people on it) is already done and it appears at once.
public struct MapAhead {
    /// The plan, its people and the window size the map was last made ready for.
    private var readyFor: (planID: String, network: [Connection], size: Size)?

    public init() {}

    /// Makes the map ready when a plan is open elsewhere than its map and the map is not ready for it as it now is;
    /// whether it did.
    @discardableResult public mutating func prepare(_ state: AppState, today: CalendarDay) -> Bool {
        guard let plan = state.plan, plan.section != .network, state.size.isBigEnough, !state.privacy else {
            return false
        }
        if let readyFor, readyFor.planID == plan.plan.id, readyFor.size == state.size,
            readyFor.network == plan.plan.network
        {
            return false
        }
        var ahead = state
        ahead.plan?.section = .network
        _ = AppView.render(ahead, today: today)
        readyFor = (plan.plan.id, plan.plan.network, state.size)
        return true
    }
}
