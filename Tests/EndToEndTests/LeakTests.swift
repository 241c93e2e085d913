import AssetMapCore
import Foundation
import TestSupport
import Testing

/// A made-up name typed into a plan must turn up nowhere it should not: not in a file name, an error,
/// a crash message, the terminal after leaving, a core file, or (with a passphrase) any file at all.
@Suite(.serialized) struct LeakTests {
    static let canary = "Qzxwvy Canarysson"
    let folder = EndToEndFolder()

    /// Every path under the data folder, with whether it is a folder.
    func everything() throws -> [(path: String, isFolder: Bool)] {
        var found: [(String, Bool)] = [(folder.dataDir, true)]
        let walker = try #require(FileManager.default.enumerator(atPath: folder.dataDir))
        for case let name as String in walker {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.dataDir + "/" + name, isDirectory: &isFolder)
            found.append((folder.dataDir + "/" + name, isFolder.boolValue))
        }
        return found
    }

    func makePlanWithTheCanary() throws {
        let session = try folder.startOnOverview(["new", Self.canary])
        try session.press("End", "Enter")
        try session.type("Good life for \(Self.canary)")
        try session.press("Escape")
        try session.fillIn(after: "2", "a", form: "Add to the map", typing: "Qzxwvy Junior", thenSee: "+ Qzxwvy")
        #expect(try session.leavePlanAndQuit())
        #expect(!(try session.history()).contains("Qzxwvy"), "the name was left in the terminal after leaving")
    }

    @Test func theNameIsInNoFileNameNoErrorAndNotLeftOnTheTerminal() throws {
        try makePlanWithTheCanary()
        for entry in try everything() {
            #expect(!entry.path.contains("Qzxwvy"), "a file name holds the name: \(entry.path)")
            #expect(permissions(of: entry.path) == (entry.isFolder ? 0o700 : 0o600), "\(entry.path)")
        }
        var damaged = Samples.plan(name: Self.canary, id: "00000000-0000-4000-8000-0000000000dd")
        damaged.network = [Connection(id: "x", name: Self.canary, ring: 2)]
        let text = String(decoding: try PlanJSON.encode(damaged), as: UTF8.self).replacingOccurrences(
            of: "\"person\"", with: "\"\(Self.canary)\"")
        try text.write(
            toFile: folder.dataDir + "/plans/00000000-0000-4000-8000-0000000000dd.json", atomically: true,
            encoding: .utf8)
        let badKind = folder.temporary.file("bad-kind.json")
        try String(decoding: try PlanJSON.encode(damaged), as: UTF8.self).replacingOccurrences(
            of: "\"person\",", with: "\"\(Self.canary)\","
        )
        .write(to: badKind, atomically: true, encoding: .utf8)
        let errors = [
            try Program.run(["check"], dataDir: folder.dataDir),
            try Program.run(["import", badKind.path], dataDir: folder.dataDir),
            try Program.run(["open", "Qzxwvy"], dataDir: folder.dataDir),
            try Program.run(["export", "Qzxwvy", "--format", "pdf"], dataDir: folder.dataDir),
        ]
        for result in errors {
            #expect(result.status != 0)
            #expect(!result.errors.contains("Qzxwvy"), "an error names the person: \(result.errors)")
        }
        #expect(!errors[0].output.contains("Qzxwvy"), "check names the person")
        let started = try Program.run(["new", Self.canary], dataDir: folder.dataDir)
        #expect(started.status == 0)
        #expect(!(started.output + started.errors).contains("Qzxwvy"), "new from a script names the person")
    }

    @Test func aCrashSaysOneLineWithoutTheNameOrABacktraceAndLeavesNoCoreFile() throws {
        try makePlanWithTheCanary()
        let workDir = folder.temporary.url.appendingPathComponent("cwd")
        try FileManager.default.createDirectory(at: workDir, withIntermediateDirectories: true)
        let session = try TmuxSession([
            "sh", "-c",
            "ulimit -c unlimited; cd '\(workDir.path)' && exec '\(Program.path)' open Qzxwvy --data-dir '\(folder.dataDir)'",
        ])
        try session.waitFor("[1 Overview]")
        let pid = try session.processID
        let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
        let core = try #require(limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") })
        #expect(
            core.split(separator: " ", omittingEmptySubsequences: true).dropFirst(4).prefix(2) == ["0", "0"],
            "core files are not turned off")
        kill(pid, SIGSEGV)
        #expect(session.waitForExit())
        #expect(session.exitStatus == 70)
        let shown = try session.history()
        #expect(shown.contains("assetmap stopped because of a fault"))
        #expect(!shown.contains("Qzxwvy"))
        #expect(!shown.contains("Backtrace") && !shown.contains("Thread 0"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: workDir.path).filter { $0.hasPrefix("core") }.isEmpty)
    }

    @Test func withAPassphraseNoFileHoldsTheName() throws {
        try makePlanWithTheCanary()
        #expect(
            try Program.run(["passphrase", "set"], dataDir: folder.dataDir, input: "long enough\nlong enough\n").status
                == 0)
        for entry in try everything() where !entry.isFolder {
            let data = try Data(contentsOf: URL(fileURLWithPath: entry.path))
            #expect(data.range(of: Data("Qzxwvy".utf8)) == nil, "\(entry.path) holds the name in plain text")
        }
        let list = try Program.run(["list"], dataDir: folder.dataDir, input: "long enough\n")
        #expect(list.output.contains(Self.canary))
        let check = try Program.run(["check"], dataDir: folder.dataDir, input: "long enough\n")
        #expect(check.output.contains("Encrypted with a passphrase."))
        let wrong = try Program.run(["list"], dataDir: folder.dataDir, input: "not the one\n")
        #expect(wrong.status == 1)
        #expect(!wrong.errors.contains("Qzxwvy"))
    }

    @Test func aTerminateSignalSavesWhatWasBeingTyped() throws {
        let session = try folder.startOnOverview(["new", "Terminate Test"])
        try session.press("2", "a")
        try session.waitFor("Add to the map")
        try session.type("Half typed")
        try session.waitFor("Half typed")
        kill(try session.processID, SIGTERM)
        #expect(session.waitForExit())
        #expect(session.exitStatus == 0)
        #expect(folder.waitUntilSaved("Half typed"))
    }
}
