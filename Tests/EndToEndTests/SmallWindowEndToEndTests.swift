import AssetMapCore
import Foundation
import TestSupport
import Testing

/// The real program in a window made too small and big again while typing: no key is lost, and the notice
/// says how to leave, which q and Ctrl-C do.
@Suite(.serialized) struct SmallWindowEndToEndTests {
    let folder = EndToEndFolder()

    func names() throws -> [String] {
        try folder.planFiles().map { try PlanJSON.decode(Plan.self, from: Data(contentsOf: $0)).person.name }
    }

    @Test func keysTypedWhileTheWindowIsTooSmallArriveWhenItIsBigAgain() throws {
        let session = try folder.start()
        try session.waitFor("Caseload")
        try session.typeNewPlan(named: "Sam")
        for (round, size) in [(30, 8), (100, 30), (10, 5), (79, 24), (60, 15)].enumerated() {
            try session.resize(width: size.0, height: size.1)
            if size.0 < 80 || size.1 < 24 { try session.waitFor("small") } else { try session.waitFor("Start a plan") }
            try session.type(["u", "e", "l", " ", "J"][round])
        }
        try session.waitFor("keys pressed meanwhile")
        try session.press("Enter")
        try session.resize(width: 80, height: 24)
        try session.waitFor("[1 Overview]")
        #expect(try names() == ["Samuel J"])
        // A plan started from the caseload offers the walk-through first; Esc leaves it for now.
        try session.waitFor("walk-through")
        try session.press("Escape", "q")
        try session.waitFor("Caseload")
        try session.press("q")
        #expect(session.waitForExit())
        #expect(session.exitStatus == 0)
    }

    @Test func qLeavesFromTheTooSmallScreenAndTheNoticeSaysSo() throws {
        let session = try folder.start()
        try session.waitFor("Caseload")
        try session.resize(width: 40, height: 10)
        try session.waitFor("q or Ctrl-C leaves assetmap")
        try session.press("q")
        #expect(session.waitForExit())
        #expect(session.exitStatus == 0)
    }

    @Test func ctrlCLeavesFromTheTooSmallScreenKeepingWhatIsTyped() throws {
        let session = try folder.start()
        try session.waitFor("Caseload")
        try session.press("a")
        try session.waitFor("Start a plan")
        try session.resize(width: 40, height: 10)
        try session.waitFor("Ctrl-C leaves assetmap")
        try session.type("quinn")
        try session.waitFor("5 keys pressed")
        try session.press("C-c")
        #expect(session.waitForExit())
        #expect(session.exitStatus == 0)
        #expect(try names() == ["quinn"])
    }
}
