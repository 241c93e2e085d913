import AssetMapCore

/// Keys in a group session: through the questions one at a time, writing ideas down for the group or for one
/// person, adding places to the community directory, and on to the end where each person chooses.
enum GroupReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) -> [Effect] {
        guard let group = state.group else { return [] }
        if case .review = group.stage { return GroupReviewReducer.handle(command, state: &state, env: env) }
        switch command {
        case .nextItem, .right:
            next(&state)
        case .previousItem, .left:
            guard let index = group.promptIndex else { return [] }
            state.group?.stage = index == 0 ? .welcome : .prompt(index - 1)
            state.group?.selection = 0
        case .up, .down, .pageUp, .pageDown, .first, .last:
            state.group?.selection = ListView.move(
                group.selection, by: command!, count: group.ideasShown.count, page: 5)
        case .add:
            guard let prompt = group.prompt else { return next(&state) }
            state.modals.append(.form(GroupForms.idea(nil, under: prompt, in: group.session)))
        case .edit, .open:
            guard let idea = group.selectedIdea, let prompt = group.prompt else { return [] }
            state.modals.append(.form(GroupForms.idea(idea, under: prompt, in: group.session)))
        case .delete:
            guard let idea = group.selectedIdea else { return [] }
            state.ask("Delete", "Delete “\(idea.text)”?", onYes: .group(.deleteIdea(id: idea.id)))
        case .addToDirectory:
            addToDirectory(group.selectedIdea, state: &state, env: env)
        case .review:
            GroupReviewReducer.start(&state)
        case .export:
            state.modals.append(.form(GroupForms.sheets(today: env.today, folder: state.copiesFolder)))
        case .back:
            state.ask(
                "Leave the group",
                "Everything written is saved. Plans change only when each person chooses at the end (r). "
                    + "Leave the group now?", onYes: .effect(.closeGroup))
        case nil, .help, .cancel, .privacy, .nextSection, .previousSection, .section, .undo, .redo, .search, .inwards,
            .outwards, .toggleView, .snapshot, .compare, .clockwise, .anticlockwise, .knows, .communityDirectory,
            .link, .putOnMap, .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan, .steppingBack, .prompts,
            .settings, .syncTeam, .save, .no, .nextField, .previousField, .answer, .skip, .previousQuestion,
            .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText, .startGroup,
            .ideasNearby, .notForMe:
            break
        }
        return []
    }

    /// On from the opening page, to the next question, and after the last one to the end.
    @discardableResult
    private static func next(_ state: inout AppState) -> [Effect] {
        guard let group = state.group else { return [] }
        state.group?.selection = 0
        switch group.promptIndex {
        case nil:
            state.group?.stage = .prompt(0)
        case let index? where index + 1 < group.session.prompts.count:
            state.group?.stage = .prompt(index + 1)
        case _:
            GroupReviewReducer.start(&state)
            state.status = .info("That was the last question. Now each person chooses what goes into their own plan.")
        }
        return []
    }

    private static func addToDirectory(_ idea: GroupIdea?, state: inout AppState, env: Environment) {
        guard let idea, idea.kind == .place else {
            state.status = .info("Only places and groups go in the directory: choose one under the last question.")
            return
        }
        if idea.directoryID.flatMap(state.directory.directory.entry) != nil {
            state.status = .info("\(idea.text) is in the community directory already.")
            return
        }
        let name = SearchQuery.fold(idea.text)
        if let known = state.directory.directory.entries.first(where: { SearchQuery.fold($0.name) == name }) {
            if apply(.placeAdded(ideaID: idea.id, directoryID: known.id), state: &state, env: env) {
                state.status = .info(
                    "\(known.name) is in the community directory already: its details go on the sheets.")
            }
            return
        }
        state.modals.append(.form(GroupForms.place(idea, worker: state.group?.session.worker, today: env.today)))
    }

    /// Applies a change to the group; a rejected one leaves it as it was and says why.
    @discardableResult
    static func apply(_ action: GroupAction, state: inout AppState, env: Environment) -> Bool {
        guard var group = state.group else { return false }
        do {
            try group.session.apply(action, now: env.now())
        } catch {
            state.status = .warning(error.message)
            return false
        }
        group.selection = min(group.selection, max(0, group.ideasShown.count - 1))
        state.group = group
        return true
    }

    /// The group was saved for the first time: it shows, from its opening page.
    static func started(_ session: GroupSession, state: inout AppState) -> [Effect] {
        state.group = GroupState(session: session)
        state.screen = .group
        // The places the group adds to the directory show as added.
        return [.loadDirectory]
    }

    static func closed(state: inout AppState) -> [Effect] {
        state.group = nil
        state.screen = .caseload
        return [.loadCaseload]
    }
}
