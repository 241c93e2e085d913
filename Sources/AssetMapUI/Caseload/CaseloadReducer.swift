import AssetMapCore

/// Keys on the caseload: moving, finding, opening, starting and binning plans.
enum CaseloadReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) -> [Effect] {
        if state.caseload.search != nil {
            return search(key, command: command, state: &state)
        }
        let page = AppLayout.content(for: state).height - 2
        switch command {
        case .up, .down, .pageUp, .pageDown, .first, .last:
            state.caseload.selection = ListView.move(
                state.caseload.selection, by: command!, count: state.caseload.shown.count, page: page)
        case .open:
            return open(state: &state)
        case .add:
            state.modals.append(.form(NewPlanForm.make()))
        case .search:
            state.caseload.search = TextFieldState()
        case .delete:
            guard let row = state.caseload.selectedRow, let summary = row.summary else { return [] }
            state.ask(
                "Move to the bin",
                "Move the plan for \(summary.name) to the bin? Nothing is erased: it can be brought back.",
                onYes: .effect(.binPlan(path: row.path, id: summary.id)))
        case .undo:
            guard let binned = state.caseload.lastBinned else {
                state.status = .info("There is nothing to undo here.")
                return []
            }
            return [.restorePlan(binPath: binned.binPath, path: binned.path)]
        case .back:
            return [.quit(force: false)]
        case .communityDirectory:
            state.screen = .directory
            return [.loadDirectory]
        case .report:
            state.screen = .report
            state.report = ReportState()
            return [.loadReport]
        case .settings:
            state.modals.append(.form(SettingsForm.make(state.settings)))
        case .startGroup:
            GroupSetup.begin(&state)
        case .syncTeam:
            guard state.caseload.team != nil else {
                state.modals.append(
                    .message(
                        title: "Not in a team",
                        text: "This data folder is not shared with a team yet. To share it, "
                            + "leave assetmap and run assetmap team join REMOTE --name \"YOUR NAME\" (the README says how)."
                    ))
                return []
            }
            state.caseload.team?.isSyncing = true
            state.status = .info("Syncing with the team…")
            return [.syncTeam]
        case nil, .help, .cancel, .privacy, .nextSection, .previousSection, .section, .left, .right, .nextItem,
            .previousItem, .edit, .redo, .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise,
            .anticlockwise, .knows, .link, .putOnMap, .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan,
            .steppingBack, .prompts, .export, .save, .no, .nextField, .previousField, .answer, .skip,
            .previousQuestion, .earlierDate, .laterDate, .timeline, .writing, .walkThrough, .editText, .review,
            .addToDirectory, .ideasNearby, .notForMe:
            break
        }
        return []
    }

    private static func search(_ key: Key, command: Command?, state: inout AppState) -> [Effect] {
        switch command?.searching {
        case .cancel:
            state.caseload.search = nil
            state.caseload.applySearch()
            return []
        case .open:
            return open(state: &state)
        case .up, .down:
            state.caseload.selection = ListView.move(
                state.caseload.selection, by: command!, count: state.caseload.shown.count, page: 1)
            return []
        case nil:
            break
        }
        guard var search = state.caseload.search, search.handle(key, wrapWidth: 40) else { return [] }
        state.caseload.search = search
        state.caseload.applySearch()
        return []
    }

    private static func open(state: inout AppState) -> [Effect] {
        guard let row = state.caseload.selectedRow else { return [] }
        switch row.content {
        case .plan:
            state.caseload.search = nil
            state.caseload.applySearch()
            if row.sharesID {
                state.status = .warning(
                    "Another plan file holds the same id as this one; run assetmap check to see which, "
                        + "and how to give each an id of its own.")
            }
            return [.openPlan(path: row.path)]
        case .unreadable(let reason):
            state.modals.append(
                .message(
                    title: "This plan could not be read",
                    text: "\(row.path) could not be read: \(reason). The file has been left exactly as it is. "
                        + "Run assetmap check to see every file, or ask for help restoring it from a backup."))
            return []
        }
    }

    /// Starting a plan: it opens once it is in the caseload, on the offer of the walk-through.
    static func submit(_ form: NewPlanForm, state: inout AppState, env: Environment) throws(FormProblem) -> [Effect] {
        let plan = try form.plan(env: env)
        state.startedPlanID = plan.id
        return [.createPlan(plan)]
    }

    static func submit(_ form: SettingsForm, state: inout AppState) -> [Effect] {
        let settings = form.settings(current: state.settings)
        state.settings = settings
        state.status = .info("Settings saved.")
        return [.saveSettings(settings)]
    }
}
