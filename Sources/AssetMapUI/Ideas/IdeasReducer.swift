import AssetMapCore

/// Keys on ideas nearby: put one on the map and link it, say one is not for the person, take that back, or see
/// the whole directory.
enum IdeasReducer {
    static func open(_ state: inout AppState) {
        state.modals.append(.ideas(selection: 0))
    }

    static func handle(_ selection: Int, command: Command?, state: inout AppState, env: Environment) -> [Effect] {
        guard let plan = state.plan?.plan else {
            state.modals.removeLast()
            return []
        }
        let ideas = IdeaRanking.ideas(for: plan, in: state.directory.directory)
        let selected = selection < ideas.count ? ideas[selection] : nil
        var next = selection
        var effects: [Effect] = []
        switch command {
        case .up, .down, .pageUp, .pageDown, .first, .last:
            next = ListView.move(selection, by: command!, count: ideas.count, page: 3)
        case .putOnMap:
            if let selected { effects = DirectoryReducer.putOnMap(selected.entry, state: &state, env: env) }
        case .notForMe:
            if let selected, state.apply(.notForMe(entryID: selected.id), env: env) {
                state.status = .info(
                    "\(selected.entry.name) is not suggested to \(plan.person.displayName) again. Press \(KeyMap.keyName(for: .undo, in: .ideas)) to take that back."
                )
            }
        case .undo:
            PlanScreenReducer.undo(state: &state, env: env)
        case .communityDirectory:
            state.modals.removeLast()
            return state.openDirectory()
        case .cancel, .back:
            state.modals.removeLast()
            return []
        case .help:
            state.showHelp()
            return []
        case nil, .privacy, .nextSection, .previousSection, .section, .left, .right, .nextItem, .previousItem, .open,
            .add, .edit, .delete, .redo, .search, .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise,
            .anticlockwise, .knows, .link, .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan,
            .steppingBack, .prompts, .export, .settings, .syncTeam, .save, .no, .nextField, .previousField, .answer,
            .skip, .previousQuestion, .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText,
            .startGroup, .review, .addToDirectory, .ideasNearby:
            return []
        }
        // What was put on the map or turned down leaves the list: the same place stays selected.
        let count = state.plan.map { IdeaRanking.ideas(for: $0.plan, in: state.directory.directory).count } ?? 0
        if let index = state.modals.lastIndex(where: { if case .ideas = $0 { true } else { false } }) {
            state.modals[index] = .ideas(selection: min(next, max(0, count - 1)))
        }
        return effects
    }
}
