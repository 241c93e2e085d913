/// Which goal steps a connection or a strength helps with, so the map and the strengths can say so.
public enum GoalLinks {
    /// "Walk by the sea: go once with Aoife" for each step the connection helps with or will do.
    public static func steps(helpedBy connectionID: String, in plan: Plan) -> [String] {
        describe(plan) { $0.connectionIds.contains(connectionID) || $0.who == connectionID }
    }

    public static func steps(using assetID: String, in plan: Plan) -> [String] {
        describe(plan) { $0.assetIds.contains(assetID) }
    }

    private static func describe(_ plan: Plan, where matches: (Step) -> Bool) -> [String] {
        plan.goals.flatMap { goal in
            goal.steps.filter(matches).map { "\(goal.title): \($0.text)" }
        }
    }
}
