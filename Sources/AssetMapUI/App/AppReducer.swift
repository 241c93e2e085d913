import AssetMapCore

/// The one entry point for changing the state: every key and every result of an effect comes through here.
public enum AppReducer {
    /// Saving is asked for here, after any change to the open plan or the group, rather than found out afterwards.
    public static func reduce(_ state: inout AppState, _ event: AppEvent, env: Environment) -> [Effect] {
        let before = (plan: state.plan?.plan, group: state.group?.session)
        let effects = respond(to: event, state: &state, env: env)
        return savesAsked(before: before, after: state, event: event) + effects
    }

    private static func savesAsked(before: (plan: Plan?, group: GroupSession?), after state: AppState, event: AppEvent)
        -> [Effect]
    {
        var asked: [Effect] = []
        switch event {
        case .planOpened, .exampleOpened: break
        default:
            if let open = state.plan, !open.isExample, let plan = before.plan, plan != open.plan {
                asked.append(.savePlan)
            }
        }
        if let session = state.group?.session, let earlier = before.group, session != earlier {
            asked.append(.saveGroup)
        }
        return asked
    }

    private static func respond(to event: AppEvent, state: inout AppState, env: Environment) -> [Effect] {
        switch event {
        case .key(let key):
            return handle(key, state: &state, env: env)
        case .resize(let size):
            state.size = size
            if size.isBigEnough { return useHeldKeys(&state, env: env) }
        case .caseloadLoaded(let rows):
            state.caseload.replaceRows(rows)
            state.caseload.isLoaded = true
        case .planOpened(let plan, let readOnly):
            state.plan = PlanState(plan: plan, readOnly: readOnly)
            state.screen = .plan
            if let readOnly { state.status = .warning("This plan can only be looked at: \(readOnly).") }
            var asked: [Effect] = []
            if let notice = plan.openingNotice {
                // Said once: the plan is saved without it.
                state.plan?.editor.leaveNotice(nil)
                state.modals.append(.message(title: "Kept when assetmap stopped", text: notice))
                asked.append(.savePlan)
            }
            if state.startedPlanID == plan.id { GuideReducer.offer(&state) }
            state.startedPlanID = nil
            // The plan's Strengths show the names of the directory entries it links to.
            return asked + [.loadDirectory]
        case .exampleOpened(let plan):
            state.plan = PlanState(plan: plan)
            state.plan?.isExample = true
            state.screen = .plan
            state.status = .info(
                "This is a made-up example: try anything, nothing is saved unless you choose when leaving it.")
            // Its Strengths show linked places, and its ideas nearby come from this folder's directory.
            return [.loadDirectory]
        case .planClosed:
            state.plan = nil
            state.screen = .caseload
            return [.loadCaseload]
        case .exampleCopyKept:
            state.plan = nil
            state.screen = .caseload
            state.status = .info("A copy of the example is in the caseload now.")
            return [.loadCaseload]
        case .quitBlocked(let reason):
            state.ask(
                "Not saved", "\(reason) Leave anyway? The last changes would be lost.",
                onYes: .effect(.quit(force: true)))
        case .planBinned(let path, let binPath):
            state.caseload.lastBinned = CaseloadState.Binned(path: path, binPath: binPath)
            state.status = .info(
                "Moved to the bin. Press \(KeyMap.keyName(for: .undo, in: .caseload)) to bring it back (it is kept in \(binPath))."
            )
            return [.loadCaseload]
        case .planRestored:
            state.caseload.lastBinned = nil
            state.status = .info("The plan is back in the caseload.")
            return [.loadCaseload]
        case .failed(let message):
            state.modals.append(.message(title: "That did not work", text: message))
        case .warned(let message):
            state.status = .warning(message)
        case .saveFailed(let message):
            state.atAChosenMoment = false
            state.plan?.saveProblem = message
            state.status = .warning(message)
            // Tried again after the next key, or in a few seconds.
            return [.savePlan]
        case .saveConflict(let message):
            // Said on the status line, which takes no keys; asked only when the person has just finished something.
            state.plan?.saveProblem = message
            state.status = .warning(message)
            guard state.atAChosenMoment else { return [.savePlan] }
            state.atAChosenMoment = false
            guard !state.modals.contains(where: { if case .changedElsewhere = $0 { true } else { false } }) else {
                return [.savePlan]
            }
            state.modals.append(.changedElsewhere(ChangedElsewhereQuestion()))
            return [.savePlan]
        case .savedAsCopy(let id):
            state.plan?.editor.moveToNewID(id)
            state.plan?.saveProblem = nil
            state.status = .info(
                "Saved as a copy beside the plan that was changed elsewhere: both are in the caseload.")
        case .saved:
            state.atAChosenMoment = false
            if state.plan?.saveProblem != nil {
                state.plan?.saveProblem = nil
                state.status = .info("Saved now.")
            }
        case .directoryLoaded(let directory):
            state.directory.problem = nil
            state.directory.replace(directory)
        case .directoryChanged(let directory, let note, let undo):
            state.directory.problem = nil
            state.directory.replace(directory)
            if let undo { state.directory.undo.append(undo) }
            // A group has no undo of its own: what it adds is changed or deleted from the directory itself.
            let saved =
                state.screen == .group
                ? "In the community directory now, for everyone."
                : "Saved in the directory. Press \(KeyMap.keyName(for: .undo, in: .directory)) to undo."
            state.status = .info(note ?? saved)
        case .directoryFailed(let message):
            state.directory.problem = message
            state.directory.isLoaded = true
            state.status = .warning(message)
        case .settingsLoaded(let settings):
            state.settings = settings
        case .reportLoaded(let report):
            state.report = ReportState(report: report)
        case .exported(let message):
            state.modals.append(.message(title: "Copy saved", text: message))
        case .teamChecked(let line):
            state.caseload.team = line
        case .teamSynced(let line, let message, let succeeded):
            state.caseload.team = line
            state.status = succeeded ? .info(message) : .warning(message)
        case .planChangedElsewhere(let plan):
            guard var open = state.plan else { return [] }
            let before = open.plan
            // Undo would take back what came from elsewhere, so it starts again from here.
            open.editor = PlanEditor(plan: plan)
            open.saveProblem = nil
            open.repairSelections(before: before)
            state.plan = open
            state.status = .info("This plan was brought up to date with changes made elsewhere.")
        case .groupStarted(let session):
            return GroupReducer.started(session, state: &state)
        case .groupClosed:
            return GroupReducer.closed(state: &state)
        case .groupNotSaved(let message):
            state.status = .warning(message)
            return [.saveGroup]
        case .groupIdeasSent(let memberID, let planID):
            GroupReviewReducer.sent(memberID: memberID, planID: planID, state: &state, env: env)
        case .groupIdeasNotSent(let message):
            GroupReviewReducer.notSent(message, state: &state)
        }
        return []
    }

    static func handle(_ key: Key, state: inout AppState, env: Environment) -> [Effect] {
        guard state.size.isBigEnough else { return whileTooSmall(key, state: &state, env: env) }
        let wasTyping = state.isTyping
        let effects = dispatch(key, state: &state, env: env)
        // A paste cut to fit, or a text too long to change, is said rather than passed over in silence.
        if key.writes, let refusal = state.focusedTextField?.refusal { state.status = .warning(refusal) }
        let leaving = effects.contains {
            if case .closePlan = $0 { true } else if case .quit = $0 { true } else { false }
        }
        // The key that saves a form is a choice to save, wherever it is pressed.
        let saving = KeyMap.keys(for: .save, in: .form).contains(key)
        state.atAChosenMoment = !state.isTyping && (wasTyping || leaving || saving)
        return effects
    }

    private static func dispatch(_ key: Key, state: inout AppState, env: Environment) -> [Effect] {
        if state.privacy {
            state.privacy = false
            return []
        }
        if case .mouse(let event) = key { return MouseReducer.handle(event, state: &state, env: env) }
        let context = state.keyContext
        let command = KeyMap.command(for: key, in: context)
        if command == .privacy {
            state.privacy = true
            return []
        }
        state.status = nil
        // While typing, ? is text: F1 brings help, over a form too.
        if command == .help, context.isTextEntry {
            state.showHelp()
            return []
        }
        if !state.modals.isEmpty {
            return ModalReducer.handle(key, command: command, state: &state, env: env)
        }
        if command == .help {
            state.showHelp()
            return []
        }
        switch state.screen {
        case .caseload: return CaseloadReducer.handle(key, command: command, state: &state, env: env)
        case .plan: return PlanScreenReducer.handle(key, command: command, state: &state, env: env)
        case .directory: return DirectoryReducer.handle(key, command: command, state: &state, env: env)
        case .report:
            ReportReducer.handle(command, state: &state)
            return []
        case .group: return GroupReducer.handle(key, command: command, state: &state, env: env)
        }
    }
}
