import AssetMapCore
import AssetMapUI
import FoundationEssentials

/// Carries out a group session's effects: keeps it saved after every change, puts what a member chose into their
/// plan through the plan store and the plan's own actions, and writes the take-home sheets.
final class GroupKeeper {
    private let store: PlanStore
    private let groups: GroupStore
    private var open: OpenGroup?
    private var lastSaved: GroupSession?

    init(store: PlanStore) {
        self.store = store
        groups = GroupStore(folder: store.folder, codec: store.codec)
    }

    /// Saves a new group and holds it. Without a worker's name, the keyworker most of its members' plans name is used.
    func start(_ session: GroupSession, now: Date) throws(StorageError) -> GroupSession {
        var session = session
        if session.worker == nil { session.worker = keyworker(of: session.members.compactMap(\.planID)) }
        open?.close()
        open = try groups.create(session, now: now)
        lastSaved = session
        return session
    }

    /// Saves the group if it changed since it was last saved; the sentence says why when it could not be.
    func saveIfChanged(_ session: GroupSession?) -> String? {
        guard let session, let open, session != lastSaved else { return nil }
        do {
            try groups.save(session, in: open)
            lastSaved = session
            return nil
        } catch {
            return "The group is not saved yet: \(error.message) What is on screen is kept and saved when it can be."
        }
    }

    /// Saves and lets go of the group; the sentence says why when it could not be saved (it is then kept).
    func close(_ session: GroupSession?) -> String? {
        if let problem = saveIfChanged(session) { return problem }
        open?.close()
        open = nil
        lastSaved = nil
        return nil
    }

    enum Delivery {
        case sent(planID: String)
        case notSent(String)
    }

    /// Puts what a member chose into their plan, or into a plan started for them, with who wrote it marked as the
    /// person; all of it is saved at once or none of it.
    func deliver(_ delivery: GroupDelivery, directory: CommunityDirectory, env: AssetMapUI.Environment) -> Delivery {
        do {
            let opened: OpenPlan
            if let planID = delivery.planID {
                opened = try store.open(id: planID, now: env.now())
            } else {
                opened = try store.create(
                    Plan(
                        id: env.newID(), person: Person(name: delivery.name),
                        createdAt: Timestamp.wholeSeconds(env.now())),
                    now: env.now())
            }
            defer { opened.close() }
            if opened.readOnly != nil {
                return .notSent(
                    "\(delivery.name)'s plan cannot be changed just now (it is open in another assetmap, or from a newer one). "
                        + "Nothing was put in; close it there and press Enter again.")
            }
            var editor = PlanEditor(plan: opened.plan)
            editor.writing = .person
            for action in GroupReview.actions(
                for: delivery.chosen, plan: editor.plan, directory: directory, newID: env.newID)
            {
                try editor.apply(action, now: env.now(), today: env.today)
            }
            if editor.plan != opened.plan { try store.save(editor.plan, in: opened) }
            return .sent(planID: opened.plan.id)
        } catch let error as StorageError {
            return .notSent(
                "Nothing was put into \(delivery.name)'s plan: \(error.message.lowercasingFirst) Try again in a moment."
            )
        } catch {
            return .notSent(
                "Nothing was put into \(delivery.name)'s plan: \((error as? EditRejection)?.message ?? "it could not be changed.")"
            )
        }
    }

    /// Writes the group's sheet and one for each member, never over another file; says where they went.
    func writeSheets(
        _ request: GroupSheetsRequest, session: GroupSession, directory: CommunityDirectory, made: CalendarDay,
        in workingFolder: URL
    ) throws(StorageError) -> String {
        let sheets =
            [("group", GroupSheet.group(session, directory: directory, made: made), "the group's")]
            + session.members.enumerated().map { index, member in
                (
                    "\(index + 1)", GroupSheet.member(member, of: session, directory: directory, made: made),
                    "\(member.name)'s"
                )
            }
        var written: [String] = []
        var folder = ""
        for (ending, sheet, whose) in sheets {
            let text = request.format == .html ? sheet.html() : sheet.markdown()
            let url = FreeName.for("\(request.path)-\(ending).\(request.format.fileEnding)", in: workingFolder)
            try DurableFile.write(Data(text.utf8), to: url)
            folder = url.deletingLastPathComponent().path
            written.append("\(url.lastPathComponent) (\(whose))")
        }
        return "Saved \(written.count) sheets in \(folder): \(written.joined(separator: ", "))."
            + ExportNotice.warning(encryptedFolder: store.codec.isEncrypted, several: true)
    }

    private func keyworker(of planIDs: [String]) -> String? {
        let names = planIDs.compactMap { id in
            (try? store.fileURL(forID: id)).flatMap { try? store.read($0) }?.person.keyworker?.nonEmpty
        }
        let counts = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}

extension String {
    /// For a sentence put inside another one: "The folder …" becomes "the folder …".
    var lowercasingFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
