import AssetMapCore

/// What happens when a form is saved: its fields become a plan change or an effect.
enum FormSubmission {
    static func submit(_ form: FormState, state: inout AppState, env: Environment) -> [Effect] {
        var effects: [Effect] = []
        do {
            switch form.kind {
            case .newPlan(let newPlan):
                let created = try CaseloadReducer.submit(newPlan, state: &state, env: env)
                close(&state)
                return created
            case .settings(let settings):
                close(&state)
                return CaseloadReducer.submit(settings, state: &state)
            case .goals(let goalsForm):
                effects = try submit(form, to: \.goals, state: &state, env: env) { goals, context throws(FormProblem) in
                    try GoalsReducer.submit(goalsForm, goals: &goals, in: &context)
                }
            case .strengths(let asset):
                effects = try submit(form, to: \.strengths, state: &state, env: env) { strengths, context throws(FormProblem) in
                    try StrengthsReducer.submit(asset, strengths: &strengths, in: &context)
                }
            case .network(let network):
                effects = try submit(form, to: \.network, state: &state, env: env) { part, context throws(FormProblem) in
                    try NetworkReducer.submit(network, network: &part, in: &context)
                }
            case .overview(let overview):
                effects = try submit(form, to: \.overview, state: &state, env: env) { _, context throws(FormProblem) in
                    try OverviewReducer.submit(overview, in: &context)
                }
            case .notes(let note):
                effects = try submit(form, to: \.notes, state: &state, env: env) { notes, context throws(FormProblem) in
                    try NotesReducer.submit(note, notes: &notes, in: &context)
                }
            case .untyped(let untyped):
            switch untyped.purpose {
            case .addDirectoryEntry, .editDirectoryEntry:
                let change = try DirectoryEntryForm.change(from: form, directory: state.directory.directory, env: env)
                close(&state)
                if case .add(let entry) = change.action { state.directory.pendingSelection = entry.id }
                return [.changeDirectory(change.action, undo: change.undo)]
            case .export:
                let request = try ExportForm.request(from: form)
                close(&state)
                return [.export(request)]
            case .group(let purpose):
                return try GroupForms.submit(purpose, form: form, state: &state, env: env)
            }
            }
            if state.settings.wordingHints, !state.modals.contains(.form(form)), let words = FormHints.afterSaving(form) {
                state.status = .info(words)
            }
        } catch {
            var shown = form
            shown.problem = error.message
            shown.focus = error.field
            replace(with: shown, in: &state)
        }
        return effects
    }

    /// A form of one part of the plan, saved by that part: closed once saved, then what the part asked for is done.
    private static func submit<Part>(_ form: FormState, to part: WritableKeyPath<PlanState, Part>, state: inout AppState,
                                     env: Environment,
                                     _ save: (inout Part, inout PartContext) throws(FormProblem) -> Bool)
        throws(FormProblem) -> [Effect] {
        guard let scoped = try state.inPart(part, env: env, save) else { return [] }
        if scoped.result { close(&state) }
        return state.carryOut(scoped.requests, env: env)
    }

    private static func close(_ state: inout AppState) {
        if case .form? = state.modals.last { state.modals.removeLast() }
    }

    private static func replace(with form: FormState, in state: inout AppState) {
        guard let index = state.modals.lastIndex(where: { if case .form = $0 { return true } else { return false } }) else { return }
        state.modals[index] = .form(form)
    }
}
