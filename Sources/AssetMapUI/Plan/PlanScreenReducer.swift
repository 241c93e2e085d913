import AssetMapCore

/// Keys on an open plan that are the same in every part: switching parts, undo and redo, going back.
enum PlanScreenReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) -> [Effect] {
        guard let plan = state.plan else { return [] }
        if plan.guide?.isOpen == true {
            return GuideReducer.handle(key, command: command, state: &state, env: env)
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
                state.ask(
                    "Leave the example",
                    "This is a made-up example and is not saved. Keep a copy of it in the caseload?",
                    onYes: .effect(.keepExampleCopy), onNo: .effect(.closePlan))
                return []
            case .back where !inSubView:
                return [.closePlan]
            case .export:
                state.modals.append(
                    .form(
                        ExportForm.make(
                            today: env.today, privateCount: plan.plan.privateCount, folder: state.copiesFolder)))
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
            return state.run(\.overview, env: env) {
                OverviewReducer.handle(key, command: command, overview: &$0, in: &$1)
            }
        case .network:
            return state.run(\.network, env: env) { network, context in
                switch network.mode {
                case .map: NetworkReducer.handle(command, network: &network, in: &context)
                case .finding:
                    NetworkFinding.handle(key, command: command, network: &network, plan: context.plan)
                    NetworkReducer.explainIfHidden(network, in: &context)
                case .comparing: CompareScreen.handle(command, network: &network, in: &context)
                }
            }
        case .strengths:
            return state.run(\.strengths, env: env) { StrengthsReducer.handle(command, strengths: &$0, in: &$1) }
        case .goals:
            return state.run(\.goals, env: env) { goals, context in
                switch goals.mode {
                case .list: GoalsReducer.handle(command, goals: &goals, in: &context)
                case .ladder: LadderReducer.handle(command, goals: &goals, in: &context)
                }
            }
        case .wellbeing:
            return state.run(\.wellbeing, env: env) { wellbeing, context in
                switch wellbeing.mode {
                case .history: WellbeingReducer.handle(command, wellbeing: &wellbeing, in: &context)
                case .check: CheckFormReducer.handle(key, command: command, wellbeing: &wellbeing, in: &context)
                }
            }
        case .notes:
            return state.run(\.notes, env: env) { NotesReducer.handle(command, notes: &$0, in: &$1) }
        }
        return []
    }

    static func undo(state: inout AppState, env: Environment) {
        guard let before = state.plan?.plan, state.plan?.readOnly == nil else { return }
        if let summary = state.plan?.editor.undo(now: env.now()) {
            state.plan?.repairSelections(before: before)
            state.status = .info("Undone: \(summary). \(KeyMap.planKeyName(for: .redo)) puts it back.")
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
