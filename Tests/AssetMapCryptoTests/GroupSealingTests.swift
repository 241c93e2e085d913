import AssetMapCore
import Foundation
import TestSupport
import Testing

@testable import AssetMapCrypto

@Suite struct GroupSealingTests {
    let temporary = TemporaryFolder()
    var folder: DataFolder { DataFolder(root: temporary.url) }
    let cheap = ScryptCost(n: 1 << 10, r: 8, p: 1)

    @Test func aPassphraseSealsGroupFilesTooAndTakingItOffOpensThemAgain() throws {
        let session = GroupSamples.withIdeas()
        let open = try GroupStore(folder: folder).create(session)
        open.close()
        try FolderPassphrase.set(folder, passphrase: "group passphrase", cost: cheap)
        let sealed = try Data(contentsOf: open.url)
        #expect(EncryptedEnvelope.looksSealed(sealed))
        for word in ["Robin", "listening", "choir"] {
            #expect(sealed.range(of: Data(word.utf8)) == nil, "\(word) in plain text")
        }
        #expect(throws: StorageError.self) { try GroupStore(folder: folder).read(open.url) }
        let codec = try FolderPassphrase.unlock(folder, passphrase: "group passphrase").codec
        #expect(try GroupStore(folder: folder, codec: codec).read(open.url) == session)
        try FolderPassphrase.remove(folder, passphrase: "group passphrase")
        #expect(try GroupStore(folder: folder).read(open.url) == session)
    }

    @Test func aGroupStartedInAnEncryptedFolderIsSealedFromItsFirstSave() throws {
        try FolderPassphrase.set(folder, passphrase: "group passphrase", cost: cheap)
        let codec = try FolderPassphrase.unlock(folder, passphrase: "group passphrase").codec
        let open = try GroupStore(folder: folder, codec: codec).create(GroupSamples.session())
        defer { open.close() }
        #expect(EncryptedEnvelope.looksSealed(try Data(contentsOf: open.url)))
    }
}
