import Foundation
import TestSupport
import Testing

/// The real program in a real terminal (tmux), with a data folder of its own.
@Suite(.serialized) struct FoundationEndToEndTests {
    let folder = EndToEndFolder()
    var dataDir: String { folder.dataDir }

    func start(_ arguments: [String] = [], width: Int = 80, height: Int = 24) throws -> TmuxSession {
        try folder.start(arguments, width: width, height: height)
    }

    func planFiles() -> [URL] { folder.planFiles() }
    func savedText() -> String { folder.savedText() }
    func waitUntilSaved(_ text: String) -> Bool { folder.waitUntilSaved(text) }

    @Test func aPlanWithANonEnglishNameIsWrittenInAndThereAfterARestart() throws {
        let session = try start()
        try session.waitFor("No plans yet")
        try session.typeNewPlan(named: "Zoë Ní Bhriain")
        try session.press("Enter")
        try session.waitFor("[1 Overview]")
        try session.press("End", "Enter")
        try session.type("Walking by the sea with Siobhán and 李伟.")
        try session.waitFor("Walking by the sea with Siobhán and 李伟.")
        try session.press("Escape")
        usleep(150_000)
        #expect(try session.leavePlanAndQuit())
        let status = session.exitStatus
        let shown = try session.history()
        #expect(status == 0, "assetmap ended with \(String(describing: status)): \(shown)")
        #expect(!(try session.history()).contains("Zoë"), "a name was left on the terminal after leaving")

        let again = try start()
        try again.waitFor("Zoë Ní Bhriain")
        try again.press("Enter")
        try again.waitFor("Walking by the sea with Siobhán and 李伟.")
        #expect(planFiles().count == 1)
        #expect(
            planFiles()[0].lastPathComponent.range(of: #"^[0-9a-f-]{36}\.json$"#, options: .regularExpression) != nil)
    }

    @Test func killedWhileTypingEverySavedWordIsThereAndTheFolderChecksClean() throws {
        let session = try start(["new", "Kill Test"])
        try session.waitFor("[1 Overview]")
        try session.press("End", "Enter")
        try session.type("first part saved. ")
        #expect(waitUntilSaved("first part saved."))
        for word in ["more", "words", "typed", "while", "saving"] {
            try session.type(word + " ")
        }
        kill(try session.processID, SIGKILL)
        #expect(session.waitForExit())
        #expect(session.exitStatus == 128 + SIGKILL)
        let check = try Program.run(["check"], dataDir: dataDir)
        #expect(check.status == 0, "check said: \(check.output) \(check.errors)")
        #expect(savedText().contains("first part saved."))
        #expect(planFiles().count == 1)
        let reopened = try start(["open", "Kill Test"])
        try reopened.waitFor("first part saved.")
    }

    @Test func resizingWhileTypingLosesNothing() throws {
        let session = try start(["new", "Resize Test"])
        try session.waitFor("[1 Overview]")
        try session.press("End", "Enter")
        try session.type("before the resize")
        try session.waitFor("before the resize")
        try session.resize(width: 60, height: 18)
        try session.waitFor("The window is too small")
        try session.resize(width: 120, height: 40)
        try session.waitFor("before the resize")
        try session.type(", after it")
        try session.waitFor("before the resize, after it")
        try session.resize(width: 80, height: 24)
        try session.waitFor("before the resize, after it")
        #expect(waitUntilSaved("before the resize, after it"))
    }

    @Test func aSecondCopyOnTheSamePlanIsToldAndOnlyLooks() throws {
        let first = try start(["new", "Shared Plan"])
        try first.waitFor("[1 Overview]")
        let second = try start(["open", "Shared Plan"])
        try second.waitFor("READ-ONLY")
        try second.waitFor("open in another assetmap")
        try second.press("Enter")
        try second.waitFor("can only be looked at")
    }

    @Test func withNothingTypedAfterItTheCaseloadOfTheFolderInTheEnvironmentOpens() throws {
        _ = try Program.run(
            ["import", Fixtures.folder.appendingPathComponent("handwritten-plan.json").path], dataDir: dataDir)
        let session = try TmuxSession([Program.path], environment: ["ASSETMAP_DATA_DIR": dataDir])
        try session.waitFor("▸ Shiv (Siobhán Kell")
        try session.waitFor("1 plan")
        try session.press("q")
        #expect(session.waitForExit())
        #expect(session.exitStatus == 0)
    }

    @Test func aPlanFileChangedByAnotherProgramIsAskedAboutAndBothVersionsCanBeKept() throws {
        let session = try start(["new", "Changed Elsewhere"])
        try session.waitFor("[1 Overview]")
        try session.press("End", "Enter")
        try session.type("Mine")
        #expect(waitUntilSaved("Mine"))
        let file = try #require(planFiles().first)
        let theirs = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "\"Mine\"", with: "\"Theirs\"")
        try theirs.write(to: file, atomically: true, encoding: .utf8)
        try session.type(" and more")
        try session.press("Escape")
        try session.waitFor("Changed outside assetmap")
        try session.press("Down", "Enter")
        try session.waitFor("Saved as a copy")
        try session.press("q")
        try session.waitFor("2 plans")
        try session.press("q")
        #expect(session.waitForExit())
        let answers = try planFiles().map {
            try JSONSerialization.jsonObject(with: Data(contentsOf: $0)) as? [String: Any]
        }
        .compactMap { $0?["goodLife"] as? String }.sorted()
        #expect(answers == ["Mine and more", "Theirs"])
    }

    @Test func closingTheWindowMidFormSavesWhatWasTyped() throws {
        let session = try start(["new", "Hang Up Test"])
        try session.waitFor("[1 Overview]")
        try session.press("Down", "Down", "Down", "Down", "Enter")
        try session.waitFor("Agreeing to keep this plan")
        try session.press("y", "Tab", "Tab")
        try session.type("agreed in person")
        try session.waitFor("agreed in person")
        let pid = try session.processID
        try session.hangUp()
        #expect(waitUntilSaved("agreed in person"))
        let deadline = Date().addingTimeInterval(5)
        while kill(pid, 0) == 0, Date() < deadline { usleep(50_000) }
        #expect(kill(pid, 0) != 0, "assetmap is still running after its terminal went away")
    }

    @Test func deletingAPlanMovesItToTheBinAndSaysHowToGetItBack() throws {
        _ = try Program.run(["list"], dataDir: dataDir)
        let session = try start(["new", "Bin Test"])
        try session.waitFor("[1 Overview]")
        try session.press("q")
        try session.waitFor("Bin Test")
        try session.press("d")
        try session.waitFor("Move to the bin")
        try session.press("y")
        try session.waitFor("Press u to bring it back")
        #expect(planFiles().isEmpty)
        let bin = try FileManager.default.contentsOfDirectory(atPath: dataDir + "/bin")
        #expect(bin.count == 1)
        try session.press("u")
        try session.waitFor("Bin Test")
        #expect(planFiles().count == 1)
    }

    @Test func helpAndPrivacyWork() throws {
        let session = try start(["new", "Privacy Test"])
        try session.waitFor("[1 Overview]")
        try session.press("?")
        try session.waitFor("Help: Overview")
        try session.press("Escape")
        usleep(100_000)
        try session.press("p")
        try session.waitFor("Press any key to carry on")
        #expect(!(try session.screen()).joined().contains("Privacy Test"))
        try session.press("x")
        try session.waitFor("Privacy Test")
    }
}
