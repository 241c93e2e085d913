import AssetMapCore
import Foundation
import TestSupport
import Testing

/// Plan files put into `plans/` by hand, as the README suggests for restoring: whatever they hold, nothing is
/// written outside the data folder, no plan is taken for another, and `check` says what it found.
@Suite struct HandPlacedFileTests {
    let temporary = TemporaryFolder()
    /// Deep enough that an id climbing three folders up stays inside the temporary folder, where it can be looked for.
    var folder: DataFolder { DataFolder(root: temporary.url.appendingPathComponent("outside/deeper/data")) }
    var store: PlanStore { PlanStore(folder: folder) }
    let sharedID = "6d4a1dd9-d013-4bf9-b843-7b730ff9d76f"

    func place(_ fixture: String, as name: String) throws -> URL {
        try folder.prepare()
        let url = folder.plans.appendingPathComponent(name)
        try Fixtures.data(fixture).write(to: url)
        return url
    }

    @Test func anIdThatWouldLeaveTheFolderIsNotReadAndNothingIsMadeOutsideIt() throws {
        let url = try place("escaping-id.json", as: "0e5c8a1b-0000-4000-8000-0000000000e1.json")
        let outside = temporary.url.appendingPathComponent("outside/escaped-lock.lock")
        #expect(store.list() == [.unreadable(path: url.path, reason: "its id is not in the usual form")])
        #expect(throws: StorageError(.unusualID, path: url.path)) { try store.open(url) }
        #expect(throws: StorageError.self) { try store.moveToBin(url, id: "../../../escaped-lock") }
        #expect(!FileManager.default.fileExists(atPath: outside.path), "a lock file was made outside the data folder")
        let report = FolderCheck.run(store)
        #expect(report.lines.contains("could not be read: \(url.path): its id is not in the usual form"))
        #expect(report.problems == [url.path])
        #expect(try Data(contentsOf: url) == Fixtures.data("escaping-id.json"))
    }

    /// The usual form is read without `UUID` for speed; what counts as usual is still exactly what `UUID` reads.
    @Test(arguments: [
        "6d4a1dd9-d013-4bf9-b843-7b730ff9d76f", "6D4A1DD9-D013-4BF9-B843-7B730FF9D76F",
        "6d4a1dd9-d013-4bf9-b843-7b730ff9d76",
        "6d4a1dd9-d013-4bf9-b843-7b730ff9d76g", "6d4a1dd9d013-4bf9-b843-7b730ff9d76f-",
        "+d4a1dd9-d013-4bf9-b843-7b730ff9d76f",
        " d4a1dd9-d013-4bf9-b843-7b730ff9d76f", "6d4a1dd9-d013-4bf9-b843-7b730ff9d7/f",
        "../../../escaped-lock-0000-00000000",
        "6d4a1dd9-d013-4bf9-b843-7b730ff9d76f\n", "", "6d4a1dd9_d013_4bf9_b843_7b730ff9d76f",
    ])
    func anIdIsUsualExactlyWhenItReadsAsAUUID(id: String) {
        #expect(PlanID.isUsual(id) == (id.utf8.count == 36 && UUID(uuidString: id) != nil))
    }

    @Test func aGroupFileWhoseIdWouldLeaveTheFolderIsReportedAndNeverNamesAFile() throws {
        try folder.prepare()
        try DurableFile.makePrivateFolder(folder.groups)
        var session = GroupSamples.session()
        session.id = "../../../escaped-group"
        let url = folder.groups.appendingPathComponent("9e9e9e9e-0000-4000-8000-000000000009.json")
        try PlanJSON.encode(session).write(to: url)
        #expect(throws: StorageError(.unusualID, path: url.path)) { try GroupStore(folder: folder).read(url) }
        #expect(FolderCheck.run(store).problems == [url.path])
        #expect(throws: StorageError.self) { try GroupStore(folder: folder).create(session) }
        #expect(
            !FileManager.default.fileExists(
                atPath: temporary.url.appendingPathComponent("outside/escaped-group.json").path))
    }

    @Test func twoFilesWithOneIdAreBothListedMarkedAndEachOpensItsOwnFile() throws {
        let a = try place("duplicate-id-a.json", as: "\(sharedID).json")
        let b = try place("duplicate-id-b.json", as: "38ddfce8-0000-4000-8000-0000000000b2.json")
        #expect(
            store.list() == [
                .plan(PlanSummary(plan: try store.read(b)), path: b.path, sharesID: true),
                .plan(PlanSummary(plan: try store.read(a)), path: a.path, sharesID: true),
            ])
        let opened = try store.open(b)
        #expect(opened.plan.person.name == "Dora Duplicate-B")
        opened.close()
        #expect(throws: StorageError.self) { try store.open(id: sharedID) }
        guard case .several(let both) = store.find(sharedID) else {
            Issue.record("the id should find both files")
            return
        }
        #expect(Set(both.map(\.path)) == [a.path, b.path])
        guard case .one(let named) = store.find("Dora Duplicate-B") else {
            Issue.record("the name should find B alone")
            return
        }
        #expect(named.path == b.path)
    }

    @Test func binningOneOfTwoFilesWithOneIdBinsThatFileAndBringsItBackThere() throws {
        let a = try place("duplicate-id-a.json", as: "\(sharedID).json")
        let b = try place("duplicate-id-b.json", as: "38ddfce8-0000-4000-8000-0000000000b2.json")
        let aBytes = try Data(contentsOf: a)
        let binned = try store.moveToBin(b, id: sharedID)
        #expect(!FileManager.default.fileExists(atPath: b.path))
        #expect(try Data(contentsOf: a) == aBytes, "A's file was touched")
        #expect(try store.read(binned).person.name == "Dora Duplicate-B")
        try store.restore(fromBin: binned, to: b)
        #expect(try store.read(b).person.name == "Dora Duplicate-B")
    }

    @Test func idsDifferingOnlyInCaseAreTheSameId() throws {
        let a = try place("duplicate-id-a.json", as: "\(sharedID).json")
        let upper = String(decoding: try Fixtures.data("duplicate-id-b.json"), as: UTF8.self)
            .replacingOccurrences(of: sharedID, with: sharedID.uppercased())
        let b = folder.plans.appendingPathComponent("\(sharedID.uppercased()).json")
        try upper.write(to: b, atomically: true, encoding: .utf8)
        #expect(Set(store.files(withID: sharedID).map(\.path)) == [a.path, b.path])
        #expect(store.list().allSatisfy { if case .plan(_, _, let shares) = $0 { shares } else { false } })
    }

    @Test func checkReportsTwoFilesWithOneId() throws {
        let a = try place("duplicate-id-a.json", as: "\(sharedID).json")
        let b = try place("duplicate-id-b.json", as: "38ddfce8-0000-4000-8000-0000000000b2.json")
        let report = FolderCheck.run(store)
        #expect(Set(report.sharedIDs) == [a.path, b.path])
        #expect(
            report.lines.contains {
                $0.hasPrefix("same id as another plan: ") && $0.contains(a.path) && $0.contains(b.path)
            })
    }

    @Test func checkSaysAPlanFromANewerAssetmapIsReadOnlyHere() throws {
        let url = try place("newer-version.json", as: "9a8b7c6d-0000-4000-8000-0000000000f2.json")
        let report = FolderCheck.run(store)
        #expect(report.lines.contains("ok: made by a newer assetmap, read-only here: \(url.path)"))
        #expect(report.problems.isEmpty)
    }
}
