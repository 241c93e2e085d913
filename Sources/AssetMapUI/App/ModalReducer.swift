import AssetMapCore

/// Keys while a dialog, form or help is on top.
enum ModalReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) -> [Effect] {
        guard let modal = state.modals.last else { return [] }
        switch modal {
        case .help(let context, let title, let scroll):
            // Up and down move through help longer than the window; any other key closes it.
            let offsets: [Command: Int] = [
                .up: -1, .down: 1, .pageUp: -10, .pageDown: 10, .first: -10_000, .last: 10_000,
            ]
            if let command, let offset = offsets[command] {
                let moved = HelpOverlay.scrolled(scroll, by: offset, context: context, in: AppLayout(state).modalArea)
                state.modals[state.modals.count - 1] = .help(context, title: title, scroll: moved)
            } else {
                state.modals.removeLast()
            }
        case .message:
            state.modals.removeLast()
        case .prompts(let index):
            PromptCard.handle(index, command: command, state: &state)
        case .picker(var picker):
            switch picker.handle(key) {
            case .picking:
                state.modals[state.modals.count - 1] = .picker(picker)
            case .cancelled:
                state.modals.removeLast()
            case .done:
                state.modals.removeLast()
                switch picker.purpose {
                case .stepLinks(let goalID, let stepID):
                    return LadderReducer.link(stepID, of: goalID, with: picker.chosen, state: &state, env: env)
                case .knows(let id): return KnowsPicker.link(id, with: picker.chosen, state: &state, env: env)
                case .groupMembers: GroupSetup.start(with: picker, state: &state, env: env)
                }
            }
        case .changedElsewhere(var question):
            switch question.handle(key) {
            case .waiting:
                state.modals[state.modals.count - 1] = .changedElsewhere(question)
            case .chosen(let choice):
                state.modals.removeLast()
                switch choice {
                case .keepBoth: return [.resolveConflict(keepBoth: true)]
                case .saveOver: return [.resolveConflict(keepBoth: false)]
                case .notNow: break
                }
            }
        case .ideas(let selection):
            return IdeasReducer.handle(selection, command: command, state: &state, env: env)
        case .confirm(let confirmation):
            switch command {
            case .save:
                state.modals.removeLast()
                return perform(confirmation.onYes, state: &state, env: env)
            case .no:
                state.modals.removeLast()
                if let onNo = confirmation.onNo { return perform(onNo, state: &state, env: env) }
            case .cancel:
                state.modals.removeLast()
            case nil, .help, .back, .privacy, .nextSection, .previousSection, .section, .up, .down, .left, .right,
                .pageUp, .pageDown, .first, .last, .nextItem, .previousItem, .open, .add, .edit, .delete, .undo,
                .redo, .search, .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise, .anticlockwise,
                .knows, .communityDirectory, .link, .putOnMap, .moveItemUp, .moveItemDown, .toggleDone, .barriers,
                .riskPlan, .steppingBack, .prompts, .export, .settings, .syncTeam, .nextField, .previousField,
                .answer, .skip, .previousQuestion, .earlierDate, .laterDate, .report, .timeline, .writing,
                .walkThrough, .editText, .startGroup, .review, .addToDirectory, .ideasNearby, .notForMe:
                break
            }
        case .form(var form):
            let area = AppLayout(state).modalArea
            switch FormReducer.handle(key, form: &form, area: area) {
            case .editing:
                state.modals[state.modals.count - 1] = .form(form)
            case .submit:
                return FormSubmission.submit(form, state: &state, env: env)
            case .cancel:
                if form.hasChanges {
                    state.ask("Close the form?", "Throw away what you typed here?", onYes: .discardForm)
                } else {
                    state.modals.removeLast()
                }
            }
        }
        return []
    }

    private static func perform(_ action: ConfirmedAction, state: inout AppState, env: Environment) -> [Effect] {
        switch action {
        case .edit(let planAction):
            if state.apply(planAction, env: env) {
                state.status = .info("Done. Press \(KeyMap.planKeyName(for: .undo)) to undo.")
            }
            return []
        case .effect(let effect):
            return [effect]
        case .discardForm:
            if case .form? = state.modals.last { state.modals.removeLast() }
            return []
        case .resumeCheck(let id):
            return state.run(\.wellbeing, env: env) { wellbeing, context in
                if let check = context.plan.checks.first(where: { $0.id == id }) {
                    WellbeingReducer.resume(check, wellbeing: &wellbeing)
                }
            }
        case .startCheck:
            return state.run(\.wellbeing, env: env) { WellbeingReducer.startNew(wellbeing: &$0, in: &$1) }
        case .group(let groupAction):
            if GroupReducer.apply(groupAction, state: &state, env: env) { state.status = .info("Done.") }
            return []
        }
    }
}
