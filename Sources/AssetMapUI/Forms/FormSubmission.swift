import AssetMapCore

/// What happens when a form is saved: its fields become a plan change or an effect.
enum FormSubmission {
    static func submit(_ form: FormState, state: inout AppState, env: Environment) -> [Effect] {
        do {
            switch form.purpose {
            case .newPlan:
                let plan = try NewPlanForm.plan(from: form, env: env)
                close(&state)
                return [.createPlan(plan)]
            case .consent:
                let action = try ConsentForm.action(from: form, today: env.today)
                if state.apply(action, env: env) { close(&state) }
            case .addConnection, .editConnection:
                guard let plan = state.plan?.plan else { return [] }
                let action = try ConnectionForm.action(from: form, plan: plan, env: env)
                if state.apply(action, env: env) {
                    close(&state)
                    if case .addConnection(let added) = action { state.plan?.network.selection = .connection(added.id) }
                }
            }
        } catch {
            var shown = form
            shown.problem = error.message
            shown.focus(on: error.field)
            replace(with: shown, in: &state)
        }
        return []
    }

    private static func close(_ state: inout AppState) {
        if case .form? = state.modals.last { state.modals.removeLast() }
    }

    private static func replace(with form: FormState, in state: inout AppState) {
        guard let index = state.modals.lastIndex(where: { if case .form = $0 { return true } else { return false } }) else { return }
        state.modals[index] = .form(form)
    }
}
