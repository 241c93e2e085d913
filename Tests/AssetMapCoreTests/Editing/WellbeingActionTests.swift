import AssetMapCore
import TestSupport
import Testing

@Suite struct WellbeingActionTests {
    let plan = Samples.plan()
    let check = WellbeingCheck(id: "w1", date: Samples.day("2026-01-05"))

    @Test func checksAreStartedAnsweredAndDeleted() {
        expectChange(plan, .addCheck(check)) { $0.checks = [check] }
        var started = plan
        started.checks = [check]
        var answered = check
        answered.answers[0] = 3
        expectChange(started, .updateCheck(answered)) { $0.checks = [answered] }
        expectChange(started, .deleteCheck(id: "w1")) { $0.checks = [] }
    }

    @Test func aCheckMustHaveTwelveAnswersFromZeroToFour() {
        expectRejection(
            plan, .addCheck(WellbeingCheck(id: "w", date: Samples.day("2026-01-05"), answers: [1])),
            "A wellbeing check has 12 questions.")
        var tooHigh = check
        tooHigh.answers[3] = 7
        expectRejection(plan, .addCheck(tooHigh), "Each answer is from 0 to 4.")
    }

    @Test func notesAreAddedChangedAndDeleted() {
        let note = Note(id: "n1", date: Samples.day("2026-01-05"), text: "Met at the library")
        expectChange(plan, .addNote(note)) { $0.notes = [note] }
        expectRejection(plan, .addNote(Note(id: "n2", date: note.date, text: "  ")), "Please type the note.")
        var noted = plan
        noted.notes = [note]
        let changed = Note(id: "n1", date: note.date, text: "Met at the café")
        expectChange(noted, .updateNote(changed)) { $0.notes = [changed] }
        expectChange(noted, .deleteNote(id: "n1")) { $0.notes = [] }
    }

    @Test func snapshotsKeepTheMapAsItWas() {
        let snapshot = Snapshot(
            id: "p1", date: Samples.day("2026-01-05"), label: " Start ",
            network: [Samples.connection("c", "Mum", ring: 1)])
        expectChange(plan, .addSnapshot(snapshot)) {
            var clean = snapshot
            clean.label = "Start"
            $0.snapshots = [clean]
        }
        var kept = plan
        kept.snapshots = [snapshot]
        expectChange(kept, .deleteSnapshot(id: "p1")) { $0.snapshots = [] }
    }
}
