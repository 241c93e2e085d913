import AssetMapCore
import Foundation
import TestSupport
import Testing

/// A hang-up while a form holds something that cannot be saved as it is: what was typed is kept and the plan
/// says what was put back when it is next opened; when something typed cannot be kept, the exit is not 0.
@Suite(.serialized) struct HangUpEndToEndTests {
    let folder = EndToEndFolder()
    let planID = "00000000-0000-4000-8000-0000000040b5"

    var planURL: URL { URL(fileURLWithPath: folder.dataDir + "/plans/\(planID).json") }

    func savedPlan() throws -> Plan {
        try PlanJSON.decode(Plan.self, from: Data(contentsOf: planURL))
    }

    func startOnANewNote() throws -> TmuxSession {
        try FileManager.default.createDirectory(atPath: folder.dataDir + "/plans", withIntermediateDirectories: true)
        try PlanJSON.encode(Samples.plan(name: "Hana Hangup", id: planID)).write(to: planURL)
        let session = try folder.startOnOverview(["open", planID])
        try session.press("6", "a")
        try session.waitFor("A note")
        try session.press("BTab", "C-u")
        return session
    }

    @Test func aNoteWithADateThatCannotBeReadIsKeptOnAHangUpAndThePlanSaysSoNextTime() throws {
        let session = try startOnANewNote()
        try session.type("tomorow")
        try session.press("Tab")
        try session.type("HUP4-NOTE notes with a typo in the date")
        try session.press("C-s")
        try session.waitFor("That date could not be read")
        kill(try session.processID, SIGHUP)
        #expect(session.waitForExit())
        #expect(session.exitStatus == 0)
        let plan = try savedPlan()
        #expect(plan.notes.map(\.text) == ["HUP4-NOTE notes with a typo in the date"])
        #expect(plan.openingNotice?.contains("“tomorow”") == true)

        let again = try folder.start(["open", planID])
        try again.waitFor("Kept when assetmap stopped")
        try again.waitFor("tomorow")
        try again.press("Enter")
        try again.waitUntil("the notice closed") { !$0.joined().contains("Kept when assetmap stopped") }
        try again.press("q")
        try again.waitFor("Caseload")
        #expect(try savedPlan().openingNotice == nil, "said once")
        try again.press("q")
        #expect(again.waitForExit())
    }

    @Test func aFormThatCannotBeSavedAtAllOnAHangUpEndsWithAnExitThatIsNotZero() throws {
        let session = try startOnANewNote()
        try session.type("yesterday")
        kill(try session.processID, SIGHUP)
        #expect(session.waitForExit())
        #expect(session.exitStatus == 1)
        let said = try session.history().replacingOccurrences(of: "\n", with: "")
        #expect(
            said.contains(
                "assetmap: A form could not be saved (Please type the note.), so what was typed in it could not be kept."
            ))
        #expect(try savedPlan().notes.isEmpty)
    }
}
