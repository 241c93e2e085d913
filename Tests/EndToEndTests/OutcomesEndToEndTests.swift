import AssetMapCore
import Foundation
import TestSupport
import Testing

/// The report from the caseload, a plan's timeline, and who is writing, in the real program.
@Suite(.serialized) struct OutcomesEndToEndTests {
    let folder = EndToEndFolder()

    func add(_ plans: [Plan]) throws {
        let store = PlanStore(folder: DataFolder(root: URL(fileURLWithPath: folder.dataDir)))
        for plan in plans { _ = try store.add(plan) }
    }

    @Test func rOnTheCaseloadShowsTheReportAndQGoesBack() throws {
        try add(Caseload.plans())
        let session = try folder.start()
        try session.waitFor("r Report")
        try session.press("r")
        let screen = try session.waitFor("Average change in the total")
        #expect(screen.joined().contains("Worked out over 5 people:"))
        #expect(screen.contains { $0.hasSuffix("+2.8") })
        for written in Caseload.everythingWritten(Caseload.plans()) { #expect(!screen.joined().contains(written)) }
        try session.press("End")
        try session.waitFor("Steps done")
        try session.press("q")
        try session.waitFor("6 plans")
    }

    @Test func tShowsTheTimelineOfThePlan() throws {
        var plan = Caseload.withHistory()
        plan.person.name = "Timeline Test"
        try add([plan])
        let session = try folder.startOnOverview(["open", "Timeline Test"], width: 100, height: 30)
        try session.press("t")
        let screen = try session.waitFor("What changed, and when")
        let text = screen.joined(separator: "\n")
        #expect(text.contains("5 January 2026     WELL12 total 24 out of 48"))
        #expect(text.contains("Map kept (Spring): 2 on it. Came in: Kez. Moved closer: Mum (ring 2 → 1)."))
        #expect(text.contains("Day not recorded   Step done: Buy boots"))
        try session.press("q")
        try session.waitFor("What would a good life look like")
    }

    @Test func wMarksWhatIsWrittenAndTheDetailsAndFileSaySo() throws {
        let session = try folder.start(["new", "Writer Test"])
        try session.waitFor("Who is writing? Press w")
        try session.press("w")
        try session.waitFor("Writing: together (press w)")
        try session.press("2")
        try session.fillIn(after: "a", form: "Add to the map", typing: "Kez", thenSee: "Kez")
        try session.press("Enter")
        try session.waitFor("Written together")
        #expect(folder.waitUntilSaved(#""by" : "together""#))
        try session.press("Escape", "w")
        try session.waitFor("Writing: Writer Test (press w)")
        try session.press("6")
        try session.fillIn(after: "a", form: "A note", typing: "We met at the library")
        try session.waitFor("written by Writer Test")
        #expect(folder.waitUntilSaved(#""by" : "person""#))
    }
}
