import AssetMapCore

/// Adding or changing a place, group or service in the community directory.
enum DirectoryEntryForm {
    static func make(_ entry: CommunityAsset?, today: CalendarDay, addedBy: String?) -> FormState {
        FormState(title: entry == nil ? "Add a place, group or service" : "Change \(entry!.name)", fields: [
            .text("name", "Name", entry?.name ?? ""),
            .text("what", "What it is", entry?.what ?? "", note: "A sentence on what happens there or what it offers."),
            .text("where", "Where", entry?.where ?? ""),
            .text("when", "When", entry?.when ?? "", note: "For example: Tuesdays 10am to 12."),
            .text("cost", "Cost", entry?.cost ?? "", note: "For example: free, or £2 a session."),
            .text("travel", "How to get there", entry?.travel ?? ""),
            .text("access", "Accessibility", entry?.access ?? "", note: "Step-free? Quiet room? Hearing loop?"),
            .text("contact", "Contact", entry?.contact ?? ""),
            .text("tags", "Tags", entry?.tags.joined(separator: ", ") ?? "", note: "Words to find it by, with commas between."),
            .text("addedBy", "Added by", entry?.addedBy ?? addedBy ?? ""),
            .date("checkedOn", "Last checked", entry?.checkedOn ?? (entry == nil ? today : nil), meaning: .happened),
        ], purpose: entry.map { .editDirectoryEntry(id: $0.id) } ?? .addDirectoryEntry)
    }

    static func change(from form: FormState, directory: CommunityDirectory, env: Environment) throws(FormProblem)
        -> (action: DirectoryAction, undo: DirectoryAction) {
        let name = try form.required("name", "Please type its name.")
        var entry = CommunityAsset(id: env.newID(), name: name, what: "")
        var existing: CommunityAsset?
        if case .editDirectoryEntry(let id) = form.purpose, let found = directory.entry(id) {
            entry = found
            existing = found
        }
        entry.name = name
        entry.what = form.text("what")
        entry.where = form.text("where").nonEmpty
        entry.when = form.text("when").nonEmpty
        entry.cost = form.text("cost").nonEmpty
        entry.travel = form.text("travel").nonEmpty
        entry.access = form.text("access").nonEmpty
        entry.contact = form.text("contact").nonEmpty
        entry.tags = form.text("tags").split(separator: ",").compactMap { String($0).nonEmpty }
        entry.addedBy = form.text("addedBy").nonEmpty
        entry.checkedOn = try form.day("checkedOn", today: env.today, meaning: .happened)
        if let existing { return (.update(entry), .update(existing)) }
        return (.add(entry), .delete(id: entry.id))
    }
}
