import AssetMapCore

/// One small step: what, who will do it (the person, the worker, or someone from the map), when by, and how it is going.
public struct StepForm: TypedForm {
    static let statusOptions = StepStatus.allCases.map { "\($0.symbol) \($0.words)" }

    var goalID: String
    /// The step being changed; nil for a new one.
    var stepID: String?
    var text: FormField
    var who: FormField
    var due: FormField
    var status: FormField

    var order: [WritableKeyPath<StepForm, FormField>] { [\.text, \.who, \.due, \.status] }

    /// The person, the worker, then the people, groups and services on the map from the closest ring out.
    /// Places and pets do not do steps, unless one was chosen before (`keeping`).
    static func helpers(_ plan: Plan, keeping chosen: String? = nil) -> [(label: String, value: String)] {
        let worker = plan.person.keyworker?.nonEmpty.map { "the worker (\($0))" } ?? "the worker"
        let onMap = NetworkList.order(plan).filter { ![.place, .pet].contains($0.kind) || $0.id == chosen }
        return [("me (the person)", StepHelper.person.rawValue), (worker, StepHelper.worker.rawValue)]
            + onMap.map { ($0.name, $0.id) }
    }

    static func make(_ step: Step?, goalID: String, plan: Plan) -> FormState {
        let helpers = helpers(plan, keeping: step?.who)
        let chosen = helpers.firstIndex { $0.value == (step?.who ?? StepHelper.person.rawValue) } ?? 0
        return FormState(
            title: step == nil ? "A step" : "Change the step",
            content: StepForm(
                goalID: goalID, stepID: step?.id,
                text: .text(label: "The step", step?.text ?? "", note: GoalWords.smallStepsHint),
                who: .choice(
                    label: "Who will do it", helpers.map(\.label), selected: chosen,
                    note: "The person, the worker, or someone on the map."),
                due: .date(
                    label: "When by", step?.due, meaning: .due,
                    note: "Optional. For example Saturday, in 2 weeks, or 31 Jan."),
                status: .choice(
                    label: "How it is going", statusOptions,
                    selected: StepStatus.allCases.firstIndex(of: step?.status ?? .todo) ?? 0)))
    }

    func action(plan: Plan, env: Environment) throws(FormProblem) -> PlanAction {
        let text = try required(\.text, "Please type the step.")
        let existing = stepID.flatMap { id in plan.goals.first { $0.id == goalID }?.steps.first { $0.id == id } }
        let helpers = Self.helpers(plan, keeping: existing?.who)
        let helper = helpers[min(who.chosen, helpers.count - 1)].value
        let dueOn = try day(\.due, today: env.today, meaning: .due)
        let chosen = StepStatus.allCases[status.chosen]
        guard stepID != nil else {
            return .addStep(goalID: goalID, Step(id: env.newID(), text: text, who: helper, due: dueOn, status: chosen))
        }
        guard var step = existing else { throw problem(\.text, "That step is no longer there.") }
        step.text = text
        step.who = helper
        step.due = dueOn
        step.status = chosen
        return .updateStep(goalID: goalID, step)
    }

    var usesStrengthsWording: Bool { true }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try state.save(self, in: \.goals, env: env) { goals, context throws(FormProblem) in
            try GoalsReducer.submit(action(plan: context.plan, env: context.env), goals: &goals, in: &context)
        }
    }
}
