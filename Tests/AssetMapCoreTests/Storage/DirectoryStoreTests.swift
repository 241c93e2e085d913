import AssetMapCore
import Foundation
import TestSupport
import Testing

@Suite struct DirectoryStoreTests {
    let temporary = TemporaryFolder()
    var folder: DataFolder { DataFolder(root: temporary.url) }

    func entry(_ id: String, _ name: String) -> CommunityAsset {
        CommunityAsset(id: id, name: name, what: "Something to do", tags: ["a", " "])
    }

    @Test func noFileMeansAnEmptyDirectory() throws {
        #expect(try DirectoryStore(folder: folder).read() == CommunityDirectory())
    }

    @Test func entriesAreAddedChangedAndDeletedPrivately() throws {
        let store = DirectoryStore(folder: folder)
        try withUmask(0o022) {
            _ = try store.change(.add(entry("d1", " Walking group ")))
        }
        #expect(permissions(of: folder.community.path) == 0o600)
        var changed = entry("d1", "Walking group")
        changed.cost = "Free"
        _ = try store.change(.update(changed))
        #expect(
            try store.read().entries == [
                CommunityAsset(id: "d1", name: "Walking group", what: "Something to do", cost: "Free", tags: ["a"])
            ])
        _ = try store.change(.delete(id: "d1"))
        #expect(try store.read().entries.isEmpty)
        #expect(throws: EditRejection("Please type its name.")) { try store.change(.add(entry("d2", ""))) }
    }

    @Test func twoProgramsEditingAtOnceBothKeepTheirChangesAndTheSecondIsTold() throws {
        let first = DirectoryStore(folder: folder)
        let second = DirectoryStore(folder: folder)
        _ = try first.read()
        _ = try second.read()
        _ = try first.change(.add(entry("d1", "Choir")))
        #expect(second.changedElsewhere)
        let result = try second.change(.add(entry("d2", "Food bank")))
        #expect(result.directory.entries.map(\.id) == ["d1", "d2"])
        #expect(result.note == "Changed in another assetmap too; both changes are kept.")
        #expect(try first.read().entries.count == 2)
    }

    @Test func anEditOfAnEntryDeletedElsewherePutsItBack() throws {
        let first = DirectoryStore(folder: folder)
        let second = DirectoryStore(folder: folder)
        _ = try first.change(.add(entry("d1", "Choir")))
        _ = try second.read()
        _ = try first.change(.delete(id: "d1"))
        let result = try second.change(.update(entry("d1", "Choir on Fridays")))
        #expect(result.directory.entries.map(\.name) == ["Choir on Fridays"])
        #expect(result.note == "It was deleted in another assetmap; it is back, with your changes.")
    }

    @Test func aDamagedDirectoryIsReportedAndNotOverwritten() throws {
        try folder.prepare()
        try Data("{ not json".utf8).write(to: folder.community)
        let store = DirectoryStore(folder: folder)
        #expect(throws: StorageError.self) { try store.read() }
        #expect(throws: StorageError.self) { try store.change(.add(entry("d1", "Choir"))) }
        #expect(try Data(contentsOf: folder.community) == Data("{ not json".utf8))
    }
}
