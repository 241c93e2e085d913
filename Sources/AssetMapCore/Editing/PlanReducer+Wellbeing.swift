extension PlanReducer {
    static func reduceWellbeing(_ plan: inout Plan, _ action: PlanAction) throws(EditRejection) {
        switch action {
        case .addCheck(let check):
            try plan.checks.insertNew(try validated(check))
        case .updateCheck(let check):
            try plan.checks.replace(try validated(check))
        case .deleteCheck(let id):
            try plan.checks.remove(id: id)
        case .addNote(let note):
            try requireText(note.text, "Please type the note.")
            try plan.notes.insertNew(note)
        case .updateNote(let note):
            try requireText(note.text, "Please type the note.")
            try plan.notes.replace(note)
        case .deleteNote(let id):
            try plan.notes.remove(id: id)
        case .addSnapshot(let snapshot):
            var clean = snapshot
            clean.label = snapshot.label.trimmed
            try plan.snapshots.insertNew(clean)
        case .deleteSnapshot(let id):
            try plan.snapshots.remove(id: id)
        default:
            preconditionFailure("not a wellbeing action")
        }
    }

    private static func validated(_ check: WellbeingCheck) throws(EditRejection) -> WellbeingCheck {
        guard check.answers.count == WellbeingCheck.itemCount else {
            throw EditRejection("A wellbeing check has 12 questions.")
        }
        guard check.answers.allSatisfy({ $0.map(WellbeingCheck.answerRange.contains) ?? true }) else {
            throw EditRejection("Each answer is from 0 to 4.")
        }
        return check
    }
}
