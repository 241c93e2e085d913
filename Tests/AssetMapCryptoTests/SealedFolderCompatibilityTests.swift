import AssetMapCore
import Foundation
import TestSupport
import Testing

@testable import AssetMapCrypto

/// `Tests/Fixtures/sealed-folder` was sealed by an earlier assetmap (`passphrase set` with the standard cost, over
/// `handwritten-plan.json` and `community.json`), so every later build must still open folders people already have.
@Suite struct SealedFolderCompatibilityTests {
    let temporary = TemporaryFolder()
    var folder: DataFolder { DataFolder(root: temporary.url) }
    let passphrase = "correct horse battery"

    func copyFixture() throws {
        let fixture = Fixtures.folder.appendingPathComponent("sealed-folder")
        try folder.prepare()
        for name in [
            "keyring.json", "community.json", "caseload.index", "plans/5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234.json",
        ] {
            try Data(contentsOf: fixture.appendingPathComponent(name)).write(to: temporary.file(name))
        }
    }

    @Test func aFolderSealedEarlierOpensWithItsPassphraseAndReadsAsWritten() throws {
        try copyFixture()
        #expect(throws: FolderPassphrase.Problem.wrongPassphrase) {
            try FolderPassphrase.unlock(folder, passphrase: "correct horse")
        }
        let codec = try FolderPassphrase.unlock(folder, passphrase: passphrase).codec
        let store = PlanStore(folder: folder, codec: codec)
        let plan = try store.read(try #require(store.planFiles().first))
        let written = try PlanJSON.decode(Plan.self, from: Fixtures.data("handwritten-plan.json"))
        #expect(plan == written)
        #expect(plan.person.name == "Siobhán Kelly")
        #expect(try DirectoryStore(folder: folder, codec: codec).read().entries.count == 1)
        let entries = store.list()
        #expect(entries.count == 1)
        guard case .plan(let summary, _, _)? = entries.first else {
            Issue.record("the plan was not listed")
            return
        }
        #expect(SearchQuery("siobhan").matches(folded: summary.searchKey))
    }

    @Test func aFolderSealedEarlierCanHaveItsPassphraseChangedAndTakenOff() throws {
        try copyFixture()
        let cheap = ScryptCost(n: 1 << 10, r: 8, p: 1)
        try FolderPassphrase.change(folder, from: passphrase, to: "battery staple horse", cost: cheap)
        let codec = try FolderPassphrase.unlock(folder, passphrase: "battery staple horse").codec
        let store = PlanStore(folder: folder, codec: codec)
        #expect(try store.read(try #require(store.planFiles().first)).person.preferredName == "Shiv")
        try FolderPassphrase.remove(folder, passphrase: "battery staple horse")
        #expect(
            try PlanStore(folder: folder).read(try #require(store.planFiles().first)).person.name == "Siobhán Kelly")
    }
}
