import AssetMapCore

/// Keys on the Wellbeing part: choosing a check in the table, starting one, carrying on with one, deleting one.
enum WellbeingReducer {
    static func handle(_ command: Command?, wellbeing: inout WellbeingState, in context: inout PartContext) {
        let checks = Well12.ordered(context.plan.checks)
        let selected = checks.firstIndex { $0.id == wellbeing.selectedCheckID } ?? checks.count - 1
        switch command {
        case .left, .right, .first, .last:
            guard !checks.isEmpty else { return }
            let index =
                command == .first
                ? 0
                : command == .last
                    ? checks.count - 1 : min(max(0, selected + (command == .right ? 1 : -1)), checks.count - 1)
            wellbeing.selectedCheckID = checks[index].id
        case .up, .down, .pageDown, .pageUp:
            let most = WellbeingHistoryView.mostScroll(
                wellbeing, plan: context.plan, today: context.today, in: context.content)
            let step = command == .down ? 1 : command == .up ? -1 : command == .pageDown ? 10 : -10
            wellbeing.scroll = max(0, min(min(wellbeing.scroll, most) + step, most))
        case .add:
            if let unfinished = checks.last(where: { !$0.complete }) {
                context.ask(
                    "Carry on?",
                    "The check started on \(DayText.long(unfinished.date)) is not finished. Carry on with it? (n starts a new one)",
                    onYes: .resumeCheck(id: unfinished.id), onNo: .startCheck)
            } else {
                startNew(wellbeing: &wellbeing, in: &context)
            }
        case .open, .edit:
            if checks.indices.contains(selected) { resume(checks[selected], wellbeing: &wellbeing) }
        case .delete:
            if checks.indices.contains(selected) {
                let check = checks[selected]
                context.ask(
                    "Delete the check", "Delete the check from \(DayText.long(check.date))? " + KeyMap.undoAfterwards(),
                    onYes: .edit(.deleteCheck(id: check.id)))
            }
        case nil, .help, .back, .cancel, .privacy, .nextSection, .previousSection, .section, .nextItem, .previousItem,
            .undo, .redo, .search, .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise, .anticlockwise,
            .knows, .communityDirectory, .link, .putOnMap, .moveItemUp, .moveItemDown, .toggleDone, .barriers,
            .riskPlan, .steppingBack, .prompts, .export, .settings, .syncTeam, .save, .no, .nextField, .previousField,
            .answer, .skip, .previousQuestion, .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough,
            .editText, .startGroup, .review, .addToDirectory, .ideasNearby, .notForMe:
            break
        }
    }

    /// A new check is kept out of the plan until its first answer, so one begun by mistake leaves nothing behind.
    static func startNew(wellbeing: inout WellbeingState, in context: inout PartContext) {
        guard context.canChange() else { return }
        let check = WellbeingCheck(id: context.env.newID(), date: context.today)
        wellbeing.selectedCheckID = check.id
        wellbeing.check = CheckFormState(starting: check)
    }

    /// Opens a check where it stopped; a finished one opens on the page of all its answers, to read and change.
    static func resume(_ check: WellbeingCheck, wellbeing: inout WellbeingState) {
        if check.complete {
            var form = CheckFormState(checkID: check.id, stage: .review)
            form.reviewing = true
            wellbeing.selectedCheckID = check.id
            wellbeing.check = form
            return
        }
        let index = Well12.resumeIndex(check)
        var form = CheckFormState(checkID: check.id, stage: index < Well12.items.count ? .question(index) : .event)
        if case .question(let question) = form.stage, let answer = check.answers[question] {
            form.cursor = Well12.answers.firstIndex { $0.value == answer } ?? 0
        }
        wellbeing.selectedCheckID = check.id
        wellbeing.check = form
    }
}
