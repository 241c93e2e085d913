import AssetMapCore

/// A goal in the person's own words, why it matters, and whether it is being worked on.
public struct GoalForm: TypedForm {
    static let statusOptions = GoalStatus.allCases.map { "\($0.symbol) \($0.words)" }

    /// The goal being changed; nil for a new one.
    var goalID: String?
    var title: FormField
    var why: FormField
    var status: FormField

    var order: [WritableKeyPath<GoalForm, FormField>] { [\.title, \.why, \.status] }

    static func make(_ goal: Goal?) -> FormState {
        FormState(
            title: goal == nil ? "A goal" : "Change the goal",
            content: GoalForm(
                goalID: goal?.id,
                title: .text(
                    label: "What I'd like", goal?.title ?? "",
                    note: "In the person's own words. " + GoalWords.smallStepsHint),
                why: .text(label: "Why it matters to me", goal?.why ?? "", multiline: true, note: "Optional."),
                status: .choice(
                    label: "How it is going", statusOptions,
                    selected: GoalStatus.allCases.firstIndex(of: goal?.status ?? .active) ?? 0)))
    }

    func action(env: Environment) throws(FormProblem) -> PlanAction {
        let title = try required(\.title, "Please type the goal.")
        let chosen = GoalStatus.allCases[status.chosen]
        if let goalID { return .editGoal(id: goalID, title: title, why: why.typed.nonEmpty, status: chosen) }
        return .addGoal(
            Goal(
                id: env.newID(), title: title, why: why.typed.nonEmpty, status: chosen,
                createdAt: Timestamp.wholeSeconds(env.now())))
    }

    var usesStrengthsWording: Bool { true }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try state.save(self, in: \.goals, env: env) { goals, context throws(FormProblem) in
            try GoalsReducer.submit(action(env: context.env), goals: &goals, in: &context)
        }
    }
}
