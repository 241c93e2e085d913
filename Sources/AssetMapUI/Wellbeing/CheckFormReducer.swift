import AssetMapCore

/// Keys while answering a check: 4 to 0 answer and move on, s skips, b goes back, Esc stops for now, Ctrl-S
/// finishes once the twelve statements are behind (the recent event and the notes can be left).
/// Every answer is saved at once, so stopping half way loses nothing; a check stopped before anything was
/// answered is not kept. A finished check opens on a page of all its answers, to read and to change one.
enum CheckFormReducer {
    static func handle(_ key: Key, command: Command?, wellbeing: inout WellbeingState, in context: inout PartContext) {
        guard var form = wellbeing.check, var check = form.check(in: context.plan) else {
            wellbeing.check = nil
            return
        }
        if form.stage == .review {
            review(command, form: &form, check: check, wellbeing: &wellbeing)
            return
        }
        if form.isTyping {
            type(key, command: command, form: &form, check: &check, wellbeing: &wellbeing, in: &context)
            return
        }
        let choices = form.stage == .event ? CheckFormState.eventChoices.count : CheckFormState.questionChoices.count
        switch command {
        case .answer(let value):
            guard case .question(let index) = form.stage else { break }
            check.answers[index] = value
            advance(&form, check: check, wellbeing: &wellbeing, in: &context)
            return
        case .skip:
            if case .question(let index) = form.stage { check.answers[index] = nil }
            advance(&form, check: check, wellbeing: &wellbeing, in: &context)
            return
        case .previousQuestion:
            goBack(&form, check: check)
        case .up:
            form.cursor = max(0, form.cursor - 1)
        case .down:
            form.cursor = min(choices - 1, form.cursor + 1)
        case .open:
            choose(form.cursor, form: &form, check: &check, wellbeing: &wellbeing, in: &context)
            return
        case .cancel, .back:
            stop(form, check: check, wellbeing: &wellbeing, in: &context)
            return
        case .save:
            let left = check.answers.count { $0 == nil }
            if case .question = form.stage, left > 0, !form.reviewing {
                let skip = KeyMap.keyName(for: .skip, in: .wellbeingCheck)
                let finish = KeyMap.keyName(for: .save, in: .wellbeingCheck)
                context.say(
                    .warning("\(left) of the twelve are still to answer (\(skip) skips one); then \(finish) finishes."))
                return
            }
            finish(&form, check: &check, wellbeing: &wellbeing, in: &context)
            return
        case nil, .help, .privacy, .nextSection, .previousSection, .section, .left, .right, .pageUp, .pageDown, .first,
            .last, .nextItem, .previousItem, .add, .edit, .delete, .undo, .redo, .search, .inwards, .outwards,
            .toggleView, .snapshot, .compare, .clockwise, .anticlockwise, .knows, .communityDirectory, .link,
            .putOnMap, .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan, .steppingBack, .prompts,
            .export, .settings, .syncTeam, .no, .nextField, .previousField, .earlierDate, .laterDate, .report,
            .timeline, .writing, .walkThrough, .editText, .startGroup, .review, .addToDirectory, .ideasNearby,
            .notForMe:
            return
        }
        wellbeing.check = form
    }

    /// The page of a finished check's answers: ↑ ↓ choose a row, Enter opens it to change, Esc closes.
    private static func review(
        _ command: Command?, form: inout CheckFormState, check: WellbeingCheck, wellbeing: inout WellbeingState
    ) {
        switch command {
        case .up, .down, .pageUp, .pageDown, .first, .last:
            form.cursor = ListView.move(
                form.cursor, by: command!, count: CheckFormState.reviewRows, page: CheckFormState.reviewRows)
        case .open:
            open(row: form.cursor, form: &form, check: check)
        case .back, .cancel:
            wellbeing.check = nil
            return
        case nil, .help, .privacy, .nextSection, .previousSection, .section, .left, .right, .nextItem, .previousItem,
            .add, .edit, .delete, .undo, .redo, .search, .inwards, .outwards, .toggleView, .snapshot, .compare,
            .clockwise, .anticlockwise, .knows, .communityDirectory, .link, .putOnMap, .moveItemUp, .moveItemDown,
            .toggleDone, .barriers, .riskPlan, .steppingBack, .prompts, .export, .settings, .syncTeam, .save, .no,
            .nextField, .previousField, .answer, .skip, .previousQuestion, .earlierDate, .laterDate, .report,
            .timeline, .writing, .walkThrough, .editText, .startGroup, .review, .addToDirectory, .ideasNearby,
            .notForMe:
            break
        }
        wellbeing.check = form
    }

    private static func open(row: Int, form: inout CheckFormState, check: WellbeingCheck) {
        switch row {
        case 0..<Well12.items.count:
            form.stage = .question(row)
            form.cursor = check.answers[row].flatMap { value in Well12.answers.firstIndex { $0.value == value } } ?? 0
        case Well12.items.count:
            form.stage = .event
            form.cursor = check.recentEvent.flatMap { CheckFormState.eventChoices.firstIndex(of: $0) } ?? 0
        default:
            form.stage = .notes
            form.text = TextFieldState(check.notes ?? "", multiline: true)
        }
    }

    /// Back to the review page with the row just changed selected.
    private static func backToReview(_ form: inout CheckFormState, row: Int, wellbeing: inout WellbeingState) {
        form.stage = .review
        form.cursor = row
        wellbeing.check = form
    }

    private static func reviewRow(_ stage: CheckFormState.Stage) -> Int {
        switch stage {
        case .question(let index): return index
        case .event, .eventText: return Well12.items.count
        case .notes, .review: return Well12.items.count + 1
        }
    }

    private static func choose(
        _ cursor: Int, form: inout CheckFormState, check: inout WellbeingCheck,
        wellbeing: inout WellbeingState, in context: inout PartContext
    ) {
        switch form.stage {
        case .question(let index):
            check.answers[index] = CheckFormState.questionChoices[cursor]
        case .event:
            check.recentEvent = CheckFormState.eventChoices[cursor]
        case .eventText, .notes, .review:
            return
        }
        advance(&form, check: check, wellbeing: &wellbeing, in: &context)
    }

    /// Saves the check: the first time anything is in it, it is added to the plan.
    private static func save(_ check: WellbeingCheck, form: inout CheckFormState, in context: inout PartContext) -> Bool
    {
        guard form.unsaved != nil else { return context.apply(.updateCheck(check)) }
        guard hasAnything(check) else { return true }
        guard context.apply(.addCheck(check)) else { return false }
        form.unsaved = nil
        return true
    }

    static func hasAnything(_ check: WellbeingCheck) -> Bool {
        check.complete || check.answers.contains { $0 != nil } || check.recentEvent != nil
            || check.recentEventText?.isEmpty == false || check.notes?.isEmpty == false
    }

    /// Saves the check and moves to the next question (after 13, "what was it" only when something happened).
    /// Changing a finished check goes back to its page of answers instead.
    private static func advance(
        _ form: inout CheckFormState, check: WellbeingCheck, wellbeing: inout WellbeingState,
        in context: inout PartContext
    ) {
        guard save(check, form: &form, in: &context) else { return }
        if form.reviewing, !(form.stage == .event && check.recentEvent == .yes) {
            return backToReview(&form, row: reviewRow(form.stage), wellbeing: &wellbeing)
        }
        switch form.stage {
        case .question(let index) where index + 1 < Well12.items.count:
            form.stage = .question(index + 1)
            form.cursor =
                check.answers[index + 1].flatMap { value in Well12.answers.firstIndex { $0.value == value } } ?? 0
        case .question:
            form.stage = .event
            form.cursor = check.recentEvent.flatMap { CheckFormState.eventChoices.firstIndex(of: $0) } ?? 0
        case .event:
            form.stage = check.recentEvent == RecentEvent.no ? .notes : .eventText
            form.text = TextFieldState(
                form.stage == .notes ? check.notes ?? "" : check.recentEventText ?? "", multiline: form.stage == .notes)
        case .eventText:
            form.stage = .notes
            form.text = TextFieldState(check.notes ?? "", multiline: true)
        case .notes, .review:
            wellbeing.check = nil
            return
        }
        wellbeing.check = form
    }

    private static func goBack(_ form: inout CheckFormState, check: WellbeingCheck) {
        switch form.stage {
        case .question(let index): form.stage = .question(max(0, index - 1))
        case .event: form.stage = .question(Well12.items.count - 1)
        case .eventText: form.stage = .event
        case .notes: form.stage = check.recentEvent == RecentEvent.no ? .event : .eventText
        case .review: return
        }
        if case .question(let index) = form.stage {
            form.cursor = check.answers[index].flatMap { value in Well12.answers.firstIndex { $0.value == value } } ?? 0
        }
        if form.stage == .eventText { form.text = TextFieldState(check.recentEventText ?? "") }
    }

    /// Typing the recent event or the notes; each change is saved as it is typed.
    private static func type(
        _ key: Key, command: Command?, form: inout CheckFormState, check: inout WellbeingCheck,
        wellbeing: inout WellbeingState, in context: inout PartContext
    ) {
        switch command?.typing {
        case .save,
            .nextField where form.stage == .notes:
            finish(&form, check: &check, wellbeing: &wellbeing, in: &context)
            return
        case .nextField:
            advance(&form, check: check, wellbeing: &wellbeing, in: &context)
            return
        case .previousField:
            goBack(&form, check: check)
            wellbeing.check = form
            return
        case .cancel:
            stop(form, check: check, wellbeing: &wellbeing, in: &context)
            return
        case nil:
            break
        }
        if key == .enter, form.stage == .eventText {
            advance(&form, check: check, wellbeing: &wellbeing, in: &context)
            return
        }
        guard form.text.handle(key, wrapWidth: max(1, context.content.width - 4)) else { return }
        if form.stage == .notes {
            check.notes = form.text.text.nonEmpty
        } else {
            check.recentEventText = form.text.text.nonEmpty
        }
        if save(check, form: &form, in: &context) { wellbeing.check = form }
    }

    /// The check is finished and closes on the table, selected, where Enter opens every answer to read and change;
    /// a finished check being changed goes back to its page of answers. What is said fits one line at 80 columns, so
    /// it does not cover the chart's dates at the foot of the table.
    private static func finish(
        _ form: inout CheckFormState, check: inout WellbeingCheck, wellbeing: inout WellbeingState,
        in context: inout PartContext
    ) {
        check.complete = true
        guard save(check, form: &form, in: &context) else { return }
        if form.reviewing { return backToReview(&form, row: reviewRow(form.stage), wellbeing: &wellbeing) }
        let score = Well12.score(check)
        context.say(
            .info(
                "Check finished: \(score.total) out of \(score.outOf)\(score.isWhole ? "" : " (\(score.answered) answered)"). "
                    + "Thank you. \(KeyMap.keyName(for: .open, in: .wellbeing)) opens its answers."))
        wellbeing.check = nil
    }

    /// Esc: a finished check goes back to its page of answers, then closes; one with nothing in it is not kept,
    /// without asking, as there is nothing to lose; otherwise the answers so far are kept for later.
    private static func stop(
        _ form: CheckFormState, check: WellbeingCheck, wellbeing: inout WellbeingState,
        in context: inout PartContext
    ) {
        var form = form
        if form.reviewing { return backToReview(&form, row: reviewRow(form.stage), wellbeing: &wellbeing) }
        wellbeing.check = nil
        guard hasAnything(check) else {
            if form.unsaved == nil { context.apply(.deleteCheck(id: check.id)) }
            wellbeing.selectedCheckID = nil
            context.say(.info("Nothing was answered, so no check was kept."))
            return
        }
        context.say(.info("Stopped for now. The answers so far are kept; press Enter on the check to carry on."))
    }
}
