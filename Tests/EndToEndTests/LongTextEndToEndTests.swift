import AssetMapCore
import Foundation
import TestSupport
import Testing

/// Text longer than can be typed in one go is never cut when it is opened, changed or saved, and a paste that
/// does not fit says so on screen.
@Suite(.serialized) struct LongTextEndToEndTests {
    let folder = EndToEndFolder()
    let planID = "00000000-0000-4000-8000-00000000104e"

    var planURL: URL { URL(fileURLWithPath: folder.dataDir + "/plans/\(planID).json") }

    func savedNotes() throws -> [String] {
        try PlanJSON.decode(Plan.self, from: Data(contentsOf: planURL)).notes.map(\.text)
    }

    @Test func aNoteOf34907CharactersEditedAndSavedStaysWhole() throws {
        let longNote = String(repeating: "Talked about the allotment. ", count: 1_246) + "Finally END-OF-NOTE"
        #expect(longNote.count == 34_907)
        try FileManager.default.createDirectory(atPath: folder.dataDir + "/plans", withIntermediateDirectories: true)
        var plan = Samples.plan(name: "Long Note", id: planID)
        plan.notes = [Note(id: "n1", date: Samples.day("2026-01-02"), text: longNote)]
        try PlanJSON.encode(plan).write(to: planURL)

        let session = try folder.startOnOverview(["open", planID])
        try session.press("6")
        try session.waitFor("Talked about the allotment")
        try session.press("e")
        try session.waitFor("Change the note")
        try session.press("Tab")
        try session.press("C-s")
        try session.waitUntil("the form closed") { !$0.joined().contains("Change the note") }
        try session.press("q")
        try session.waitFor("Caseload")
        #expect(try savedNotes() == [longNote], "opened, saved and closed: not a character cut")

        try session.press("Enter")
        try session.waitFor("[1 Overview]")
        try session.press("6", "e")
        try session.waitFor("Change the note")
        try session.press("Tab")
        try session.type(" ADDED")
        try session.press("C-s")
        try session.waitUntil("the form closed") { !$0.joined().contains("Change the note") }
        try session.press("q")
        try session.waitFor("Caseload")
        #expect(try savedNotes() == [longNote + " ADDED"], "a long note can be added to as well")
        try session.press("q")
        #expect(session.waitForExit())
    }

    @Test func aPasteTooLongForAFieldSaysItWasCut() throws {
        let session = try folder.start()
        try session.waitFor("Caseload")
        try session.press("a")
        try session.waitFor("Start a plan")
        try session.paste(String(repeating: "Ann ", count: 250))
        try session.waitFor("Only 300 of the 1,000 characters fitted here")
        try session.press("Escape")
        try session.waitFor("Throw away")
        try session.press("y")
        try session.press("q")
        #expect(session.waitForExit())
    }
}
