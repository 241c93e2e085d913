import AssetMapCore

/// What was done with an open form when the program had to stop (a hang-up, a stop signal, the window closed).
public struct KeptOnStop: Equatable, Sendable {
    public var effects: [Effect] = []
    /// What was typed and could not be kept, in words that repeat nothing typed (they may be printed).
    public var lost: String?

    public init(effects: [Effect] = [], lost: String? = nil) {
        self.effects = effects
        self.lost = lost
    }
}

extension AppReducer {
    /// Before the program is stopped, whatever is being typed is kept: an open form is saved as if Ctrl-S had
    /// been pressed. A field that stops it being saved (a date that cannot be read) is put back as it was
    /// when the form opened and the rest is saved; the plan then says so when it is next opened.
    public static func keepWhatIsTyped(_ state: inout AppState, env: Environment) -> KeptOnStop {
        GuideReducer.keepWhatIsTyped(&state, env: env)
        guard let form = state.modals.last(where: { if case .form = $0 { true } else { false } }),
            case .form(var typed) = form, typed.hasChanges
        else { return KeptOnStop() }
        state.modals.removeAll { if case .confirm = $0 { true } else { false } }
        var putBack: [(label: String, words: String)] = []
        while true {
            let effects = FormSubmission.submit(typed, state: &state, env: env)
            guard case .form(let shown)? = state.modals.last else {
                return KeptOnStop(effects: effects, lost: leaveNotice(putBack, from: typed, state: &state))
            }
            guard let problem = shown.problem, let field = shown.focusedField else {
                return KeptOnStop(lost: "A form could not be saved, so what was typed in it could not be kept.")
            }
            let unread = typed.fields[shown.focus].typed
            let before = typed.fields[shown.focus].input.value
            typed.restore(at: shown.focus)
            guard typed.fields[shown.focus].input.value != before else {
                return KeptOnStop(
                    lost: "A form could not be saved (\(problem)), so what was typed in it could not be kept.")
            }
            let now = typed.fields[shown.focus].typed
            putBack.append(
                (
                    field.label,
                    "“\(field.label)” was typed as “\(unread)”, which could not be read, so it was left "
                        + (now.isEmpty ? "empty" : "as it was: \(now)")
                ))
        }
    }

    /// Tells the plan what was put back, for the next time it is opened. Returns what could not be told, with
    /// nothing typed in it, when there is no plan open to keep the words.
    private static func leaveNotice(
        _ putBack: [(label: String, words: String)], from form: FormState, state: inout AppState
    ) -> String? {
        guard !putBack.isEmpty else { return nil }
        guard let plan = state.plan, plan.readOnly == nil, !plan.isExample else {
            return "What was typed was saved, but " + putBack.map { "“\($0.label)”" }.joined(separator: " and ")
                + " could not be read and was left as it was."
        }
        state.plan?.editor.leaveNotice(
            "assetmap had to stop while “\(form.title)” was open. What was typed in it was saved, but "
                + putBack.map(\.words).joined(separator: "; ") + ". Please check it.")
        return nil
    }
}
