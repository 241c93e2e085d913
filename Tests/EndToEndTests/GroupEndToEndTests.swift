import AssetMapCore
import Foundation
import TestSupport
import Testing

/// A group session in the real program: two people with plans and one without. The screen is captured at every step
/// and must hold nothing from either plan; each person's yes reaches their plan and nothing else does.
@Suite(.serialized) struct GroupEndToEndTests {
    let folder = EndToEndFolder()
    static let secrets = [
        "Quillfeather", "Brackenridge", "Secretgoodlife", "Privatename", "Secretstrength", "Secretgoal", "Secretnote",
    ]

    func makePlans() throws {
        let store = PlanStore(folder: DataFolder(root: URL(fileURLWithPath: folder.dataDir)))
        var robin = Samples.plan(name: "Robin Quillfeather", id: GroupSamples.robinPlan)
        robin.person.keyworker = "Priya Keyworker"
        robin.goodLife = "Secretgoodlife by the sea"
        robin.network = [Samples.connection("c1", "Auntie Privatename", ring: 1)]
        robin.assets = [Asset(id: "a1", owner: .person, kind: .interest, text: "Secretstrength singing")]
        robin.updatedAt = Samples.later
        var sam = Samples.plan(name: "Sam Brackenridge", id: GroupSamples.samPlan)
        sam.goals = [Goal(id: "g1", title: "Secretgoal allotment", createdAt: Samples.created)]
        sam.notes = [Note(id: "n1", date: Samples.day("2026-01-01"), text: "Secretnote")]
        for plan in [robin, sam] { _ = try store.add(plan) }
    }

    func planFile(_ id: String) -> URL { URL(fileURLWithPath: folder.dataDir + "/plans/\(id).json") }

    func groupFiles() -> [URL] {
        let groups = URL(fileURLWithPath: folder.dataDir).appendingPathComponent("groups")
        return ((try? FileManager.default.contentsOfDirectory(atPath: groups.path)) ?? []).filter { !$0.hasPrefix(".") }
            .map { groups.appendingPathComponent($0) }
    }

    /// Waits for the text, then checks the whole screen holds nothing from a plan.
    @discardableResult
    func see(_ text: String, on session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> [String]
    {
        let screen = try session.waitFor(text, sourceLocation: sourceLocation)
        let shown = screen.joined(separator: "\n")
        for secret in Self.secrets {
            #expect(!shown.contains(secret), "\(secret) on the group's screen", sourceLocation: sourceLocation)
        }
        return screen
    }

    func addIdea(_ text: String, rightsForOwner: Int, on session: TmuxSession) throws {
        try session.press("a")
        try see("Whose is it?", on: session)
        try session.type(text)
        try session.press("Tab")
        for _ in 0..<rightsForOwner { try session.press("Right") }
        try session.press("C-s")
        try see(text, on: session)
    }

    @Test func aGroupOfThreeWhereOnlyEachPersonsYesReachesTheirPlan() throws {
        try makePlans()
        let samBefore = try Data(contentsOf: planFile(GroupSamples.samPlan))
        let session = try folder.start(["group", "Robin", "Sam Brackenridge", "Jo"])
        let welcome = try see("Only what we write together is on this screen.", on: session)
        #expect(welcome.joined().contains("Here today: Robin, Sam and Jo"))
        try session.press("Enter")
        try see("Question 1 of 6", on: session)
        try addIdea("Good at listening", rightsForOwner: 1, on: session)
        try addIdea("Fixes everyone's bikes", rightsForOwner: 1, on: session)
        try addIdea("We all make each other laugh", rightsForOwner: 0, on: session)
        for question in 2...6 {
            try session.press("Enter")
            try see("Question \(question) of 6", on: session)
        }
        try addIdea("Canal towpath", rightsForOwner: 0, on: session)
        try session.press("c")
        try see("Add a place, group or service", on: session)
        try session.press("Tab")
        try session.type("Walks by the water")
        try session.press("C-s")
        try see("✓ in the directory", on: session)

        try session.press("r")
        try see("What goes into Robin's own plan?", on: session)
        try session.press("y", "n", "y")
        try see("Enter puts the 2 chosen into Robin's plan.", on: session)
        try session.press("Enter")
        try see("What goes into Sam's own plan?", on: session)
        try session.press("n")
        try see("Enter: nothing goes into the plan", on: session)
        try session.press("Enter")
        try see("A plan for Jo?", on: session)
        try session.press("y")
        try see("What goes into Jo's own plan?", on: session)
        try session.press("y", "Enter")
        try see("Jo has chosen: 1 went", on: session)
        try session.press("x")
        try see("Take-home sheets", on: session)
        try session.press("Tab", "C-u")
        try session.type(folder.temporary.url.appendingPathComponent("sheet").path)
        try session.press("C-s")
        try see("Saved 4 sheets", on: session)
        try session.press("Enter", "Escape", "q")
        try see("Leave the group", on: session)
        try session.press("y")
        try session.waitFor("Caseload")
        try session.press("q")
        #expect(session.waitForExit())

        let robin = try PlanJSON.decode(Plan.self, from: Data(contentsOf: planFile(GroupSamples.robinPlan)))
        #expect(robin.assets.map(\.text) == ["Secretstrength singing", "Good at listening"])
        #expect(robin.network.map(\.name) == ["Auntie Privatename", "Canal towpath"])
        #expect(robin.network.last?.ring == 5)
        #expect(robin.communityLinks.count == 1)
        #expect(try Data(contentsOf: planFile(GroupSamples.samPlan)) == samBefore)
        let started = try folder.planFiles().filter {
            ![GroupSamples.robinPlan, GroupSamples.samPlan].contains($0.deletingPathExtension().lastPathComponent)
        }
        .map { try PlanJSON.decode(Plan.self, from: Data(contentsOf: $0)) }
        #expect(started.map(\.person.name) == ["Jo"])
        #expect(started.first?.network.map(\.name) == ["Canal towpath"])
        #expect(started.first?.assets.isEmpty == true)

        let files = groupFiles()
        try #require(files.count == 1)
        #expect(UUID(uuidString: files[0].deletingPathExtension().lastPathComponent) != nil)
        #expect(permissions(of: files[0].path) == 0o600)
        let group = try PlanJSON.decode(GroupSession.self, from: Data(contentsOf: files[0]))
        #expect(group.members.map(\.name) == ["Robin", "Sam", "Jo"])
        #expect(group.members.map { $0.review?.added.count } == [2, 0, 1])
        #expect(group.worker == "Priya Keyworker")
        let text = String(decoding: try Data(contentsOf: files[0]), as: UTF8.self)
        for secret in Self.secrets { #expect(!text.contains(secret), "\(secret) in the group's file") }
        let sheet = { (name: String) in
            String(
                decoding: (try? Data(contentsOf: folder.temporary.file("sheet-\(name).html"))) ?? Data(), as: UTF8.self)
        }
        #expect(
            sheet("1").contains("Good at listening") && sheet("1").contains("Canal towpath")
                && !sheet("1").contains("laugh"))
        #expect(sheet("2").contains("Canal towpath") && !sheet("2").contains("listening"))
        #expect(sheet("group").contains("We all make each other laugh") && !sheet("group").contains("listening"))
        for name in ["group", "1", "2", "3"] {
            for secret in Self.secrets { #expect(!sheet(name).contains(secret), "\(secret) on sheet \(name)") }
            #expect(permissions(of: folder.temporary.file("sheet-\(name).html").path) == 0o600)
        }
        let community = String(
            decoding: try Data(contentsOf: URL(fileURLWithPath: folder.dataDir + "/community.json")), as: UTF8.self)
        #expect(community.contains("Canal towpath") && community.contains("Priya Keyworker"))
    }

    @Test func theGroupFileReadsAfterKillNine() throws {
        let session = try folder.start(["group", "Ana", "Ben"])
        try session.waitFor("Only what we write together")
        try session.press("Enter")
        try addIdea("Makes the best tea", rightsForOwner: 2, on: session)
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline,
            !(groupFiles().first.flatMap { try? String(contentsOf: $0, encoding: .utf8) }?.contains("best tea") ?? false)
        {
            usleep(50_000)
        }
        kill(try session.processID, SIGKILL)
        #expect(session.waitForExit())
        let files = groupFiles()
        try #require(files.count == 1)
        let group = try PlanJSON.decode(GroupSession.self, from: Data(contentsOf: files[0]))
        #expect(group.ideas.map(\.text) == ["Makes the best tea"])
        #expect(group.ideas.first?.forMember == group.members[1].id)
        let check = try Program.run(["check"], dataDir: folder.dataDir)
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("ok: \(files[0].path)"))
    }

    @Test func inAnEncryptedFolderTheGroupFileIsSealed() throws {
        try makePlans()
        let passphrase = "a long group passphrase"
        #expect(
            try Program.run(["passphrase", "set"], dataDir: folder.dataDir, input: "\(passphrase)\n\(passphrase)\n")
                .status == 0)
        let session = try folder.start(["group", "Robin", "Jo"])
        try session.waitFor("Passphrase")
        try session.type(passphrase)
        try session.press("Enter")
        try see("Only what we write together", on: session)
        try session.press("Enter")
        try addIdea("Kind to everyone", rightsForOwner: 2, on: session)
        try session.press("q")
        try see("Leave the group", on: session)
        try session.press("y")
        try session.waitFor("Caseload")
        try session.press("q")
        #expect(session.waitForExit())
        let files = groupFiles()
        try #require(files.count == 1)
        let stored = try Data(contentsOf: files[0])
        #expect(EncryptedEnvelope.looksSealed(stored))
        for word in ["Kind to everyone", "Robin", "Jo"] {
            #expect(stored.range(of: Data(word.utf8)) == nil, "\(word) in plain text")
        }
        let check = try Program.run(["check"], dataDir: folder.dataDir, input: passphrase + "\n")
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("ok: \(files[0].path)"))
    }

    @Test func theCommandLineSaysPlainlyWhenAGroupCannotStart() throws {
        try makePlans()
        let nobody = try Program.run(["group"], dataDir: folder.dataDir)
        #expect(nobody.status == 2)
        #expect(nobody.errors.contains("Please say who is in the group"))
        let full = try Program.run(["group", "Jo Bloggs"], dataDir: folder.dataDir)
        #expect(full.status == 2)
        #expect(full.errors.contains("first name only"))
        #expect(!full.errors.contains("Bloggs"))
        let noTerminal = try Program.run(["group", "Robin"], dataDir: folder.dataDir)
        #expect(noTerminal.status == 1)
        #expect(noTerminal.errors.contains("needs a terminal"))
    }
}
