import AssetMapCore

/// Adding or changing a place, group or service in the community directory.
public struct DirectoryEntryForm: TypedForm {
    /// The entry being changed; nil for a new one.
    var entryID: String?
    var name: FormField
    var what: FormField
    var location: FormField
    var times: FormField
    var cost: FormField
    var travel: FormField
    var access: FormField
    var contact: FormField
    var tags: FormField
    var addedBy: FormField
    var checkedOn: FormField

    var order: [WritableKeyPath<DirectoryEntryForm, FormField>] {
        [\.name, \.what, \.location, \.times, \.cost, \.travel, \.access, \.contact, \.tags, \.addedBy, \.checkedOn]
    }

    init(_ entry: CommunityAsset?, today: CalendarDay, addedBy: String?) {
        entryID = entry?.id
        name = .text(label: "Name", entry?.name ?? "")
        what = .text(
            label: "What it is", entry?.what ?? "", note: "A sentence on what happens there or what it offers.")
        location = .text(label: "Where", entry?.where ?? "")
        times = .text(label: "When", entry?.when ?? "", note: "For example: Tuesdays 10am to 12.")
        cost = .text(label: "Cost", entry?.cost ?? "", note: "For example: free, or £2 a session.")
        travel = .text(label: "How to get there", entry?.travel ?? "")
        access = .text(label: "Accessibility", entry?.access ?? "", note: "Step-free? Quiet room? Hearing loop?")
        contact = .text(label: "Contact", entry?.contact ?? "")
        tags = .text(
            label: "Tags", entry?.tags.joined(separator: ", ") ?? "", note: "Words to find it by, with commas between.")
        self.addedBy = .text(label: "Added by", entry?.addedBy ?? addedBy ?? "")
        checkedOn = .date(label: "Last checked", entry?.checkedOn ?? (entry == nil ? today : nil), meaning: .happened)
    }

    static func make(_ entry: CommunityAsset?, today: CalendarDay, addedBy: String?) -> FormState {
        FormState(
            title: entry.map { "Change \($0.name)" } ?? "Add a place, group or service",
            content: DirectoryEntryForm(entry, today: today, addedBy: addedBy))
    }

    func change(directory: CommunityDirectory, env: Environment) throws(FormProblem) -> (
        action: DirectoryAction, undo: DirectoryAction
    ) {
        let typedName = try required(\.name, "Please type its name.")
        var entry = CommunityAsset(id: env.newID(), name: typedName, what: "")
        var existing: CommunityAsset?
        if let entryID, let found = directory.entry(entryID) {
            entry = found
            existing = found
        }
        entry.name = typedName
        entry.what = what.typed
        entry.where = location.typed.nonEmpty
        entry.when = times.typed.nonEmpty
        entry.cost = cost.typed.nonEmpty
        entry.travel = travel.typed.nonEmpty
        entry.access = access.typed.nonEmpty
        entry.contact = contact.typed.nonEmpty
        entry.tags = tags.typed.split(separator: ",").compactMap { String($0).nonEmpty }
        entry.addedBy = addedBy.typed.nonEmpty
        entry.checkedOn = try day(\.checkedOn, today: env.today, meaning: .happened)
        if let existing { return (.update(entry), .update(existing)) }
        return (.add(entry), .delete(id: entry.id))
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try DirectoryReducer.submit(self, state: &state, env: env)
    }
}
