import AssetMapCore

/// Clicks in the walk-through, read from where it draws its boxes. On three people who matter, a click on the
/// name goes to it, a click on who or what chooses it, and a click on a ring chooses that ring as its number
/// would: with a name typed, they go on the map. On the goal, a click on a box goes to it. Nothing typed is changed by a click.
enum GuideMouse {
    static func click(at point: Point, state: inout AppState, env: Environment) -> [Effect] {
        guard let open = state.plan, var guide = open.guide else { return [] }
        let content = AppLayout(state).content
        let body = GuideScreen.body(guide.part, name: open.plan.person.displayName, in: content)
        guard body.contains(point) else { return [] }
        let row = point.y - body.y
        switch guide.part {
        case .people:
            if row == 0 {
                guide.box = GuideState.PeopleBox.name.rawValue
            } else if let x = GuideScreen.kindColumn(body), point.x >= x,
                let kind = ConnectionKind.allCases.indices.first(where: { GuideScreen.ringRow($0 + 1) == row })
            {
                // Who or what they are, chosen; the ring's number still puts them on the map.
                guide.kind = kind
                guide.box = GuideState.PeopleBox.ring.rawValue
            } else if point.x >= body.x + GuideLayout.labelWidth,
                let ring = Connection.rings.first(where: { GuideScreen.ringRow($0) == row })
            {
                guide.box = 1
                state.plan?.guide = guide
                return AppReducer.reduce(&state, .key(.character(Character("\(ring)"))), env: env)
            }
        case .goal:
            if let box = GuideState.GoalBox.allCases.first(where: { GuideScreen.goalBoxRow($0.rawValue) == row }) {
                guide.box = box.rawValue
                guide.whoTyped = ""
            }
        case .welcome, .goodLife, .strengths, .wellbeing:
            return []
        }
        state.plan?.guide = guide
        return []
    }
}
