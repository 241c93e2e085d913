import AssetMapCore
import Foundation
import TestSupport
import Testing

/// Two data folders and a bare repository on this machine standing for two laptops and a USB stick, and a third
/// laptop joining late, driven through the real program's `team` commands.
@Suite(.serialized) struct TeamEndToEndTests {
    let temporary = TemporaryFolder("assetmap-team-e2e")
    let planID = "5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234"
    var stick: String { temporary.url.appendingPathComponent("stick/team.git").path }

    func folder(_ name: String) -> String { temporary.url.appendingPathComponent(name).path }

    @discardableResult
    func team(
        _ arguments: [String], in name: String, input: String? = nil, expect status: Int32 = 0,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ChildProcess.Result {
        let result = try Program.run(["team"] + arguments, dataDir: folder(name), input: input)
        #expect(result.status == status, "\(arguments): \(result.errors)", sourceLocation: sourceLocation)
        return result
    }

    func plan(in name: String, id: String? = nil) throws -> Plan {
        try PlanJSON.decode(
            Plan.self, from: Data(contentsOf: URL(fileURLWithPath: folder(name) + "/plans/\(id ?? planID).json")))
    }

    /// Changes a plan file as the program does after a change: the whole plan written again, a second later.
    func change(in name: String, id: String? = nil, secondsLater: TimeInterval = 1, _ body: (inout Plan) -> Void) throws
    {
        var plan = try plan(in: name, id: id)
        body(&plan)
        plan.updatedAt = Timestamp.wholeSeconds(Date().addingTimeInterval(secondsLater))
        try DurableFile.write(
            try PlanJSON.encode(plan), to: URL(fileURLWithPath: folder(name) + "/plans/\(plan.id).json"))
    }

    func addDirectoryEntry(in name: String, _ id: String, _ title: String) throws {
        _ = try DirectoryStore(folder: DataFolder(root: URL(fileURLWithPath: folder(name)))).change(
            .add(CommunityAsset(id: id, name: title, what: "Open to all")))
    }

    func startTeam() throws {
        try FileManager.default.createDirectory(
            atPath: (stick as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let plans = URL(fileURLWithPath: folder("ola") + "/plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try Fixtures.data("handwritten-plan.json").write(to: plans.appendingPathComponent("\(planID).json"))
        let joined = try team(["join", stick, "--name", "Ola"], in: "ola")
        #expect(joined.output == "This data folder is in the team now. 1 file sent, 0 files brought in.\n")
        try team(["join", stick, "--name", "Sam"], in: "sam")
    }

    @Test func twoLaptopsAndAStickShareEverythingAndALateThirdGetsIt() throws {
        try startTeam()
        #expect(try plan(in: "sam") == (try plan(in: "ola")))

        try change(in: "ola") {
            $0.goodLife = "Ola wrote this"
            $0.network.append(
                Connection(
                    id: "from-ola", name: "Neighbour", ring: 2, kind: .person, feeling: .supportive, gives: "",
                    receives: ""))
        }
        try change(in: "sam", secondsLater: 5) {
            $0.goodLife = "Sam wrote this later"
            $0.notes.append(
                Note(id: "from-sam", date: CalendarDay(iso: "2026-05-04")!, text: "Phoned about the allotment"))
        }
        try addDirectoryEntry(in: "ola", "d-ola", "Choir")
        try addDirectoryEntry(in: "sam", "d-sam", "Food bank")
        try team(["sync"], in: "ola")
        let merged = try team(["sync"], in: "sam")
        #expect(merged.output.contains("1 answer changed on two laptops at once"))
        try team(["sync"], in: "ola")
        let result = try plan(in: "ola")
        #expect(result == (try plan(in: "sam")))
        #expect(result.goodLife == "Sam wrote this later")
        #expect(result.network.contains { $0.id == "from-ola" })
        #expect(result.notes.contains { $0.id == "from-sam" })
        #expect(
            result.notes.contains {
                $0.text.hasPrefix("Also written on Ola's laptop on ")
                    && $0.text.hasSuffix(": what a good life looks like: Ola wrote this")
            })
        for name in ["ola", "sam"] {
            let entries = try DirectoryStore(folder: DataFolder(root: URL(fileURLWithPath: folder(name)))).read()
                .entries
            #expect(Set(entries.map(\.id)) == ["d-ola", "d-sam"])
        }

        let handover = try Program.run(["team", "handover", planID, "--to", "Sam"], dataDir: folder("ola"))
        #expect(handover.status == 0, "\(handover.errors)")
        try team(["sync"], in: "ola")
        try team(["sync"], in: "sam")
        #expect(try plan(in: "sam").person.keyworker == "Sam")
        #expect(try plan(in: "sam").notes.last?.text.hasPrefix("Handed over") == true)

        try team(["join", stick, "--name", "Ife"], in: "ife")
        #expect(try plan(in: "ife") == (try plan(in: "sam")))
        let status = try team(["status", "--json"], in: "ife")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])
        #expect(json["workers"] as? [String] == ["Ola", "Sam"])
        #expect(json["worker"] as? String == "Ife")
        try change(in: "sam") { $0.goodLife = "Sam again" }
        try team(["sync"], in: "sam")
        let text = try team(["status"], in: "ife").output
        #expect(text.contains("Changed in the team since: 1 plan by Sam."))
        #expect(!text.contains("Siobhán") && !text.contains("Shiv"))
    }

    @Test func inTheProgramTheCaseloadSaysWhenItSyncedTSyncsAndAnOpenPlanTakesAChange() throws {
        try startTeam()
        let session = try TmuxSession([Program.path, "--data-dir", folder("ola")])
        _ = try session.waitFor("synced today at")
        try change(in: "sam") { $0.goodLife = "Brought in by the sync key" }
        try team(["sync"], in: "sam")
        try session.press("t")
        _ = try session.waitFor("Synced with the team. 0 files sent, 1 file brought in.")
        try session.press("Enter")
        _ = try session.waitFor("Brought in by the sync key")
        try change(in: "sam", secondsLater: 3) { $0.goodLife = "Arrived while the plan was open" }
        try team(["sync"], in: "sam")
        try team(["sync"], in: "ola")
        let screen = try session.waitFor("Arrived while the plan was open")
        #expect(screen.joined().contains("brought up to date with changes made elsewhere"))
        #expect(!screen.joined().contains("Changed outside assetmap"))
        try session.press("q")
        try session.press("q")
        #expect(session.waitForExit())
        #expect(try plan(in: "ola").goodLife == "Arrived while the plan was open")
    }

    @Test func theExitCodesAndSentencesOfTheCommandLine() throws {
        let notJoined = try team(["sync"], in: "alone", expect: 1)
        #expect(
            notJoined.errors
                == "assetmap: This data folder is not in a team yet; join one with assetmap team join REMOTE --name \"YOUR NAME\".\n"
        )
        try team(["status"], in: "alone", expect: 1)
        try team(["leave"], in: "alone", expect: 1)
        try team(["join", stick], in: "alone", expect: 2)
        let away = try team(["join", folder("no-such-drive/team.git"), "--name", "Ola"], in: "alone", expect: 1)
        #expect(away.errors.hasPrefix("assetmap: The team's folder could not be reached, so nothing was changed here"))
        try startTeam()
        try FileManager.default.moveItem(atPath: stick, toPath: stick + "-unplugged")
        let before = try plan(in: "ola")
        try change(in: "ola") { $0.goodLife = "Written while the stick was out" }
        let unplugged = try team(["sync"], in: "ola", expect: 1)
        #expect(unplugged.errors.split(separator: "\n").count == 1)
        let status = try team(["status"], in: "ola").output
        #expect(status.contains("Changed here since: 1 plan."))
        #expect(status.contains("could not be reached just now"))
        try FileManager.default.moveItem(atPath: stick + "-unplugged", toPath: stick)
        try team(["sync"], in: "ola")
        try team(["sync"], in: "sam")
        #expect(try plan(in: "sam").goodLife == "Written while the stick was out")
        #expect(before.goodLife != "Written while the stick was out")
        let left = try team(["leave"], in: "sam")
        #expect(left.output == "This data folder no longer shares with the team; every plan is still here.\n")
        #expect(FileManager.default.fileExists(atPath: folder("sam") + "/plans/\(planID).json"))
        #expect(!FileManager.default.fileExists(atPath: folder("sam") + "/team"))
    }

    @Test func anEncryptedTeamsRemoteHoldsNoName() throws {
        try FileManager.default.createDirectory(
            atPath: (stick as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let plans = URL(fileURLWithPath: folder("ola") + "/plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try Fixtures.data("handwritten-plan.json").write(to: plans.appendingPathComponent("\(planID).json"))
        let passphrase = "a long team passphrase"
        let set = try Program.run(
            ["passphrase", "set"], dataDir: folder("ola"), input: "\(passphrase)\n\(passphrase)\n")
        #expect(set.status == 0, "\(set.errors)")
        try team(["join", stick, "--name", "Ola"], in: "ola", input: passphrase + "\n")
        try team(["join", stick, "--name", "Sam"], in: "sam")
        let list = try Program.run(["list"], dataDir: folder("sam"), input: passphrase + "\n")
        #expect(list.output.contains("Shiv (Siobhán Kelly)"))
        let wrong = try team(["sync"], in: "sam", input: "not the passphrase\n", expect: 1)
        #expect(wrong.errors.split(separator: "\n").count == 1)
        let log = try ChildProcess.run(
            ["git", "--git-dir", stick, "log", "-p", "--text", "--all"],
            environment: ["GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null", "PATH": "/usr/bin:/bin"])
        #expect(log.status == 0)
        #expect(log.output.contains("ASSETMAP-SEALED-1"))
        for name in ["Siobhán", "Kelly", "Shiv"] {
            #expect(!log.output.contains(name), "the remote's history holds a name")
        }
    }
}
