import AssetMapCore

/// Keys on the Strengths part: moving between and along the three lists, adding, changing, deleting,
/// reordering, the question cards, and opening the community directory.
enum StrengthsReducer {
    static func handle(_ command: Command?, strengths: inout StrengthsState, in context: inout PartContext) {
        let plan = context.plan
        let directory = context.directory
        let items = StrengthsItem.items(in: strengths.column, plan: plan, directory: directory)
        let selected = strengths.row < items.count ? items[strengths.row] : nil
        switch command {
        case .left, .right:
            let next = strengths.column.rawValue + (command == .right ? 1 : -1)
            strengths.column = StrengthsState.Column(rawValue: min(max(next, 0), 2)) ?? strengths.column
        case .up, .down, .pageUp, .pageDown, .first, .last:
            move(&strengths, by: command!, plan: plan, directory: directory)
        case .add:
            if let owner = strengths.column.owner {
                context.show(AssetForm.make(owner: owner))
            } else {
                context.request(.openDirectory(selecting: nil))
            }
        case .edit, .open:
            switch selected {
            case .asset(let asset)?: context.show(AssetForm.make(owner: asset.owner, asset: asset))
            case .community(let id, _)?: context.request(.openDirectory(selecting: id))
            case nil: break
            }
        case .delete:
            switch selected {
            case .asset(let asset)?:
                context.ask(
                    "Delete", "Delete “\(asset.text)”? " + KeyMap.undoAfterwards(),
                    onYes: .edit(.deleteAsset(id: asset.id)))
            case .community(let id, let entry)?:
                context.ask(
                    "Unlink", "Unlink \(entry?.name ?? "this entry") from this plan? It stays in the directory.",
                    onYes: .edit(.unlinkCommunity(id: id)))
            case nil: break
            }
        case .moveItemUp, .moveItemDown:
            reorder(selected, up: command == .moveItemUp, in: items, in: &context)
            strengths.row = min(max(0, strengths.row + (command == .moveItemUp ? -1 : 1)), max(0, items.count - 1))
        case .prompts:
            context.show(.prompts(0))
        case .communityDirectory:
            context.request(.openDirectory(selecting: nil))
        case .putOnMap:
            if case .community(_, let entry?)? = selected { context.request(.putOnMap(entry)) }
        case nil, .help, .back, .cancel, .privacy, .nextSection, .previousSection, .section, .nextItem, .previousItem,
            .undo, .redo, .search, .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise, .anticlockwise,
            .knows, .link, .toggleDone, .barriers, .riskPlan, .steppingBack, .export, .settings, .syncTeam, .save,
            .no, .nextField, .previousField, .answer, .skip, .previousQuestion, .earlierDate, .laterDate, .report,
            .timeline, .writing, .walkThrough, .editText, .startGroup, .review, .addToDirectory, .ideasNearby,
            .notForMe:
            break
        }
    }

    /// Saving a strength; a new one is selected in its own list. False when the plan did not take it.
    static func submit(_ form: AssetForm, strengths: inout StrengthsState, in context: inout PartContext)
        throws(FormProblem) -> Bool
    {
        let action = try form.action(plan: context.plan, env: context.env)
        guard context.apply(action) else { return false }
        if case .addAsset(let added) = action { strengths.selectLast(of: added.owner, in: context.plan) }
        return true
    }

    /// Up and down run through a list and on into the next one, as the lists read one after another.
    private static func move(
        _ strengths: inout StrengthsState, by command: Command, plan: Plan, directory: CommunityDirectory
    ) {
        let count = StrengthsItem.items(in: strengths.column, plan: plan, directory: directory).count
        if command == .up, strengths.row == 0, strengths.column != .person {
            strengths.column = StrengthsState.Column(rawValue: strengths.column.rawValue - 1)!
            strengths.row = max(
                0, StrengthsItem.items(in: strengths.column, plan: plan, directory: directory).count - 1)
        } else if command == .down, strengths.row >= count - 1, strengths.column != .community {
            strengths.column = StrengthsState.Column(rawValue: strengths.column.rawValue + 1)!
            strengths.row = 0
        } else {
            strengths.row = ListView.move(strengths.row, by: command, count: count, page: 5)
        }
    }

    /// Moves a strength past its neighbour in the same list (the plan keeps the person's and worker's together).
    private static func reorder(
        _ selected: StrengthsItem?, up: Bool, in items: [StrengthsItem], in context: inout PartContext
    ) {
        let plan = context.plan
        switch selected {
        case .asset(let asset)?:
            let mine = items.compactMap { if case .asset(let a) = $0 { return a } else { return nil } }
            guard let position = mine.firstIndex(of: asset), mine.indices.contains(position + (up ? -1 : 1)),
                let from = plan.assets.firstIndex(of: asset),
                let to = plan.assets.firstIndex(of: mine[position + (up ? -1 : 1)])
            else {
                context.say(.info(up ? "It is already at the top." : "It is already at the bottom."))
                return
            }
            context.apply(.reorderAsset(id: asset.id, by: to - from))
        case .community(let id, _)?:
            context.apply(.reorderCommunityLink(id: id, by: up ? -1 : 1))
        case nil:
            break
        }
    }
}
