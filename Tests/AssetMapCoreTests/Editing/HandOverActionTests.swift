import AssetMapCore
import TestSupport
import Testing

@Suite struct HandOverActionTests {
    @Test func handingOverSetsTheKeyworkerAndNotesWhoHadThePlan() throws {
        var plan = Samples.fullPlan()
        try PlanReducer.reduce(&plan, .handOver(to: " Ife Adeyemi ", on: Samples.day("2026-01-02"), noteID: "h1"))
        var expected = Samples.fullPlan()
        expected.person.keyworker = "Ife Adeyemi"
        expected.notes.append(
            Note(id: "h1", date: Samples.day("2026-01-02"), text: "Handed over from Sam Okafor to Ife Adeyemi."))
        #expect(plan == expected)
    }

    @Test func aFirstKeyworkerIsWrittenDownWithoutANote() throws {
        var plan = Samples.plan()
        try PlanReducer.reduce(&plan, .handOver(to: "Ife", on: Samples.day("2026-01-02"), noteID: "h1"))
        #expect(plan.person.keyworker == "Ife")
        #expect(plan.notes.isEmpty)
    }

    @Test func anEmptyNameOrTheSameKeyworkerIsRefusedAndChangesNothing() {
        var plan = Samples.fullPlan()
        #expect(throws: EditRejection("Please type the name of the worker taking the plan on.")) {
            try PlanReducer.reduce(&plan, .handOver(to: "  ", on: Samples.day("2026-01-02"), noteID: "h1"))
        }
        #expect(throws: EditRejection("That worker is the keyworker already.")) {
            try PlanReducer.reduce(&plan, .handOver(to: "Sam Okafor", on: Samples.day("2026-01-02"), noteID: "h1"))
        }
        #expect(plan == Samples.fullPlan())
    }
}
