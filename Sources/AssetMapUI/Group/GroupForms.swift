import AssetMapCore

/// The forms of a group session: starting it, writing an idea down, adding a place to the directory, and the
/// take-home sheets.
enum GroupForms {
    static func start(_ chosen: [GroupMember]) -> FormState {
        let intro =
            chosen.isEmpty
            ? "Only what the group writes together will be on screen."
            : "From the caseload: \(chosen.map(\.name).joined(separator: ", ")). Only what the group writes together will be on screen."
        return FormState(
            title: "Start a group",
            content: GroupStartForm(
                chosen: chosen,
                names: .text(
                    label: "Anyone without a plan yet?",
                    note: "First names only, with commas between. Leave it empty if everyone has a plan."),
                worker: .text(
                    label: "Your name",
                    note: "Written as “added by” on places the group adds to the community directory.")),
            intro: intro)
    }

    static func idea(_ idea: GroupIdea?, under prompt: GroupPrompt, in session: GroupSession) -> FormState {
        let owners = ["The whole group"] + session.members.map(\.name)
        let owner = idea?.forMember.flatMap { id in session.members.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        let places = prompt.kind == .places
        return FormState(
            title: idea == nil ? (places ? "A place or group we like" : "An idea") : "Change the idea",
            content: GroupIdeaForm(
                promptID: prompt.id, ideaID: idea?.id,
                text: .text(
                    label: places ? "The place or group" : "The idea", idea?.text ?? "",
                    note: places ? "Its name, as people know it round here." : "In the words the group used."),
                owner: .choice(
                    label: "Whose is it?", owners, selected: owner,
                    note: "For the whole group, or for one person (← → to choose).")),
            intro: prompt.text)
    }

    static func place(_ idea: GroupIdea, worker: String?, today: CalendarDay) -> FormState {
        var entry = DirectoryEntryForm(nil, today: today, addedBy: worker)
        entry.name.setText(idea.text)
        return FormState(
            title: "Add a place, group or service", content: GroupPlaceForm(ideaID: idea.id, entry: entry),
            intro: "For everyone using this data folder. It does not say who in the group named it.")
    }

    static func sheets(today: CalendarDay, folder: String?) -> FormState {
        FormState(
            title: "Take-home sheets",
            content: GroupSheetsForm(
                format: .choice(label: "Kind of sheet", GroupSheetsForm.formats.map(\.label), note: "← → to choose."),
                file: .text(
                    label: "File names start with", "assetmap-group-\(today.iso)",
                    note:
                        "Saved \(ExportForm.whereSaved(folder)): -group for the group's, -1, -2… for each person in turn."
                )),
            intro: "One for each person (their own ideas and the group's places) and the group's own. Keep them safe.")
    }
}

/// Starting a group with these members from the caseload; first names for the others are typed in the form.
struct GroupStartForm: TypedForm {
    var chosen: [GroupMember]
    var names: FormField
    var worker: FormField

    var order: [WritableKeyPath<GroupStartForm, FormField>] { [\.names, \.worker] }

    /// The members chosen from the caseload and the first names typed, in a new session.
    func session(env: Environment) throws(FormProblem) -> GroupSession {
        let typed = names.typed.split(separator: ",").compactMap { String($0).nonEmpty }
        guard typed.allSatisfy({ !$0.contains(where: \.isWhitespace) }) else {
            throw problem(\.names, "First names only, please, with commas between them.")
        }
        let members = chosen + typed.map { GroupMember(id: env.newID(), name: $0) }
        guard !members.isEmpty else {
            throw problem(\.names, "Please type a first name, or press Esc and choose people from the caseload.")
        }
        return GroupSession(
            id: env.newID(), createdAt: Timestamp.wholeSeconds(env.now()), worker: worker.typed.nonEmpty,
            members: members)
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        [.startGroup(try session(env: env))]
    }
}

/// An idea under a question, for the whole group or one person: a new one, or the one with `ideaID`.
struct GroupIdeaForm: TypedForm {
    var promptID: String
    var ideaID: String?
    var text: FormField
    var owner: FormField

    var order: [WritableKeyPath<GroupIdeaForm, FormField>] { [\.text, \.owner] }

    var usesStrengthsWording: Bool { true }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        guard let session = state.group?.session else { return nil }
        let words = try required(\.text, "Please type the idea.")
        let chosen = owner.chosen
        let member = chosen > 0 && chosen <= session.members.count ? session.members[chosen - 1].id : nil
        var idea =
            ideaID.flatMap { id in session.ideas.first { $0.id == id } }
            ?? GroupIdea(id: env.newID(), text: words, kind: .strength, promptID: promptID)
        idea.text = words
        idea.forMember = member
        guard GroupReducer.apply(ideaID == nil ? .addIdea(idea) : .updateIdea(idea), state: &state, env: env) else {
            return nil
        }
        if ideaID == nil, let count = state.group?.ideasShown.count { state.group?.selection = count - 1 }
        return []
    }
}

/// A place the group named, going into the community directory.
struct GroupPlaceForm: TypedForm {
    var ideaID: String
    var entry: DirectoryEntryForm

    var order: [WritableKeyPath<GroupPlaceForm, FormField>] {
        let inEntry: WritableKeyPath<GroupPlaceForm, DirectoryEntryForm> = \.entry
        return entry.order.map { inEntry.appending(path: $0) }
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        // The entry's fields are this form's fields in the same order, so a problem points at the same place.
        let change = try entry.change(directory: state.directory.directory, env: env)
        guard case .add(let added) = change.action,
            GroupReducer.apply(.placeAdded(ideaID: ideaID, directoryID: added.id), state: &state, env: env)
        else { return nil }
        return [.changeDirectory(change.action, undo: change.undo)]
    }
}

/// The take-home sheets: which kind, and how their file names start.
struct GroupSheetsForm: TypedForm {
    static let formats: [(label: String, format: ExportFormat)] = [
        ("A web page to print (HTML)", .html), ("Plain text (Markdown)", .md),
    ]

    var format: FormField
    var file: FormField

    var order: [WritableKeyPath<GroupSheetsForm, FormField>] { [\.format, \.file] }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        var name = try required(\.file, "Please type how the file names start.")
        let chosen = Self.formats[format.chosen].format
        if name.lowercased().hasSuffix("." + chosen.fileEnding) { name.removeLast(chosen.fileEnding.count + 1) }
        return [.writeGroupSheets(GroupSheetsRequest(format: chosen, path: name))]
    }
}
