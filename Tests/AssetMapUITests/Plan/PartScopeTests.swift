import AssetMapCore
import Foundation
import TestSupport
import Testing

@testable import AssetMapUI

/// A part of a plan is given its own state and the plan's editor: what it needs beyond them it asks for, in order,
/// and selections are repaired once it is done.
@Suite struct PartScopeTests {
    let env = Environment(now: { Samples.later }, newID: { "new" }, timeZone: TimeZone(identifier: "UTC")!)

    func context(_ plan: Plan, readOnly: String? = nil) -> PartContext {
        PartContext(
            editor: PlanEditor(plan: plan), readOnly: readOnly, env: env,
            content: Rect(x: 1, y: 3, width: 78, height: 18),
            directory: CommunityDirectory())
    }

    @Test func aPartAsksForItsFormAndQuestionRatherThanOpeningThem() {
        let plan = Samples.fullPlan()
        var context = context(plan)
        var notes = NotesState()
        NotesReducer.handle(.add, notes: &notes, in: &context)
        NotesReducer.handle(.delete, notes: &notes, in: &context)
        #expect(
            context.requests == [
                .show(.form(NoteForm.make(nil, today: env.today))),
                .show(
                    .confirm(
                        Confirmation(
                            title: "Delete the note",
                            question: "Delete the note from 5 January 2026? Press u afterwards to undo.",
                            onYes: .edit(.deleteNote(id: "n1"))))),
            ])
        #expect(context.plan == plan, "asking changes nothing")
    }

    @Test func aReadOnlyPlanRefusesAChangeAndSaysWhy() {
        let plan = Samples.fullPlan()
        var context = context(plan, readOnly: "it is open in another window")
        let applied = context.apply(.setGoodLife("A garden"))
        #expect(!applied)
        #expect(context.plan == plan)
        #expect(context.requests == [.say(.warning("This plan can only be looked at: it is open in another window."))])
    }

    @Test func theSelectionOfEveryPartIsRepairedAfterTheChangeOnePartMade() throws {
        var plan = Samples.fullPlan()
        plan.notes.append(Note(id: "n2", date: Samples.day("2026-01-02"), text: "A phone call."))
        let driver = ScreenDriver(showing: plan, part: "2")
        driver.press(.character("d"), .character("y"))
        let after = try #require(driver.state.plan?.plan)
        #expect(!after.network.contains { $0.id == "c1" })
        #expect(
            driver.state.plan?.network.selectedID == NetworkList.order(after).first?.id,
            "the one now first, not the one gone")
        driver.press(.character("6"), .down, .character("d"), .character("y"))
        #expect(driver.state.plan?.plan.notes.map(\.id) == ["n1"])
        #expect(driver.state.plan?.notes.selection == 0, "the note left, not a row past the end")
    }

    @Test func aProblemWithAFieldPointsAtItsPlaceInTheForm() throws {
        let plan = Samples.fullPlan()
        var form = StepForm.make(nil, goalID: "g1", plan: plan)
        form.fields[0].setText("Ring the choir")
        form.fields[2].setText("someday")
        let step = try #require(form.content as? StepForm)
        #expect(
            throws: FormProblem(field: 2, "That date could not be read. Try Saturday, in 2 weeks, 31 Jan or 31/1/2027.")
        ) {
            try step.action(plan: plan, env: env)
        }
    }
}
