/// Applies a `PlanAction` to a plan, or rejects it and leaves the plan as it was.
public enum PlanReducer {
    public static func reduce(_ plan: inout Plan, _ action: PlanAction) throws(EditRejection) {
        var draft = plan
        switch action {
        case .setPerson(let person):
            guard person.name.nonEmpty != nil else { throw EditRejection("Please type a name.") }
            draft.person = person
        case .setGoodLife(let text):
            draft.goodLife = text
        case .setConsent(let consent):
            draft.consent = consent
        case .handOver(let worker, let day, let noteID):
            let name = worker.trimmed
            try requireText(name, "Please type the name of the worker taking the plan on.")
            guard name != draft.person.keyworker?.trimmed else {
                throw EditRejection("That worker is the keyworker already.")
            }
            let before = draft.person.keyworker?.trimmed.nonEmpty
            draft.person.keyworker = name
            // A first keyworker is simply written down; a change of keyworker is a handover, kept as a note.
            if let before {
                try draft.notes.insertNew(Note(id: noteID, date: day, text: "Handed over from \(before) to \(name)."))
            }
        case .addConnection, .updateConnection, .deleteConnection, .moveConnectionRing, .reorderConnection,
            .placeConnection, .setLinks:
            try reduceNetwork(&draft, action)
        case .addAsset, .updateAsset, .deleteAsset, .reorderAsset, .linkCommunity, .unlinkCommunity,
            .reorderCommunityLink, .notForMe:
            try reduceStrengths(&draft, action)
        case .addGoal, .editGoal, .deleteGoal, .reorderGoal, .addStep, .updateStep, .deleteStep, .reorderStep,
            .setStepStatus, .addBarrier, .updateBarrier, .deleteBarrier, .setRiskPlan:
            try reduceGoals(&draft, action)
        case .addStage, .updateStage, .deleteStage, .reorderStage:
            try reduceSteppingBack(&draft, action)
        case .addCheck, .updateCheck, .deleteCheck, .addNote, .updateNote, .deleteNote, .addSnapshot, .deleteSnapshot:
            try reduceWellbeing(&draft, action)
        }
        plan = draft
    }

    static func requireText(_ text: String, _ message: String) throws(EditRejection) {
        guard text.nonEmpty != nil else { throw EditRejection(message) }
    }
}

extension Array where Element: Identifiable, Element.ID == String {
    func index(of id: String) throws(EditRejection) -> Int {
        guard let index = firstIndex(where: { $0.id == id }) else {
            throw EditRejection("That item is no longer there.")
        }
        return index
    }

    mutating func insertNew(_ element: Element) throws(EditRejection) {
        guard !contains(where: { $0.id == element.id }) else { throw EditRejection("That item is already there.") }
        append(element)
    }

    mutating func replace(_ element: Element) throws(EditRejection) {
        self[try index(of: element.id)] = element
    }

    mutating func remove(id: String) throws(EditRejection) {
        remove(at: try index(of: id))
    }

    /// Moves an element up or down the list; a move past either end stops at the end.
    mutating func shift(id: String, by offset: Int) throws(EditRejection) {
        let from = try index(of: id)
        let to = Swift.min(Swift.max(from + offset, 0), count - 1)
        guard to != from else {
            throw EditRejection(offset < 0 ? "It is already at the top." : "It is already at the bottom.")
        }
        insert(remove(at: from), at: to)
    }
}
