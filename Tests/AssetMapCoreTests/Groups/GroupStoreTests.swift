import AssetMapCore
import Foundation
import TestSupport
import Testing

@Suite struct GroupStoreTests {
    let temporary = TemporaryFolder()
    var folder: DataFolder { DataFolder(root: temporary.url.appendingPathComponent("data")) }
    var store: GroupStore { GroupStore(folder: folder) }

    @Test func aGroupIsSavedPrivatelyUnderItsIdAndReadsBackTheSame() throws {
        try withUmask(0o022) {
            var session = GroupSamples.session()
            let open = try store.create(session)
            defer { open.close() }
            #expect(open.url == folder.groups.appendingPathComponent("\(session.id).json"))
            #expect(permissions(of: open.url.path) == 0o600)
            #expect(permissions(of: folder.groups.path) == 0o700)
            session = GroupSamples.withIdeas()
            try store.save(session, in: open)
            #expect(try store.read(open.url) == session)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.groups.path) == ["\(session.id).json"])
        }
    }

    @Test func aSecondCopyCannotTakeAGroupBeingRun() throws {
        let open = try store.create(GroupSamples.session())
        defer { open.close() }
        #expect(throws: StorageError.self) { try GroupStore(folder: folder).create(GroupSamples.session()) }
    }

    @Test func aDamagedGroupFileIsReportedWithItsPathAndLeftAsItIs() throws {
        try DurableFile.makePrivateFolder(folder.groups)
        let url = folder.groups.appendingPathComponent("6d6d6d6d-0000-4000-8000-000000000006.json")
        let damaged = Data(
            #"{"schemaVersion": 1, "id": "6d", "createdAt": "2026-01-01T10:00:00Z", "members": [{"id": "m1", "name": "Jo"#
                .utf8)
        try damaged.write(to: url)
        #expect(throws: StorageError.self) { try store.read(url) }
        do {
            _ = try store.read(url)
        } catch {
            guard case .damaged = error.reason else {
                Issue.record("not reported as damaged: \(error)")
                return
            }
            #expect(error.path == url.path)
            #expect(!error.message.contains("Jo"))
        }
        let report = FolderCheck.run(PlanStore(folder: folder))
        #expect(report.problems == [url.path])
        #expect(try Data(contentsOf: url) == damaged)
    }

    @Test func aGroupFromANewerAssetmapSaysSo() throws {
        try DurableFile.makePrivateFolder(folder.groups)
        let url = folder.groups.appendingPathComponent("g.json")
        try Data(#"{"schemaVersion": 2, "id": "g", "createdAt": "soon"}"#.utf8).write(to: url)
        #expect(throws: StorageError(.newerVersion(2), path: url.path)) { try store.read(url) }
    }

    @Test func groupFilesArePersonalFilesSoAPassphraseSealsThem() throws {
        let open = try store.create(GroupSamples.session())
        open.close()
        #expect(folder.personalFiles().contains(open.url))
    }
}
