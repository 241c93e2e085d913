import AssetMapCore
import Foundation
import TestSupport
import Testing

/// Who is writing, and the day a step or goal was done, are left on the entries a change touches.
@Suite struct EntryStampsTests {
    let now = Samples.later
    let today = Samples.day("2026-03-04")

    func editor() -> PlanEditor {
        PlanEditor(plan: Samples.fullPlan())
    }

    @Test func everyEntryAddedOrChangedIsMarkedWithWhoIsWriting() throws {
        var editor = editor()
        editor.writing = .together
        try editor.apply(.addConnection(Samples.connection("c9", "Kez", ring: 2)), now: now)
        try editor.apply(.moveConnectionRing(id: "c2", inwards: true), now: now)
        try editor.apply(.addAsset(Asset(id: "a9", owner: .person, kind: .skill, text: "Baking")), now: now)
        try editor.apply(.addStep(goalID: "g1", Step(id: "s9", text: "Ring the bus company")), now: now)
        try editor.apply(.addBarrier(goalID: "g1", Barrier(id: "b9", text: "Money")), now: now)
        try editor.apply(.addNote(Note(id: "n9", date: today, text: "We met")), now: now)
        try editor.apply(.addCheck(WellbeingCheck(id: "w9", date: today)), now: now)
        editor.writing = .person
        try editor.apply(
            .updateCheck(WellbeingCheck(id: "w9", date: today, answers: [3] + Array(repeating: nil, count: 11))),
            now: now)
        let plan = editor.plan
        #expect(plan.network.map(\.by) == [nil, .together, nil, nil, .together])
        #expect(plan.assets.last?.by == .together && plan.assets[0].by == nil)
        #expect(plan.goals[0].steps.map(\.by) == [nil, nil, .together])
        #expect(plan.goals[0].barriers.map(\.by) == [nil, .together])
        #expect(plan.notes.last?.by == .together)
        #expect(plan.checks.last?.by == .person)
        editor.undo(now: now)
        #expect(editor.plan.checks.last?.by == .together)
    }

    @Test func withNoOneChosenAChangeKeepsWhoWroteItEvenFromAFormThatDoesNotKnow() throws {
        var plan = Samples.fullPlan()
        plan.notes[0].by = .worker
        plan.goals[0].barriers[0].by = .person
        var editor = PlanEditor(plan: plan)
        try editor.apply(.updateNote(Note(id: "n1", date: today, text: "Changed")), now: now)
        try editor.apply(.updateBarrier(goalID: "g1", Barrier(id: "b1", text: "Changed")), now: now)
        #expect(editor.plan.notes[0].by == .worker)
        #expect(editor.plan.goals[0].barriers[0].by == .person)
        try editor.apply(.addNote(Note(id: "n2", date: today, text: "New")), now: now)
        #expect(editor.plan.notes[1].by == nil)
    }

    @Test func aStepOrGoalMarkedDoneGetsTheDayAndLosesItWhenUndone() throws {
        var editor = editor()
        try editor.apply(.setStepStatus(goalID: "g1", stepID: "s2", .done), now: now, today: today)
        #expect(editor.plan.goals[0].steps[1].doneOn == today)
        // Already done before days were recorded: changing its words does not invent a day.
        try editor.apply(
            .updateStep(goalID: "g1", Step(id: "s1", text: "Find the times", status: .done)), now: now, today: today)
        #expect(editor.plan.goals[0].steps[0].doneOn == nil)
        var step = editor.plan.goals[0].steps[1]
        step.text = "Go twice with Aoife"
        try editor.apply(.updateStep(goalID: "g1", step), now: now, today: Samples.day("2026-05-05"))
        #expect(editor.plan.goals[0].steps[1].doneOn == today)
        try editor.apply(.editGoal(id: "g1", title: "Walk", why: nil, status: .done), now: now, today: today)
        #expect(editor.plan.goals[0].doneOn == today)
        try editor.apply(.setStepStatus(goalID: "g1", stepID: "s2", .doing), now: now, today: today)
        try editor.apply(.editGoal(id: "g1", title: "Walk", why: nil, status: .active), now: now, today: today)
        #expect(editor.plan.goals[0].steps[1].doneOn == nil && editor.plan.goals[0].doneOn == nil)
    }

    @Test func whoWroteItAndTheDayDoneAreKeptThroughSaveImportAndEveryExport() throws {
        var plan = Samples.fullPlan()
        plan.network[0].by = .together
        plan.assets[0].by = .person
        plan.goals[0].steps[0].by = .worker
        plan.goals[0].steps[0].doneOn = Samples.day("2026-01-20")
        plan.goals[0].status = .done
        plan.goals[0].doneOn = Samples.day("2026-02-20")
        plan.goals[0].barriers[0].by = .person
        plan.checks[0].by = .together
        plan.notes[0].by = .worker
        let folder = TemporaryFolder("stamps")
        let store = PlanStore(folder: DataFolder(root: folder.url))
        let saved = try store.read(try store.add(plan))
        #expect(saved == plan)
        let imported = try PlanImporter.read(try PlanJSON.encode(saved))
        #expect(imported == plan)
        let text = String(decoding: try PlanJSON.encode(plan), as: UTF8.self)
        #expect(text.contains(#""doneOn" : "2026-01-20""#) && text.contains(#""doneOn" : "2026-02-20""#))
        let made = Samples.day("2026-03-01")
        for format in [ExportFormat.md, .html] {
            let copy = try Exporter.render(plan, as: format, directory: CommunityDirectory(), made: made)
            #expect(copy.contains("Listens; I give: I help with her garden; written together"), "\(format)")
            #expect(
                copy.contains("Good at fixing bikes (skill, work and learning, written by me)")
                    || copy.contains("written by me)</span>"),
                "\(format)")
            #expect(copy.contains("· written by my worker"), "\(format)")
            #expect(copy.contains("A bus pass — written by me"), "\(format)")
            #expect(copy.contains("5 Jan 2026, written together"), "\(format)")
        }
        let people = try Exporter.render(plan, as: .csv, directory: CommunityDirectory(), made: made)
        #expect(people.hasPrefix("\u{FEFF}name,ring,kind,feeling,gives,receives,by,knows\r\n"))
        #expect(people.contains(",together,\r\n"))
        let checks = try Exporter.render(plan, as: .csv, rows: .checks, directory: CommunityDirectory(), made: made)
        #expect(checks.contains(",complete,by\r\n") && checks.contains(",yes,together\r\n"))
    }
}
