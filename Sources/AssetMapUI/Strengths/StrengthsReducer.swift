import AssetMapCore

/// Keys on the Strengths part: moving between and along the three lists, adding, changing, deleting,
/// reordering, the question cards, and opening the community directory.
enum StrengthsReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) -> [Effect] {
        guard let plan = state.plan else { return [] }
        var strengths = plan.strengths
        let directory = state.directory.directory
        let items = StrengthsItem.items(in: strengths.column, plan: plan.plan, directory: directory)
        let selected = strengths.row < items.count ? items[strengths.row] : nil
        defer { state.plan?.strengths = strengths }
        switch command {
        case .left, .right:
            let next = strengths.column.rawValue + (command == .right ? 1 : -1)
            strengths.column = StrengthsState.Column(rawValue: min(max(next, 0), 2)) ?? strengths.column
        case .up, .down, .pageUp, .pageDown, .first, .last:
            move(&strengths, by: command!, plan: plan.plan, directory: directory)
        case .add:
            if let owner = strengths.column.owner {
                state.modals.append(.form(AssetForm.make(owner: owner)))
            } else {
                return openDirectory(&state)
            }
        case .edit, .open:
            switch selected {
            case .asset(let asset)?: state.modals.append(.form(AssetForm.make(owner: asset.owner, asset: asset)))
            case .community?: return openDirectory(&state, selecting: selected)
            case nil: break
            }
        case .delete:
            switch selected {
            case .asset(let asset)?:
                state.ask("Delete", "Delete “\(asset.text)”? Press u afterwards to undo.", onYes: .edit(.deleteAsset(id: asset.id)))
            case .community(let id, let entry)?:
                state.ask("Unlink", "Unlink \(entry?.name ?? "this entry") from this plan? It stays in the directory.",
                          onYes: .edit(.unlinkCommunity(id: id)))
            case nil: break
            }
        case .moveItemUp, .moveItemDown:
            reorder(selected, up: command == .moveItemUp, in: items, plan: plan.plan, state: &state, env: env)
            strengths.row = min(max(0, strengths.row + (command == .moveItemUp ? -1 : 1)), max(0, items.count - 1))
        case .prompts:
            state.modals.append(.prompts(0))
        case .communityDirectory:
            return openDirectory(&state)
        case .putOnMap:
            if case .community(_, let entry?)? = selected { return DirectoryReducer.putOnMap(entry, state: &state, env: env) }
        case nil, .help, .back, .cancel, .privacy, .nextSection, .previousSection, .section, .nextItem, .previousItem,
             .undo, .redo, .search, .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise, .anticlockwise,
             .knows, .link, .toggleDone, .barriers, .riskPlan, .steppingBack, .export, .settings, .syncTeam, .save,
             .no, .nextField, .previousField, .answer, .skip, .previousQuestion, .earlierDate, .laterDate, .report,
             .timeline, .writing, .walkThrough, .editText, .startGroup, .review, .addToDirectory, .ideasNearby,
             .notForMe:
            break
        }
        return []
    }

    /// Up and down run through a list and on into the next one, as the lists read one after another.
    private static func move(_ strengths: inout StrengthsState, by command: Command, plan: Plan, directory: CommunityDirectory) {
        let count = StrengthsItem.items(in: strengths.column, plan: plan, directory: directory).count
        if command == .up, strengths.row == 0, strengths.column != .person {
            strengths.column = StrengthsState.Column(rawValue: strengths.column.rawValue - 1)!
            strengths.row = max(0, StrengthsItem.items(in: strengths.column, plan: plan, directory: directory).count - 1)
        } else if command == .down, strengths.row >= count - 1, strengths.column != .community {
            strengths.column = StrengthsState.Column(rawValue: strengths.column.rawValue + 1)!
            strengths.row = 0
        } else {
            strengths.row = ListView.move(strengths.row, by: command, count: count, page: 5)
        }
    }

    /// Moves a strength past its neighbour in the same list (the plan keeps the person's and worker's together).
    private static func reorder(_ selected: StrengthsItem?, up: Bool, in items: [StrengthsItem], plan: Plan,
                                state: inout AppState, env: Environment) {
        switch selected {
        case .asset(let asset)?:
            let mine = items.compactMap { if case .asset(let a) = $0 { return a } else { return nil } }
            guard let position = mine.firstIndex(of: asset), mine.indices.contains(position + (up ? -1 : 1)),
                  let from = plan.assets.firstIndex(of: asset),
                  let to = plan.assets.firstIndex(of: mine[position + (up ? -1 : 1)]) else {
                state.status = .info(up ? "It is already at the top." : "It is already at the bottom.")
                return
            }
            state.apply(.reorderAsset(id: asset.id, by: to - from), env: env)
        case .community(let id, _)?:
            state.apply(.reorderCommunityLink(id: id, by: up ? -1 : 1), env: env)
        case nil:
            break
        }
    }

    static func openDirectory(_ state: inout AppState, selecting item: StrengthsItem? = nil) -> [Effect] {
        state.screen = .directory
        state.directory.search = nil
        if case .community(let id, _)? = item { state.directory.select(id) }
        return [.loadDirectory]
    }

    /// Keys on a question card: another question, write something down with it in mind, or close.
    static func handlePrompts(_ index: Int, command: Command?, state: inout AppState) {
        let count = StrengthPrompts.all.count
        switch command {
        case .nextItem: state.modals[state.modals.count - 1] = .prompts((index + 1) % count)
        case .previousItem: state.modals[state.modals.count - 1] = .prompts((index + count - 1) % count)
        case .add:
            state.modals.removeLast()
            let prompt = StrengthPrompts.all[index % count]
            state.modals.append(.form(AssetForm.make(owner: .person, intro: prompt.question, area: prompt.area)))
        case .cancel: state.modals.removeLast()
        case .help: state.showHelp()
        case nil, .back, .privacy, .nextSection, .previousSection, .section, .up, .down, .left, .right, .pageUp,
             .pageDown, .first, .last, .open, .edit, .delete, .undo, .redo, .search, .inwards, .outwards, .toggleView,
             .snapshot, .compare, .clockwise, .anticlockwise, .knows, .communityDirectory, .link, .putOnMap,
             .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan, .steppingBack, .prompts, .export,
             .settings, .syncTeam, .save, .no, .nextField, .previousField, .answer, .skip, .previousQuestion,
             .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText, .startGroup, .review,
             .addToDirectory, .ideasNearby, .notForMe: break
        }
    }
}
