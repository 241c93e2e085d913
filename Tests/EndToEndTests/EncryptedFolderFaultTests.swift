import AssetMapCore
import Foundation
import TestSupport
import Testing

/// An encrypted folder stays encrypted: without its keyring it is refused with a sentence, a plain plan in it is
/// reported, and from a script the passphrase comes on standard input.
@Suite(.serialized) struct EncryptedFolderFaultTests {
    let folder = EndToEndFolder()
    let passphrase = "long enough words"
    var keyring: String { folder.dataDir + "/keyring.json" }

    func encryptedFolderWithAPlan() throws {
        let plan = folder.temporary.file("plan.json")
        try PlanJSON.encode(Samples.plan(name: "Sealed Person")).write(to: plan)
        #expect(try Program.run(["import", plan.path], dataDir: folder.dataDir).status == 0)
        #expect(
            try Program.run(["passphrase", "set"], dataDir: folder.dataDir, input: "\(passphrase)\n\(passphrase)\n")
                .status == 0)
        #expect(try Program.run(["list"], dataDir: folder.dataDir, input: passphrase + "\n").status == 0)
    }

    func plainPlanFiles() -> [URL] {
        folder.planFiles().filter { !EncryptedEnvelope.looksSealed((try? Data(contentsOf: $0)) ?? Data()) }
    }

    @Test func withItsKeyringMissingTheFolderIsRefusedAndNothingIsWrittenPlain() throws {
        try encryptedFolderWithAPlan()
        try FileManager.default.moveItem(atPath: keyring, toPath: folder.temporary.file("keyring-away.json").path)
        let list = try Program.run(["list"], dataDir: folder.dataDir)
        #expect(list.status == 1)
        #expect(list.errors.contains("encrypted, but its keyring.json is missing"), "\(list.errors)")
        #expect(list.errors.contains("from a backup"))
        let check = try Program.run(["check"], dataDir: folder.dataDir)
        #expect(check.status == 1)
        #expect(!check.output.contains("Not encrypted"))

        let session = try folder.start(["new", "Nora Nokeyring"])
        #expect(session.waitForExit())
        #expect(session.exitStatus == 1)
        let shown = try session.history().replacingOccurrences(of: "\n", with: "")
        #expect(shown.contains("keyring.json is missing"), "\(shown)")
        #expect(plainPlanFiles().isEmpty, "a plan was written plain into the encrypted folder")
    }

    @Test func aPlainPlanInAnEncryptedFolderIsReportedByCheckAndTheCaseload() throws {
        try encryptedFolderWithAPlan()
        try Fixtures.data("forged-plain-plan.json").write(
            to: URL(fileURLWithPath: folder.dataDir + "/plans/f0f0f0f0-0000-4000-8000-0000000000f0.json"))
        let check = try Program.run(["check"], dataDir: folder.dataDir, input: passphrase + "\n")
        #expect(check.status == 1)
        #expect(
            check.output.contains("f0f0f0f0-0000-4000-8000-0000000000f0.json: not sealed: put here by another program?")
        )
        let list = try Program.run(["list"], dataDir: folder.dataDir, input: passphrase + "\n")
        #expect(!list.output.contains("Forged Person"))

        // Wide enough for the whole reason beside the file's name; Enter on the row shows it at any width.
        let session = try folder.start(width: 140)
        try session.waitFor("Passphrase for this data folder")
        try session.type(passphrase)
        try session.press("Enter")
        try session.waitFor("not sealed: put here by another program?")
        #expect(!(try session.screen()).joined().contains("Forged Person"))
        try session.press("q")
        #expect(session.waitForExit())
    }

    @Test func aDamagedKeyringIsSaidPlainlyWithWhatToDo() throws {
        try encryptedFolderWithAPlan()
        try Data("{ \"schemaVersion\": 1, \"acti".utf8).write(to: URL(fileURLWithPath: keyring))
        let list = try Program.run(["list"], dataDir: folder.dataDir, input: passphrase + "\n")
        #expect(list.status == 1)
        #expect(list.errors.contains("keyring.json is damaged"), "\(list.errors)")
        #expect(list.errors.contains("backup"))
        #expect(!list.errors.contains(".."))
    }

    @Test func withoutATerminalThePassphraseIsReadFromStandardInput() throws {
        try encryptedFolderWithAPlan()
        let list = try Program.run(["list"], dataDir: folder.dataDir, input: passphrase + "\n")
        #expect(list.status == 0)
        #expect(list.output.contains("Sealed Person"))
        let check = try Program.run(["check"], dataDir: folder.dataDir, input: passphrase + "\n")
        #expect(check.status == 0)
        #expect(check.output.contains("Encrypted with a passphrase."))
        let export = try Program.run(
            ["export", "Sealed Person", "--format", "md"], dataDir: folder.dataDir, input: passphrase + "\n")
        #expect(export.status == 0)
        #expect(export.output.contains("# Sealed Person"))
        let new = try Program.run(["new", "Scripted Person"], dataDir: folder.dataDir, input: passphrase + "\n")
        #expect(new.status == 0, "\(new.errors)")
        #expect(plainPlanFiles().isEmpty, "the new plan was written plain")
        let none = try Program.run(["check"], dataDir: folder.dataDir, input: "")
        #expect(none.status == 1)
        #expect(none.errors.contains("no passphrase was given"), "\(none.errors)")
        #expect(!none.errors.contains("did not match"))
    }
}
