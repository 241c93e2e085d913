import AssetMapCore

/// Keys in the community directory: finding, adding, changing, deleting, undoing, and, when a plan is open,
/// linking an entry to it or putting it on its map.
enum DirectoryReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) -> [Effect] {
        if state.directory.search != nil, let effects = search(key, command: command, state: &state) { return effects }
        let entry = state.directory.selectedEntry
        switch command {
        case .up, .down, .pageUp, .pageDown, .first, .last:
            state.directory.selection = ListView.move(
                state.directory.selection, by: command!, count: state.directory.shown.count, page: 10)
        case .back, .cancel:
            state.screen = state.plan == nil ? .caseload : .plan
            state.directory.search = nil
            state.directory.showsDetails = false
        case .open:
            state.directory.showsDetails.toggle()
        case .search:
            state.directory.search = TextFieldState()
        case .add:
            state.modals.append(
                .form(DirectoryEntryForm.make(nil, today: env.today, addedBy: state.plan?.plan.person.keyworker)))
        case .edit:
            if let entry { state.modals.append(.form(DirectoryEntryForm.make(entry, today: env.today, addedBy: nil))) }
        case .delete:
            if let entry { askToDelete(entry, state: &state) }
        case .undo:
            guard let undo = state.directory.undo.popLast() else {
                state.status = .info("There is nothing to undo here.")
                return []
            }
            return [.changeDirectory(undo, undo: nil)]
        case .link:
            if let entry { link(entry, state: &state, env: env) }
        case .putOnMap:
            if let entry { return putOnMap(entry, state: &state, env: env) }
        case nil, .help, .privacy, .nextSection, .previousSection, .section, .left, .right, .nextItem, .previousItem,
            .redo, .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise, .anticlockwise, .knows,
            .communityDirectory, .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan, .steppingBack,
            .prompts, .export, .settings, .syncTeam, .save, .no, .nextField, .previousField, .answer, .skip,
            .previousQuestion, .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText,
            .startGroup, .review, .addToDirectory, .ideasNearby, .notForMe:
            break
        }
        return []
    }

    /// Typing while finding; returns nil when the key is not for the search box.
    private static func search(_ key: Key, command: Command?, state: inout AppState) -> [Effect]? {
        switch command {
        case .cancel:
            state.directory.search = nil
            state.directory.applySearch()
            return []
        case .open:
            state.directory.search = nil
            state.directory.applySearch()
            state.directory.showsDetails = true
            return []
        case .up, .down:
            return nil
        default:
            guard var search = state.directory.search, search.handle(key, wrapWidth: 40) else { return [] }
            state.directory.search = search
            state.directory.applySearch()
            return []
        }
    }

    /// Says how many plans use the entry (a count only: no other person's name appears here) and asks.
    private static func askToDelete(_ entry: CommunityAsset, state: inout AppState) {
        let openID = state.plan?.plan.id
        let others = state.caseload.rows.compactMap(\.summary).filter {
            $0.id != openID && $0.communityLinks.contains(entry.id)
        }.count
        let open = state.plan?.plan.communityLinks.contains(entry.id) == true ? 1 : 0
        let users = others + open
        let use =
            users == 0
            ? "No plan links to it."
            : users == 1
                ? "1 plan links to it; it will show there as deleted."
                : "\(users) plans link to it; they will show it as deleted."
        state.ask(
            "Delete from the directory",
            "Delete \(entry.name) from the directory for everyone? \(use) Press \(KeyMap.keyName(for: .undo, in: .directory)) to undo.",
            onYes: .effect(.changeDirectory(.delete(id: entry.id), undo: .add(entry))))
    }

    private static func link(_ entry: CommunityAsset, state: inout AppState, env: Environment) {
        guard let plan = state.plan?.plan else {
            state.status = .info("Open a plan first, then press c there, to link this to it.")
            return
        }
        let linked = plan.communityLinks.contains(entry.id)
        if state.apply(linked ? .unlinkCommunity(id: entry.id) : .linkCommunity(id: entry.id), env: env) {
            state.status = .info(linked ? "Unlinked from this plan." : "Linked: it now shows on this plan's Strengths.")
        }
    }

    /// Puts an entry on the open plan's map, ring 5 "could connect with", and links it, in one key.
    static func putOnMap(_ entry: CommunityAsset, state: inout AppState, env: Environment) -> [Effect] {
        guard state.plan != nil else {
            state.status = .info("Open a plan first, then press c there, to put this on its map.")
            return []
        }
        return state.carryOut([.putOnMap(entry)], env: env)
    }

    /// Saving a place, group or service; one added is selected once the directory has it.
    static func submit(_ form: DirectoryEntryForm, state: inout AppState, env: Environment) throws(FormProblem)
        -> [Effect]
    {
        let change = try form.change(directory: state.directory.directory, env: env)
        if case .add(let entry) = change.action { state.directory.pendingSelection = entry.id }
        return [.changeDirectory(change.action, undo: change.undo)]
    }
}
