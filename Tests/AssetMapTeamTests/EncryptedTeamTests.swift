import AssetMapCore
import AssetMapCrypto
import Foundation
import TestSupport
import Testing

@testable import AssetMapTeam

@Suite struct EncryptedTeamTests {
    let temporary = TemporaryFolder("assetmap-team-sealed")
    var remote: String { temporary.url.appendingPathComponent("team.git").path }
    let cheap = ScryptCost(n: 1 << 10, r: 8, p: 1)
    let passphrase = "the team's passphrase"

    /// A laptop whose folder is locked with a passphrase, unlocked as the program would.
    func sealed(_ name: String, worker: String, passphrase: String) throws -> Laptop {
        let laptop = Laptop(in: temporary, name, worker: worker)
        try FolderPassphrase.set(laptop.folder, passphrase: passphrase, cost: cheap)
        laptop.codec = try FolderPassphrase.unlock(laptop.folder, passphrase: passphrase).codec
        return laptop
    }

    @Test func theRemoteHoldsOnlySealedFilesAndEveryLaptopOpensThem() throws {
        let ola = try sealed("ola", worker: "Ola", passphrase: passphrase)
        let id = Samples.fullPlan().id
        try ola.write(Samples.fullPlan())
        try ola.changeDirectory(.add(CommunityAsset(id: "d1", name: "Riverside Choir", what: "Singing on Tuesdays")))
        try ola.join(remote)
        let sam = Laptop(in: temporary, "sam", worker: "Sam")
        try sam.join(remote)
        sam.codec = try FolderPassphrase.unlock(sam.folder, passphrase: passphrase).codec
        #expect(try sam.plan(id) == (try ola.plan(id)))

        try ola.change(id) { $0.network[0].gives = "Walks with me on Sundays" }
        sam.clock = ola.clock.addingTimeInterval(600)
        try sam.change(id) { $0.network[0].gives = "Phones every evening" }
        try ola.syncNow()
        #expect(try sam.syncNow().clashes == 1)
        try ola.syncNow()
        let merged = try ola.plan(id)
        #expect(merged == (try sam.plan(id)))
        #expect(merged.network[0].gives == "Phones every evening")
        #expect(merged.notes.last?.text.hasSuffix("Walks with me on Sundays") == true)

        let bare = URL(fileURLWithPath: remote)
        for path in try git(["ls-tree", "-r", "--name-only", "main"], in: bare).split(separator: "\n")
        where path != "keyring.json" {
            #expect(try git(["show", "main:\(path)"], in: bare).hasPrefix("ASSETMAP-SEALED-1\n"))
        }
        // Every version ever sent, shown in full as text.
        let history = try git(["log", "-p", "--text", "--all"], in: bare)
        #expect(history.contains("ASSETMAP-SEALED-1"))
        for words in ["Zoë", "Aoife", "Riverside", "Walks with me", "Phones every", "goodLife", "network"] {
            #expect(!history.contains(words), "the remote's history holds \(words)")
        }
    }

    @Test func aFolderWithAnotherPassphraseIsRefusedAndLeftAsItWas() throws {
        let ola = try sealed("ola", worker: "Ola", passphrase: passphrase)
        try ola.write(Samples.fullPlan())
        try ola.join(remote)
        let carol = try sealed("carol", worker: "Carol", passphrase: "another passphrase")
        try carol.write(Samples.plan(name: "Kit", id: "7f0c2a3e-0000-4000-8000-000000000002"))
        let before = try LocalFiles(data: carol.folder).read()
        #expect(throws: TeamProblem.otherPassphrase) { try carol.join(remote) }
        #expect(try LocalFiles(data: carol.folder).read() == before)
        #expect(!carol.sync.isJoined)
    }

    @Test func aPlainFolderWithPlansCannotJoinAnEncryptedTeam() throws {
        let ola = try sealed("ola", worker: "Ola", passphrase: passphrase)
        try ola.join(remote)
        let plain = Laptop(in: temporary, "plain", worker: "Pat")
        try plain.write(Samples.fullPlan())
        #expect(throws: TeamProblem.otherPassphrase) { try plain.join(remote) }
    }

    @Test func mergingWithoutTheTeamsKeysIsRefusedAndChangesNothing() throws {
        let ola = try sealed("ola", worker: "Ola", passphrase: passphrase)
        let id = Samples.fullPlan().id
        try ola.write(Samples.fullPlan())
        try ola.join(remote)
        let sam = Laptop(in: temporary, "sam", worker: "Sam")
        try sam.join(remote)
        sam.codec = try FolderPassphrase.unlock(sam.folder, passphrase: passphrase).codec
        try ola.change(id) { $0.goodLife = "Ola's words" }
        try sam.change(id) { $0.goodLife = "Sam's words" }
        try ola.syncNow()
        sam.codec = PlainCodec()
        let before = try LocalFiles(data: sam.folder).read()
        #expect(throws: TeamProblem.wrongPassphrase) { try sam.syncNow() }
        #expect(try LocalFiles(data: sam.folder).read() == before)
    }
}
