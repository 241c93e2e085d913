import AssetMapCore

/// What saving one of a group's forms does.
public enum GroupFormPurpose: Equatable, Sendable {
    /// Starting a group with these members from the caseload; first names for the others are typed in the form.
    case start([GroupMember])
    /// An idea under a question: a new one, or the one with this id.
    case idea(promptID: String, ideaID: String?)
    /// A place the group named, going into the community directory.
    case place(ideaID: String)
    case sheets

    var usesStrengthsWording: Bool {
        if case .idea = self { return true }
        return false
    }
}

/// The forms of a group session: starting it, writing an idea down, adding a place to the directory, and the
/// take-home sheets.
enum GroupForms {
    static func start(_ chosen: [GroupMember]) -> FormState {
        let intro = chosen.isEmpty ? "Only what the group writes together will be on screen."
            : "From the caseload: \(chosen.map(\.name).joined(separator: ", ")). Only what the group writes together will be on screen."
        return FormState(title: "Start a group", fields: [
            .text("names", "Anyone without a plan yet?", note: "First names only, with commas between. Leave it empty if everyone has a plan."),
            .text("worker", "Your name", note: "Written as “added by” on places the group adds to the community directory."),
        ], purpose: .group(.start(chosen)), intro: intro)
    }

    static func idea(_ idea: GroupIdea?, under prompt: GroupPrompt, in session: GroupSession) -> FormState {
        let owners = ["The whole group"] + session.members.map(\.name)
        let owner = idea?.forMember.flatMap { id in session.members.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        let places = prompt.kind == .places
        return FormState(title: idea == nil ? (places ? "A place or group we like" : "An idea") : "Change the idea", fields: [
            .text("text", places ? "The place or group" : "The idea", idea?.text ?? "",
                  note: places ? "Its name, as people know it round here." : "In the words the group used."),
            .choice("for", "Whose is it?", owners, selected: owner, note: "For the whole group, or for one person (← → to choose)."),
        ], purpose: .group(.idea(promptID: prompt.id, ideaID: idea?.id)), intro: prompt.text)
    }

    static func place(_ idea: GroupIdea, worker: String?, today: CalendarDay) -> FormState {
        var form = DirectoryEntryForm.make(nil, today: today, addedBy: worker)
        form.setText("name", idea.text)
        form.purpose = .group(.place(ideaID: idea.id))
        form.intro = "For everyone using this data folder. It does not say who in the group named it."
        return form
    }

    static let sheetFormats: [(label: String, format: ExportFormat)] = [("A web page to print (HTML)", .html), ("Plain text (Markdown)", .md)]

    static func sheets(today: CalendarDay, folder: String?) -> FormState {
        FormState(title: "Take-home sheets", fields: [
            .choice("format", "Kind of sheet", sheetFormats.map(\.label), note: "← → to choose."),
            .text("file", "File names start with", "assetmap-group-\(today.iso)",
                  note: "Saved \(ExportForm.whereSaved(folder)): -group for the group's, -1, -2… for each person in turn."),
        ], purpose: .group(.sheets),
            intro: "One for each person (their own ideas and the group's places) and the group's own. Keep them safe.")
    }

    static func submit(_ purpose: GroupFormPurpose, form: FormState, state: inout AppState, env: Environment) throws(FormProblem) -> [Effect] {
        switch purpose {
        case .start(let chosen):
            let session = try startedSession(chosen, form: form, env: env)
            close(&state)
            return [.startGroup(session)]
        case .idea(let promptID, let ideaID):
            guard let session = state.group?.session else { return [] }
            let text = try form.required("text", "Please type the idea.")
            let owner = form.choice("for")
            let member = owner > 0 && owner <= session.members.count ? session.members[owner - 1].id : nil
            var idea = ideaID.flatMap { id in session.ideas.first { $0.id == id } }
                ?? GroupIdea(id: env.newID(), text: text, kind: .strength, promptID: promptID)
            let isNew = ideaID == nil
            idea.text = text
            idea.forMember = member
            if GroupReducer.apply(isNew ? .addIdea(idea) : .updateIdea(idea), state: &state, env: env) {
                close(&state)
                if isNew, let count = state.group?.ideasShown.count { state.group?.selection = count - 1 }
            }
            return []
        case .place(let ideaID):
            let change = try DirectoryEntryForm.change(from: form, directory: state.directory.directory, env: env)
            guard case .add(let entry) = change.action, GroupReducer.apply(.placeAdded(ideaID: ideaID, directoryID: entry.id), state: &state, env: env)
            else { return [] }
            close(&state)
            return [.changeDirectory(change.action, undo: change.undo)]
        case .sheets:
            var file = try form.required("file", "Please type how the file names start.")
            let format = sheetFormats[form.choice("format")].format
            if file.lowercased().hasSuffix("." + format.fileEnding) { file.removeLast(format.fileEnding.count + 1) }
            close(&state)
            return [.writeGroupSheets(GroupSheetsRequest(format: format, path: file))]
        }
    }

    /// The members chosen from the caseload and the first names typed, in a new session.
    private static func startedSession(_ chosen: [GroupMember], form: FormState, env: Environment) throws(FormProblem) -> GroupSession {
        let names = form.text("names").split(separator: ",").compactMap { String($0).nonEmpty }
        guard names.allSatisfy({ !$0.contains(where: \.isWhitespace) }) else {
            throw FormProblem(field: "names", "First names only, please, with commas between them.")
        }
        let members = chosen + names.map { GroupMember(id: env.newID(), name: $0) }
        guard !members.isEmpty else {
            throw FormProblem(field: "names", "Please type a first name, or press Esc and choose people from the caseload.")
        }
        return GroupSession(id: env.newID(), createdAt: Timestamp.wholeSeconds(env.now()), worker: form.text("worker").nonEmpty,
                            members: members)
    }

    private static func close(_ state: inout AppState) {
        if case .form? = state.modals.last { state.modals.removeLast() }
    }
}
