import AssetMapCore
import Foundation
import TestSupport
import Testing

/// Messages say what happened in plain words and what to do next, in one sentence with one full stop.
@Suite(.serialized) struct MessageTests {
    let folder = EndToEndFolder()

    @Test func aDataFolderThatIsAFileIsCalledAFile() throws {
        let file = folder.temporary.file("afile")
        try Data("not a folder".utf8).write(to: file)
        let result = try Program.run(["list"], dataDir: file.path)
        #expect(result.status == 1)
        #expect(result.errors.contains("is a file, not a folder"), "\(result.errors)")
        #expect(!result.errors.contains("missing"))
        #expect(try Data(contentsOf: file) == Data("not a folder".utf8))
    }

    /// Root reads any file whatever its mode, so the program runs as nobody (65534) when the test runs as root.
    @Test func aPlanThatCannotBeReadForItsPermissionsIsSaidToBeUnreadable() throws {
        let plans = URL(fileURLWithPath: folder.dataDir).appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        let url = plans.appendingPathComponent("bbbbbbbb-0000-4000-8000-000000000001.json")
        try PlanJSON.encode(Samples.plan(name: "Locked Out", id: "bbbbbbbb-0000-4000-8000-000000000001")).write(to: url)
        chmod(url.path, 0)
        var command = [Program.path, "check", "--data-dir", folder.dataDir]
        if getuid() == 0 {
            for path in [folder.temporary.path, folder.dataDir, plans.path, url.path] { chown(path, 65534, 65534) }
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        }
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        let result = try ChildProcess.run(command, environment: environment)
        #expect(result.status == 1)
        let line = try #require(
            result.output.split(separator: "\n").first { $0.contains("bbbbbbbb-0000-4000-8000-000000000001.json") })
        #expect(line.contains("could not be read"))
        #expect(line.contains("permissions do not let you read it"), "\(line)")
        #expect(!line.contains("written"))
        #expect(!(result.output + result.errors).contains(".."))
    }

    @Test func aFolderNamedLikeAPlanIsCalledAFolderOnce() throws {
        let plans = URL(fileURLWithPath: folder.dataDir).appendingPathComponent("plans")
        try FileManager.default.createDirectory(
            at: plans.appendingPathComponent("x.json"), withIntermediateDirectories: true)
        let result = try Program.run(["check"], dataDir: folder.dataDir)
        #expect(result.status == 1)
        let line = try #require(
            result.output.split(separator: "\n").first { $0.contains("x.json") && $0.hasPrefix("could not") })
        #expect(line == "could not be read: \(plans.path)/x.json: it is a folder, not an ordinary file")
        #expect(!result.output.contains("chmod 600 on it"))
    }

    @Test func aSuggestionEndsItsOwnSentence() throws {
        let result = try Program.run(["list", "--jsno"], dataDir: folder.dataDir)
        #expect(result.status == 2)
        #expect(result.errors.contains("Did you mean '--json'? Run assetmap --help"), "\(result.errors)")
    }

    @Test func aCopyWrittenToAFolderSaysItIsAFolder() throws {
        let plan = folder.temporary.file("plan.json")
        try PlanJSON.encode(Samples.plan(name: "Folder Copy")).write(to: plan)
        #expect(try Program.run(["import", plan.path], dataDir: folder.dataDir).status == 0)
        let target = folder.temporary.file("copies")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let result = try Program.run(
            ["export", "Folder Copy", "--format", "md", "-o", target.path, "--force"], dataDir: folder.dataDir)
        #expect(result.status == 1)
        #expect(result.errors == "assetmap: \(target.path) is a folder; give the name of a file in it after -o.\n")
    }

    @Test func settingAPassphraseOnAnEncryptedFolderSaysSoFirst() throws {
        #expect(
            try Program.run(["passphrase", "set"], dataDir: folder.dataDir, input: "long enough\nlong enough\n").status
                == 0)
        let again = try Program.run(["passphrase", "set"], dataDir: folder.dataDir, input: "short\nshort\n")
        #expect(again.status == 1)
        #expect(again.errors.contains("already has a passphrase"), "\(again.errors)")
    }
}
