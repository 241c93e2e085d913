import AssetMapCore

/// Saving a form: the form itself knows the part or screen that makes it a change. Once saved it closes; a
/// problem with a field keeps it open, with the problem shown and that field in focus.
enum FormSubmission {
    static func submit(_ form: FormState, state: inout AppState, env: Environment) -> [Effect] {
        let index = state.modals.count - 1
        do {
            guard let effects = try form.content.save(&state, env: env) else { return [] }
            if state.modals.indices.contains(index), case .form = state.modals[index] { state.modals.remove(at: index) }
            return effects
        } catch {
            var shown = form
            shown.problem = error.message
            shown.focus = error.field
            if let open = state.modals.lastIndex(where: { if case .form = $0 { true } else { false } }) {
                state.modals[open] = .form(shown)
            }
            return []
        }
    }
}
