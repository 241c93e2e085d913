import AssetMapCore

/// Keys on an open plan that are the same in every part: switching parts, undo and redo, going back.
enum PlanScreenReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) -> [Effect] {
        guard let plan = state.plan else { return [] }
        if plan.guide?.isOpen == true {
            GuideReducer.handle(key, command: command, state: &state, env: env)
            return []
        }
        if plan.timeline != nil {
            TimelineView.handle(command, state: &state, env: env)
            return []
        }
        let typing = plan.keyContext.isTextEntry
        let inSubView = plan.showsOneThingOfAPart
        if !typing {
            switch command {
            case .back where !inSubView && plan.isExample:
                state.ask("Leave the example", "This is a made-up example and is not saved. Keep a copy of it in the caseload?",
                          onYes: .effect(.keepExampleCopy), onNo: .effect(.closePlan))
                return []
            case .back where !inSubView:
                return [.closePlan]
            case .export:
                state.modals.append(.form(ExportForm.make(today: env.today, privateCount: plan.plan.privateCount, folder: state.copiesFolder)))
                return []
            case .section(let number):
                if let section = PlanSection(rawValue: number) { state.plan?.section = section }
                return []
            case .nextSection, .previousSection:
                state.plan?.section = plan.section.moved(by: command == .nextSection ? 1 : -1)
                return []
            case .timeline:
                TimelineView.open(&state, env: env)
                return []
            case .walkThrough:
                GuideReducer.open(&state, env: env)
                return []
            case .writing:
                WhoIsWriting.next(&state)
                return []
            case .ideasNearby:
                IdeasReducer.open(&state)
                return []
            case .undo:
                undo(state: &state, env: env)
                return []
            case .redo:
                redo(state: &state, env: env)
                return []
            case nil, .help, .back, .cancel, .privacy, .up, .down, .left, .right, .pageUp, .pageDown, .first, .last,
                 .nextItem, .previousItem, .open, .add, .edit, .delete, .search, .inwards, .outwards, .toggleView,
                 .snapshot, .compare, .clockwise, .anticlockwise, .knows, .communityDirectory, .link, .putOnMap,
                 .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan, .steppingBack, .prompts, .settings,
                 .syncTeam, .save, .no, .nextField, .previousField, .answer, .skip, .previousQuestion, .earlierDate,
                 .laterDate, .report, .editText, .startGroup, .review, .addToDirectory, .notForMe:
                break
            }
        }
        switch plan.section {
        case .overview:
            OverviewReducer.handle(key, command: command, state: &state, env: env)
        case .network:
            switch plan.network.mode {
            case .map: NetworkReducer.handle(key, command: command, state: &state, env: env)
            case .finding:
                NetworkFinding.handle(key, command: command, state: &state)
                NetworkReducer.explainIfHidden(state: &state)
            case .comparing: CompareScreen.handle(command, state: &state)
            }
        case .strengths:
            return StrengthsReducer.handle(key, command: command, state: &state, env: env)
        case .goals:
            switch plan.goals.mode {
            case .list: GoalsReducer.handle(key, command: command, state: &state, env: env)
            case .ladder: LadderReducer.handle(key, command: command, state: &state, env: env)
            }
        case .wellbeing:
            switch plan.wellbeing.mode {
            case .history: WellbeingReducer.handle(key, command: command, state: &state, env: env)
            case .check: CheckFormReducer.handle(key, command: command, state: &state, env: env)
            }
        case .notes:
            NotesReducer.handle(key, command: command, state: &state, env: env)
        }
        return []
    }

    static func undo(state: inout AppState, env: Environment) {
        guard let before = state.plan?.plan, state.plan?.readOnly == nil else { return }
        if let summary = state.plan?.editor.undo(now: env.now()) {
            state.plan?.repairSelections(before: before)
            state.status = .info("Undone: \(summary). Ctrl-R puts it back.")
        } else {
            state.status = .info("There is nothing to undo.")
        }
    }

    private static func redo(state: inout AppState, env: Environment) {
        guard let before = state.plan?.plan, state.plan?.readOnly == nil else { return }
        if let summary = state.plan?.editor.redo(now: env.now()) {
            state.plan?.repairSelections(before: before)
            state.status = .info("Put back: \(summary).")
        } else {
            state.status = .info("There is nothing to put back.")
        }
    }
}
