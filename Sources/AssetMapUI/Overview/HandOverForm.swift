import AssetMapCore

/// Giving the plan a keyworker, or handing it over to another worker in the team.
public struct HandOverForm: TypedForm {
    var to: FormField

    var order: [WritableKeyPath<HandOverForm, FormField>] { [\.to] }

    static func make(_ keyworker: String?) -> FormState {
        let note =
            keyworker?.nonEmpty.map { "Now with \($0). Who takes it on? A dated note will say so." }
            ?? "The worker this plan is with."
        return FormState(
            title: keyworker?.nonEmpty == nil ? "Keyworker" : "Hand over this plan",
            content: HandOverForm(to: .text(label: "Keyworker", note: note)))
    }

    func action(env: Environment) -> PlanAction {
        .handOver(to: to.typed, on: env.today, noteID: env.newID())
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try state.save(self, in: \.overview, env: env) { _, context in context.apply(action(env: context.env)) }
    }
}
