import AssetMapCore
import Crypto
import Foundation
import TestSupport
import Testing

@testable import AssetMapCrypto

@Suite struct FolderPassphraseTests {
    let temporary = TemporaryFolder()
    var folder: DataFolder { DataFolder(root: temporary.url) }
    /// Cheap enough for tests; the program itself uses `ScryptCost.standard`.
    let cheap = ScryptCost(n: 1 << 10, r: 8, p: 1)

    func addPlans(_ count: Int = 3) throws {
        let store = PlanStore(folder: folder)
        for index in 0..<count {
            var plan = Samples.fullPlan()
            plan.id = UUID().uuidString.lowercased()
            plan.person.name = "Canary Person \(index)"
            _ = try store.add(plan)
        }
        try Fixtures.data("community.json").write(to: folder.community)
    }

    func bytes() throws -> [String: Data] {
        var all: [String: Data] = [:]
        for url in folder.personalFiles() + [folder.keyring] where FileManager.default.fileExists(atPath: url.path) {
            all[url.path] = try Data(contentsOf: url)
        }
        return all
    }

    func readAll(with codec: FileCodec) throws -> [Plan] {
        let store = PlanStore(folder: folder, codec: codec)
        return try store.planFiles().map { try store.read($0) }
    }

    @Test func settingAPassphraseSealsEveryFileAndNoNameCanBeRead() throws {
        try addPlans()
        let plain = try readAll(with: PlainCodec())
        _ = PlanStore(folder: folder).list()
        #expect(FileManager.default.fileExists(atPath: folder.index.path), "the caseload's index holds names too")
        try FolderPassphrase.set(folder, passphrase: "correct horse", cost: cheap)
        for (path, data) in try bytes() where !path.hasSuffix("keyring.json") {
            #expect(EncryptedEnvelope.looksSealed(data), "\(path) is not sealed")
            #expect(data.range(of: Data("Canary".utf8)) == nil)
            #expect(data.range(of: Data("walking".utf8)) == nil)
        }
        let unlocked = try FolderPassphrase.unlock(folder, passphrase: "correct horse")
        #expect(try readAll(with: unlocked.codec) == plain)
        unlink(folder.index.path)
        #expect(PlanStore(folder: folder, codec: unlocked.codec).list().count == 3)
        let index = try Data(contentsOf: folder.index)
        #expect(EncryptedEnvelope.looksSealed(index) && index.range(of: Data("Canary".utf8)) == nil)
        #expect(throws: StorageError.self) { try readAll(with: PlainCodec()) }
        #expect(permissions(of: folder.keyring.path) == 0o600)
    }

    @Test func aWrongPassphraseIsRefusedAndChangesNothing() throws {
        try addPlans()
        try FolderPassphrase.set(folder, passphrase: "correct horse", cost: cheap)
        let before = try bytes()
        #expect(throws: FolderPassphrase.Problem.wrongPassphrase) {
            try FolderPassphrase.unlock(folder, passphrase: "Correct horse")
        }
        #expect(throws: FolderPassphrase.Problem.wrongPassphrase) {
            try FolderPassphrase.change(folder, from: "wrong wrong", to: "battery staple", cost: cheap)
        }
        #expect(throws: FolderPassphrase.Problem.wrongPassphrase) {
            try FolderPassphrase.remove(folder, passphrase: "wrong wrong")
        }
        #expect(try bytes() == before)
    }

    @Test func changingThePassphraseReSealsEveryFileUnderANewKey() throws {
        try addPlans()
        try FolderPassphrase.set(folder, passphrase: "correct horse", cost: cheap)
        let before = try bytes()
        try FolderPassphrase.change(folder, from: "correct horse", to: "battery staple", cost: cheap)
        #expect(throws: FolderPassphrase.Problem.wrongPassphrase) {
            try FolderPassphrase.unlock(folder, passphrase: "correct horse")
        }
        let unlocked = try FolderPassphrase.unlock(folder, passphrase: "battery staple")
        #expect(unlocked.note == nil)
        #expect(try readAll(with: unlocked.codec).count == 3)
        for (path, data) in try bytes() where !path.hasSuffix("keyring.json") {
            #expect(data.prefix(36) != before[path]?.prefix(36), "\(path) was not sealed again")
        }
    }

    @Test func takingThePassphraseOffWritesThePlainFilesBack() throws {
        try addPlans()
        let plain = try readAll(with: PlainCodec())
        try FolderPassphrase.set(folder, passphrase: "correct horse", cost: cheap)
        try FolderPassphrase.remove(folder, passphrase: "correct horse")
        #expect(!FolderPassphrase.isSet(folder))
        #expect(try readAll(with: PlainCodec()) == plain)
        #expect(try DirectoryStore(folder: folder).read().entries.count == 1)
    }

    @Test func shortPassphrasesAndASecondSetAreRefused() throws {
        #expect(throws: FolderPassphrase.Problem.tooShort) {
            try FolderPassphrase.set(folder, passphrase: "short", cost: cheap)
        }
        try FolderPassphrase.set(folder, passphrase: "correct horse", cost: cheap)
        #expect(throws: FolderPassphrase.Problem.alreadySet) {
            try FolderPassphrase.set(folder, passphrase: "battery staple", cost: cheap)
        }
        #expect(throws: FolderPassphrase.Problem.notSet) {
            try FolderPassphrase.unlock(DataFolder(root: temporary.file("other")), passphrase: "x")
        }
    }

    @Test func theFolderCannotBeReSealedWhileAssetmapIsUsingIt() throws {
        try addPlans()
        try folder.prepare()
        let inUse = try FileLock.acquire(folder.folderLock, shared: true)
        defer { inUse.release() }
        let before = try bytes()
        #expect(throws: FolderPassphrase.Problem.inUse) {
            try FolderPassphrase.set(folder, passphrase: "correct horse", cost: cheap)
        }
        #expect(try bytes() == before)
    }

    @Test func anInterruptedSettingIsFinishedWhenUnlockedAndPlainFilesStillRead() throws {
        try addPlans()
        try FolderPassphrase.set(folder, passphrase: "correct horse", cost: cheap)
        var keyring = try #require(try Keyring.read(folder))
        keyring.pending = .seal
        try keyring.write(to: folder)
        let leftPlain = folder.planFile(id: "00000000-0000-4000-8000-00000000beef")
        var plan = Samples.plan()
        plan.id = "00000000-0000-4000-8000-00000000beef"
        try PlanJSON.encode(plan).write(to: leftPlain)
        _ = try FolderPassphrase.unlock(folder, passphrase: "correct horse")
        #expect(EncryptedEnvelope.looksSealed(try Data(contentsOf: leftPlain)))
        #expect(try Keyring.read(folder)?.pending == nil)
    }

    @Test func aFileChangedOutsideAssetmapIsNoticedAndNotRewritten() throws {
        try addPlans(1)
        try FolderPassphrase.set(folder, passphrase: "correct horse", cost: cheap)
        let codec = try FolderPassphrase.unlock(folder, passphrase: "correct horse").codec
        let store = PlanStore(folder: folder, codec: codec)
        let url = try #require(store.planFiles().first)
        var data = try Data(contentsOf: url)
        data[data.count - 20] ^= 0x01
        try data.write(to: url)
        let entries = store.list()
        #expect(
            entries == [
                .unreadable(
                    path: url.path,
                    reason: "the file has been changed outside assetmap or is damaged: its seal does not match")
            ])
        #expect(try Data(contentsOf: url) == data)
    }

    @Test func theSealedStoreWorksLikeThePlainOne() throws {
        try FolderPassphrase.set(folder, passphrase: "correct horse", cost: cheap)
        let codec = try FolderPassphrase.unlock(folder, passphrase: "correct horse").codec
        let store = PlanStore(folder: folder, codec: codec)
        let open = try store.create(Samples.plan())
        var plan = Samples.plan()
        plan.goodLife = "Sealed and saved"
        try store.save(plan, in: open)
        open.close()
        #expect(try store.read(open.url).goodLife == "Sealed and saved")
        let binned = try store.moveToBin(open.url, id: plan.id)
        #expect(EncryptedEnvelope.looksSealed(try Data(contentsOf: binned)))
        _ = try DirectoryStore(folder: folder, codec: codec).change(
            .add(CommunityAsset(id: "d", name: "Choir", what: "")))
        #expect(EncryptedEnvelope.looksSealed(try Data(contentsOf: folder.community)))
        #expect(FolderCheck.run(store).lines.contains("Encrypted with a passphrase."))
    }

    @Test func sealingIsAuthenticatedIncludingWhichKey() throws {
        let codec = SealedCodec(keys: ["0011223344556677": SymmetricKey(size: .bits256)], activeID: "0011223344556677")
        let sealed = try codec.seal(Data("Zoë".utf8))
        #expect(try codec.unseal(sealed, path: "p") == Data("Zoë".utf8))
        var other = sealed
        other.replaceSubrange(
            EncryptedEnvelope.magic.count..<EncryptedEnvelope.magic.count + 16, with: Data("8899aabbccddeeff".utf8))
        #expect(throws: StorageError.self) { try codec.unseal(other, path: "p") }
        #expect(throws: StorageError.self) { try codec.unseal(sealed.prefix(40), path: "p") }
        #expect(throws: StorageError(.notSealed, path: "p")) { try codec.unseal(Data("plain".utf8), path: "p") }
        let halfway = SealedCodec(
            keys: ["0011223344556677": SymmetricKey(size: .bits256)], activeID: "0011223344556677", acceptsPlain: true)
        #expect(try halfway.unseal(Data("plain".utf8), path: "p") == Data("plain".utf8))
    }

    @Test func aCodecUnlockedJustBeforeThePassphraseChangedIsNoticed() throws {
        try addPlans(1)
        #expect(FolderPassphrase.stillOpens(PlainCodec(), folder: folder))
        try FolderPassphrase.set(folder, passphrase: "correct horse", cost: cheap)
        #expect(!FolderPassphrase.stillOpens(PlainCodec(), folder: folder))
        let before = try FolderPassphrase.unlock(folder, passphrase: "correct horse").codec
        #expect(FolderPassphrase.stillOpens(before, folder: folder))
        try FolderPassphrase.change(folder, from: "correct horse", to: "battery staple", cost: cheap)
        #expect(!FolderPassphrase.stillOpens(before, folder: folder))
        #expect(
            FolderPassphrase.stillOpens(
                try FolderPassphrase.unlock(folder, passphrase: "battery staple").codec, folder: folder))
        try FolderPassphrase.remove(folder, passphrase: "battery staple")
        #expect(!FolderPassphrase.stillOpens(before, folder: folder))
    }
}
