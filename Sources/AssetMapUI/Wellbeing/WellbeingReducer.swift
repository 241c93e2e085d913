import AssetMapCore

/// Keys on the Wellbeing part: choosing a check in the table, starting one, carrying on with one, deleting one.
enum WellbeingReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) {
        guard let plan = state.plan?.plan else { return }
        if state.plan?.wellbeing.check != nil {
            CheckFormReducer.handle(key, command: command, state: &state, env: env)
            return
        }
        let checks = Well12.ordered(plan.checks)
        let selected = checks.firstIndex { $0.id == state.plan?.wellbeing.selectedCheckID } ?? checks.count - 1
        switch command {
        case .left, .right, .first, .last:
            guard !checks.isEmpty else { return }
            let index = command == .first ? 0 : command == .last ? checks.count - 1 : min(max(0, selected + (command == .right ? 1 : -1)), checks.count - 1)
            state.plan?.wellbeing.selectedCheckID = checks[index].id
        case .up, .down, .pageDown, .pageUp:
            guard let open = state.plan else { return }
            let most = WellbeingHistoryView.mostScroll(open, today: env.today, in: AppLayout.content(for: state))
            let step = command == .down ? 1 : command == .up ? -1 : command == .pageDown ? 10 : -10
            state.plan?.wellbeing.scroll = max(0, min(min(open.wellbeing.scroll, most) + step, most))
        case .add:
            if let unfinished = checks.last(where: { !$0.complete }) {
                state.ask("Carry on?", "The check started on \(DayText.long(unfinished.date)) is not finished. Carry on with it? (n starts a new one)",
                          onYes: .resumeCheck(id: unfinished.id), onNo: .startCheck)
            } else {
                startNew(state: &state, env: env)
            }
        case .open, .edit:
            if checks.indices.contains(selected) { resume(checks[selected], state: &state) }
        case .delete:
            if checks.indices.contains(selected) {
                let check = checks[selected]
                state.ask("Delete the check", "Delete the check from \(DayText.long(check.date))? Press u afterwards to undo.",
                          onYes: .edit(.deleteCheck(id: check.id)))
            }
        default:
            break
        }
    }

    /// A new check is kept out of the plan until its first answer, so one begun by mistake leaves nothing behind.
    static func startNew(state: inout AppState, env: Environment) {
        if let reason = state.plan?.readOnly {
            state.status = .warning("This plan can only be looked at: \(reason).")
            return
        }
        let check = WellbeingCheck(id: env.newID(), date: env.today)
        state.plan?.wellbeing.selectedCheckID = check.id
        state.plan?.wellbeing.check = CheckFormState(starting: check)
    }

    /// Opens a check where it stopped; a finished one opens on the page of all its answers, to read and change.
    static func resume(_ check: WellbeingCheck, state: inout AppState) {
        if check.complete {
            var form = CheckFormState(checkID: check.id, stage: .review)
            form.reviewing = true
            state.plan?.wellbeing.selectedCheckID = check.id
            state.plan?.wellbeing.check = form
            return
        }
        let index = Well12.resumeIndex(check)
        var form = CheckFormState(checkID: check.id, stage: index < Well12.items.count ? .question(index) : .event)
        if case .question(let question) = form.stage, let answer = check.answers[question] {
            form.cursor = Well12.answers.firstIndex { $0.value == answer } ?? 0
        }
        state.plan?.wellbeing.selectedCheckID = check.id
        state.plan?.wellbeing.check = form
    }
}
