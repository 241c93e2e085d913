import AssetMapCore
import Foundation
import TestSupport
import Testing

@testable import AssetMapTeam

@Suite struct TeamSyncTests {
    let temporary = TemporaryFolder("assetmap-team")
    var remote: String { temporary.url.appendingPathComponent("stick/team.git").path }

    func laptops() throws -> (Laptop, Laptop) {
        try FileManager.default.createDirectory(
            at: temporary.url.appendingPathComponent("stick"), withIntermediateDirectories: true)
        return (Laptop(in: temporary, "ola", worker: "Ola"), Laptop(in: temporary, "sam", worker: "Sam"))
    }

    /// Ola's laptop with a plan, in the team, and Sam's joined after it.
    func joinedWithAPlan() throws -> (Laptop, Laptop) {
        let (ola, sam) = try laptops()
        try ola.write(Samples.fullPlan())
        try ola.join(remote)
        try sam.join(remote)
        return (ola, sam)
    }

    @Test func theFirstToJoinFillsTheRemoteAndLaterOnesBringItIn() throws {
        let (ola, sam) = try laptops()
        try ola.write(Samples.fullPlan())
        try ola.changeDirectory(.add(CommunityAsset(id: "d1", name: "Choir", what: "Singing")))
        let first = try ola.join(remote)
        #expect(first.sent == 2)
        let second = try sam.join(remote)
        #expect(second.received == 2)
        #expect(try sam.plan(Samples.fullPlan().id) == (try ola.plan(Samples.fullPlan().id)))
        #expect(try sam.directory().entries.map(\.id) == ["d1"])
        #expect(permissions(of: sam.folder.planFile(id: Samples.fullPlan().id).path) == 0o600)
        #expect(permissions(of: TeamFolder(data: sam.folder).root.path) == 0o700)
        let authors = try git(["log", "--format=%an", "main"], in: URL(fileURLWithPath: remote))
        #expect(authors == "Ola\n")
    }

    @Test func theSamePlanChangedOnBothLaptopsKeepsEveryWord() throws {
        let (ola, sam) = try joinedWithAPlan()
        let id = Samples.fullPlan().id
        try ola.change(id) {
            $0.network[0].gives = "Listens on Sundays"
            $0.notes.append(Note(id: "n-ola", date: Samples.day("2026-01-02"), text: "Met at the library"))
        }
        sam.clock = ola.clock.addingTimeInterval(3_600)
        try sam.change(id) {
            $0.network[0].gives = "Lifts to the shops"
            $0.goodLife = "A garden"
        }
        try ola.syncNow()
        let report = try sam.syncNow()
        #expect(report.clashes == 1)
        try ola.syncNow()
        let here = try ola.plan(id)
        #expect(here == (try sam.plan(id)))
        #expect(here.network[0].gives == "Lifts to the shops")
        #expect(here.goodLife == "A garden")
        #expect(here.notes.map(\.text).contains("Met at the library"))
        #expect(
            here.notes.last?.text
                == "Also written on Ola's laptop on 1 January: Aoife (sister) on the map, what they give: Listens on Sundays"
        )
    }

    @Test func directoryEntriesAddedOnBothLaptopsAreAllKept() throws {
        let (ola, sam) = try laptops()
        try ola.join(remote)
        try sam.join(remote)
        try ola.changeDirectory(.add(CommunityAsset(id: "d1", name: "Choir", what: "Singing")))
        try sam.changeDirectory(.add(CommunityAsset(id: "d2", name: "Food bank", what: "Food")))
        try ola.syncNow()
        try sam.syncNow()
        try ola.syncNow()
        #expect(try ola.directory().entries.map(\.id).sorted() == ["d1", "d2"])
        #expect(try sam.directory() == (try ola.directory()))
    }

    @Test func aPlanTakenOffOnOneLaptopGoesToTheBinOnTheOther() throws {
        let (ola, sam) = try joinedWithAPlan()
        let id = Samples.fullPlan().id
        _ = try ola.store.moveToBin(ola.folder.planFile(id: id), id: id)
        try ola.syncNow()
        let report = try sam.syncNow()
        #expect(report.plansChanged == [id])
        #expect(!sam.hasPlan(id))
        #expect(FileManager.default.fileExists(atPath: sam.folder.bin.appendingPathComponent("\(id).json").path))
    }

    @Test func aPlanTakenOffOnOneLaptopAndChangedOnTheOtherComesBack() throws {
        let (ola, sam) = try joinedWithAPlan()
        let id = Samples.fullPlan().id
        _ = try ola.store.moveToBin(ola.folder.planFile(id: id), id: id)
        try ola.syncNow()
        try sam.change(id) { $0.goodLife = "Still here" }
        try sam.syncNow()
        try ola.syncNow()
        #expect(try ola.plan(id).goodLife == "Still here")
    }

    @Test func aThirdLaptopJoiningLateGetsEverything() throws {
        let (ola, sam) = try joinedWithAPlan()
        try sam.write(Samples.plan(name: "Kit", id: "7f0c2a3e-0000-4000-8000-000000000002"))
        try sam.syncNow()
        let late = Laptop(in: temporary, "late", worker: "Ife")
        try late.write(Samples.plan(name: "Bo", id: "7f0c2a3e-0000-4000-8000-000000000003"))
        try late.join(remote)
        try ola.syncNow()
        for laptop in [ola, sam, late] {
            #expect(DataFolder.dataFileNames(in: laptop.folder.plans).count == (laptop === sam ? 2 : 3))
        }
        try sam.syncNow()
        #expect(DataFolder.dataFileNames(in: sam.folder.plans).count == 3)
    }

    @Test func anUnreachableRemoteChangesNothingHere() throws {
        let (ola, _) = try laptops()
        try ola.write(Samples.fullPlan())
        try ola.join(remote)
        let state = try ola.sync.state()
        try ola.change(Samples.fullPlan().id) { $0.goodLife = "Offline words" }
        let before = try LocalFiles(data: ola.folder).read()
        try FileManager.default.moveItem(atPath: remote, toPath: remote + "-away")
        #expect(throws: TeamProblem.unreachable) { try ola.syncNow() }
        #expect(try LocalFiles(data: ola.folder).read() == before)
        #expect(try ola.sync.state() == state)
        try FileManager.default.moveItem(atPath: remote + "-away", toPath: remote)
        #expect(try ola.syncNow().sent == 1)
    }

    @Test func aDamagedPlanInTheRemoteIsReportedAndNothingHereIsOverwritten() throws {
        let (ola, sam) = try joinedWithAPlan()
        let id = Samples.fullPlan().id
        try DurableFile.write(Data("{ not a plan".utf8), to: ola.folder.planFile(id: id))
        try ola.syncNow()
        let before = try LocalFiles(data: sam.folder).read()
        #expect(throws: TeamProblem.damagedRemote("plans/\(id).json the file is not valid JSON")) { try sam.syncNow() }
        #expect(try LocalFiles(data: sam.folder).read() == before)
    }

    @Test func aFolderThatIsNotARepositoryIsReportedAsDamaged() throws {
        let (ola, _) = try laptops()
        try FileManager.default.createDirectory(atPath: remote, withIntermediateDirectories: true)
        try Data("hello".utf8).write(to: URL(fileURLWithPath: remote + "/notes.txt"))
        #expect(throws: TeamProblem.damagedRemote("it is not a team's folder or is damaged")) { try ola.join(remote) }
    }

    @Test func thePersonsOwnGitSettingsAreNeitherReadNorChanged() throws {
        let (ola, sam) = try laptops()
        let home = temporary.url.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        // Settings that would break every command if they were read.
        let settings =
            "[core]\n\thooksPath = /nonexistent\n[user]\n\tname = Someone Else\n[url \"/nowhere/\"]\n\tinsteadOf = /\n"
        try Data(settings.utf8).write(to: home.appendingPathComponent(".gitconfig"))
        ola.environment["HOME"] = home.path
        ola.environment["XDG_CONFIG_HOME"] = home.path
        ola.environment["GIT_CONFIG_GLOBAL"] = home.appendingPathComponent(".gitconfig").path
        try ola.write(Samples.fullPlan())
        try ola.join(remote)
        try sam.join(remote)
        #expect(sam.hasPlan(Samples.fullPlan().id))
        #expect(try String(contentsOf: home.appendingPathComponent(".gitconfig"), encoding: .utf8) == settings)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == [".gitconfig"])
        #expect(try git(["log", "--format=%an", "main"], in: URL(fileURLWithPath: remote)) == "Ola\n")
    }

    @Test func onlyPlansTheDirectoryAndTheKeyringAreShared() throws {
        let (ola, _) = try laptops()
        try ola.write(Samples.fullPlan())
        try ola.changeDirectory(.add(CommunityAsset(id: "d1", name: "Choir", what: "Singing")))
        try ola.folder.writeSettings(AppSettings())
        _ = ola.store.list()
        try ola.join(remote)
        let files = try git(["ls-tree", "-r", "--name-only", "main"], in: URL(fileURLWithPath: remote))
        #expect(files == "community.json\nplans/\(Samples.fullPlan().id).json\n")
    }

    @Test func leavingKeepsThePlans() throws {
        let (ola, _) = try laptops()
        try ola.write(Samples.fullPlan())
        try ola.join(remote)
        try ola.sync.leave()
        #expect(!ola.sync.isJoined)
        #expect(ola.hasPlan(Samples.fullPlan().id))
        #expect(throws: TeamProblem.notJoined) { try ola.syncNow() }
    }

    @Test func joiningASecondTeamIsRefused() throws {
        let (ola, _) = try laptops()
        try ola.join(remote)
        #expect(throws: TeamProblem.alreadyJoined(remote: remote)) { try ola.join(remote + "-other") }
        #expect(throws: TeamProblem.noName) { try ola.sync.join(remote: remote, worker: "  ") }
    }
}
