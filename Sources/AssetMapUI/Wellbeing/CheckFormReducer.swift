import AssetMapCore

/// Keys while answering a check: 4 to 0 answer and move on, s skips, b goes back, Esc stops for now.
/// Every answer is saved at once, so stopping half way loses nothing.
enum CheckFormReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) {
        guard var form = state.plan?.wellbeing.check,
              var check = state.plan?.plan.checks.first(where: { $0.id == form.checkID }) else {
            state.plan?.wellbeing.check = nil
            return
        }
        if form.isTyping {
            type(key, command: command, form: &form, check: &check, state: &state, env: env)
            return
        }
        let choices = form.stage == .event ? CheckFormState.eventChoices.count : CheckFormState.questionChoices.count
        switch command {
        case .answer(let value):
            guard case .question(let index) = form.stage else { break }
            check.answers[index] = value
            advance(&form, check: check, state: &state, env: env, saving: check)
            return
        case .skip:
            if case .question(let index) = form.stage { check.answers[index] = nil }
            advance(&form, check: check, state: &state, env: env, saving: check)
            return
        case .previousQuestion:
            goBack(&form, check: check)
        case .up:
            form.cursor = max(0, form.cursor - 1)
        case .down:
            form.cursor = min(choices - 1, form.cursor + 1)
        case .open:
            choose(form.cursor, form: &form, check: &check, state: &state, env: env)
            return
        case .cancel, .back:
            stop(state: &state, finished: false)
            return
        default:
            if key == .enter { choose(form.cursor, form: &form, check: &check, state: &state, env: env) }
            return
        }
        state.plan?.wellbeing.check = form
    }

    private static func choose(_ cursor: Int, form: inout CheckFormState, check: inout WellbeingCheck, state: inout AppState, env: Environment) {
        switch form.stage {
        case .question(let index):
            check.answers[index] = CheckFormState.questionChoices[cursor]
        case .event:
            check.recentEvent = CheckFormState.eventChoices[cursor]
        case .eventText, .notes:
            return
        }
        advance(&form, check: check, state: &state, env: env, saving: check)
    }

    /// Saves the check and moves to the next question (after 13, "what was it" only when something happened).
    private static func advance(_ form: inout CheckFormState, check: WellbeingCheck, state: inout AppState, env: Environment,
                                saving: WellbeingCheck) {
        guard state.apply(.updateCheck(saving), env: env) else { return }
        switch form.stage {
        case .question(let index) where index + 1 < Well12.items.count:
            form.stage = .question(index + 1)
            form.cursor = check.answers[index + 1].flatMap { value in Well12.answers.firstIndex { $0.value == value } } ?? 0
        case .question:
            form.stage = .event
            form.cursor = check.recentEvent.flatMap { CheckFormState.eventChoices.firstIndex(of: $0) } ?? 0
        case .event:
            form.stage = check.recentEvent == RecentEvent.no ? .notes : .eventText
            form.text = TextFieldState(form.stage == .notes ? check.notes ?? "" : check.recentEventText ?? "", multiline: form.stage == .notes)
        case .eventText:
            form.stage = .notes
            form.text = TextFieldState(check.notes ?? "", multiline: true)
        case .notes:
            state.plan?.wellbeing.check = nil
            return
        }
        state.plan?.wellbeing.check = form
    }

    private static func goBack(_ form: inout CheckFormState, check: WellbeingCheck) {
        switch form.stage {
        case .question(let index): form.stage = .question(max(0, index - 1))
        case .event: form.stage = .question(Well12.items.count - 1)
        case .eventText: form.stage = .event
        case .notes: form.stage = check.recentEvent == RecentEvent.no ? .event : .eventText
        }
        if case .question(let index) = form.stage {
            form.cursor = check.answers[index].flatMap { value in Well12.answers.firstIndex { $0.value == value } } ?? 0
        }
        if form.stage == .eventText { form.text = TextFieldState(check.recentEventText ?? "") }
    }

    /// Typing the recent event or the notes; each change is saved as it is typed.
    private static func type(_ key: Key, command: Command?, form: inout CheckFormState, check: inout WellbeingCheck,
                             state: inout AppState, env: Environment) {
        switch command {
        case .save where form.stage == .notes, .nextField where form.stage == .notes:
            check.complete = true
            if state.apply(.updateCheck(check), env: env) {
                let score = Well12.score(check)
                state.status = .info("Check finished: \(score.total) out of \(score.outOf)\(score.isWhole ? "" : " (\(score.answered) answered)"). Thank you.")
                stop(state: &state, finished: true)
            }
            return
        case .save, .nextField:
            advance(&form, check: check, state: &state, env: env, saving: check)
            return
        case .previousField:
            goBack(&form, check: check)
            state.plan?.wellbeing.check = form
            return
        case .cancel:
            stop(state: &state, finished: false)
            return
        default:
            break
        }
        if key == .enter, form.stage == .eventText {
            advance(&form, check: check, state: &state, env: env, saving: check)
            return
        }
        guard form.text.handle(key, wrapWidth: max(1, AppLayout.content(for: state).width - 4)) else { return }
        if form.stage == .notes { check.notes = form.text.text.nonEmpty } else { check.recentEventText = form.text.text.nonEmpty }
        state.apply(.updateCheck(check), env: env)
        state.plan?.wellbeing.check = form
    }

    private static func stop(state: inout AppState, finished: Bool) {
        state.plan?.wellbeing.check = nil
        if !finished {
            state.status = .info("Stopped for now. The answers so far are kept; press Enter on the check to carry on.")
        }
    }
}
