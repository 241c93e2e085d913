import AssetMapCore
import Foundation
import TestSupport
import Testing

/// Another program changes the open plan's file while a word is being typed: the word arrives whole, the other
/// program's words stay on disk until the person chooses, and no letter typed as text can choose.
@Suite(.serialized) struct ChangedElsewhereEndToEndTests {
    let folder = EndToEndFolder()
    let planID = "00000000-0000-4000-8000-0000000c4a96"

    var planURL: URL { URL(fileURLWithPath: folder.dataDir + "/plans/\(planID).json") }

    func plans() throws -> [Plan] {
        try folder.planFiles().map { try PlanJSON.decode(Plan.self, from: Data(contentsOf: $0)) }
    }

    @Test func aWordTypedWhileAnotherProgramChangesThePlanArrivesWholeAndTheirWordsAreKept() throws {
        try FileManager.default.createDirectory(atPath: folder.dataDir + "/plans", withIntermediateDirectories: true)
        var plan = Samples.plan(name: "Kim Other", id: planID)
        plan.goodLife = ""
        try PlanJSON.encode(plan).write(to: planURL)
        let session = try folder.startOnOverview(["open", planID])
        try session.press("End", "Enter")
        try session.type("Sunny")
        #expect(folder.waitUntilSaved("Sunny"))

        var theirs = try PlanJSON.decode(Plan.self, from: Data(contentsOf: planURL))
        theirs.goodLife = "Written by the other program"
        theirs.notes.append(Note(id: "note-from-elsewhere", date: Samples.day("2026-01-02"), text: "OTHER-NOTE"))
        try PlanJSON.encode(theirs).write(to: planURL, options: .atomic)

        // At the pace of a person typing, so every letter meets a save that finds the file changed.
        for character in " day Mary Jones, yes" {
            try session.type(String(character))
            usleep(150_000)
        }
        try session.waitFor("Sunny day Mary Jones, yes")
        try session.waitFor("another program changed")
        #expect(try !session.screen().joined().contains("Changed outside assetmap"), "nothing is asked while typing")
        #expect(
            try plans().map(\.goodLife) == ["Written by the other program"],
            "the other program's words are not written over")
        #expect(try plans().first?.notes.map(\.text) == ["OTHER-NOTE"])

        try session.press("Escape")
        try session.waitFor("Changed outside assetmap")
        try session.type("yn")
        try session.press("Enter")
        usleep(300_000)
        #expect(try plans().count == 1, "letters and Enter without a marked choice answer nothing")
        try session.press("Down")
        try session.waitFor("▸ Keep both")
        try session.press("Enter")
        try session.waitFor("Saved as a copy")
        let kept = try plans().sorted { $0.goodLife < $1.goodLife }
        #expect(kept.map(\.goodLife) == ["Sunny day Mary Jones, yes", "Written by the other program"])
        #expect(kept.last?.notes.map(\.text) == ["OTHER-NOTE"])
        #expect(try session.leavePlanAndQuit())
        #expect(session.exitStatus == 0)
    }
}
