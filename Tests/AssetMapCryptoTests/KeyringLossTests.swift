import AssetMapCore
import Foundation
import TestSupport
import Testing

@testable import AssetMapCrypto

/// Once a folder is encrypted it stays so: a plain plan in it is not trusted, and a lost or damaged keyring is said
/// to be lost or damaged, never taken to mean the folder is plain.
@Suite struct KeyringLossTests {
    let temporary = TemporaryFolder()
    var folder: DataFolder { DataFolder(root: temporary.url) }
    let cheap = ScryptCost(n: 1 << 10, r: 8, p: 1)

    func encryptedFolderWithAPlan() throws -> PlanStore {
        _ = try PlanStore(folder: folder).add(Samples.plan())
        try FolderPassphrase.set(folder, passphrase: "correct horse", cost: cheap)
        let store = PlanStore(
            folder: folder, codec: try FolderPassphrase.unlock(folder, passphrase: "correct horse").codec)
        _ = store.list()
        return store
    }

    @Test func aPlainPlanPutInAnEncryptedFolderIsReportedAndNotRead() throws {
        let store = try encryptedFolderWithAPlan()
        let forged = folder.planFile(id: "f0f0f0f0-0000-4000-8000-0000000000f0")
        try Fixtures.data("forged-plain-plan.json").write(to: forged)
        let reason =
            "not sealed: put here by another program? To add a plan you trust, move the file out of the data folder and use assetmap import"
        #expect(store.list().contains(.unreadable(path: forged.path, reason: reason)))
        #expect(throws: StorageError(.notSealed, path: forged.path)) { try store.read(forged) }
        let report = FolderCheck.run(store)
        #expect(report.problems == [forged.path])
        #expect(report.lines.contains("could not be read: \(forged.path): \(reason)"))
        #expect(try Data(contentsOf: forged) == Fixtures.data("forged-plain-plan.json"))
    }

    @Test func aPlainPlanInPlaceOfASealedOneIsNotTakenForIt() throws {
        let store = try encryptedFolderWithAPlan()
        let url = folder.planFile(id: Samples.plan().id)
        var forged = Samples.plan(name: "Forged Person")
        forged.goodLife = "Not what was written here"
        try PlanJSON.encode(forged).write(to: url)
        #expect(
            store.list() == [.unreadable(path: url.path, reason: StorageError(.notSealed, path: url.path).readReason)])
    }

    @Test func anEncryptedFolderIsKnownAsOneWithoutItsKeyringOrItsIndex() throws {
        _ = try encryptedFolderWithAPlan()
        try FileManager.default.removeItem(at: folder.keyring)
        #expect(!FolderPassphrase.isSet(folder))
        #expect(EncryptedEnvelope.found(in: folder))
        try FileManager.default.removeItem(at: folder.index)
        #expect(EncryptedEnvelope.found(in: folder), "the plans themselves are sealed")
    }

    @Test func aPlainFolderIsNotTakenForAnEncryptedOne() throws {
        let store = PlanStore(folder: folder)
        _ = try store.add(Samples.plan())
        #expect(!EncryptedEnvelope.found(in: folder))
        _ = store.list()
        #expect(!EncryptedEnvelope.found(in: folder), "with the plain index")
    }

    @Test func aDamagedKeyringIsSaidToBeDamagedBeforeAnyPassphraseIsTried() throws {
        _ = try encryptedFolderWithAPlan()
        try Data("{ \"schemaVersion\": 1, \"acti".utf8).write(to: folder.keyring)
        #expect(throws: FolderPassphrase.Problem.keyringDamaged(path: folder.keyring.path)) {
            try FolderPassphrase.checkKeyring(folder)
        }
        let message = FolderPassphrase.Problem.keyringDamaged(path: folder.keyring.path).message
        #expect(message.contains("backup"))
        #expect(!message.contains(".."))
    }

    @Test func aPassphraseTakenOffPartWayIsFinishedAndTheFolderOpensPlain() throws {
        _ = try encryptedFolderWithAPlan()
        var keyring = try #require(try Keyring.read(folder))
        keyring.pending = .unseal
        try keyring.write(to: folder)
        let unlocked = try FolderPassphrase.unlock(folder, passphrase: "correct horse")
        #expect(!unlocked.codec.isEncrypted)
        #expect(FolderPassphrase.stillOpens(unlocked.codec, folder: folder))
        #expect(
            try PlanStore(folder: folder, codec: unlocked.codec).read(folder.planFile(id: Samples.plan().id))
                == Samples.plan())
    }
}
