import Foundation
import TestSupport
import Testing

/// The command line contract: output, exit codes, and plain one-line errors.
@Suite(.serialized) struct CommandLineTests {
    let temporary = TemporaryFolder("assetmap-cli")
    var dataDir: String { temporary.url.appendingPathComponent("data").path }

    func addPlan(fixture: String, id: String) throws {
        let plans = URL(fileURLWithPath: dataDir).appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try Fixtures.data(fixture).write(to: plans.appendingPathComponent("\(id).json"))
    }

    @Test func withoutATerminalItSaysSoInOneLineAndExitsOne() throws {
        let result = try Program.run([], dataDir: dataDir)
        #expect(result.status == 1)
        #expect(
            result.errors
                == "assetmap: assetmap needs a terminal to show its screens; to see the plans without one, use assetmap list.\n"
        )
    }

    @Test func listShowsPlansAndJSONHasIdNameUpdatedAtAndPath() throws {
        try addPlan(fixture: "handwritten-plan.json", id: "5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234")
        let text = try Program.run(["list"], dataDir: dataDir)
        #expect(text.status == 0)
        #expect(text.output.contains("5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234  Shiv (Siobhán Kelly)"))
        let json = try Program.run(["list", "--json"], dataDir: dataDir)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows[0]["id"] as? String == "5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234")
        #expect(rows[0]["name"] as? String == "Siobhán Kelly")
        #expect(rows[0]["updatedAt"] as? String == "2026-05-03T16:40:12.250Z")
        #expect((rows[0]["path"] as? String)?.hasSuffix("plans/5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234.json") == true)
        let next = try #require(rows[0]["nextStep"] as? [String: Any])
        #expect(next["text"] as? String == "Visit with Mum")
        #expect(next["due"] as? String == "2026-03-20")
    }

    @Test func checkPassesOnGoodFilesAndFailsOnADamagedOneWithoutTouchingIt() throws {
        try addPlan(fixture: "handwritten-plan.json", id: "5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234")
        #expect(try Program.run(["check"], dataDir: dataDir).status == 0)
        try addPlan(fixture: "bad-ring.json", id: "1d2c3b4a-0000-4000-8000-00000000bad1")
        let before = try Fixtures.data("bad-ring.json")
        let result = try Program.run(["check"], dataDir: dataDir)
        #expect(result.status == 1)
        #expect(
            result.output.contains(
                "could not be read: \(dataDir)/plans/1d2c3b4a-0000-4000-8000-00000000bad1.json: network[1].ring must be a number from 1 to 5"
            ))
        #expect(result.errors == "assetmap: 1 file(s) could not be read; they have been left exactly as they are.\n")
        #expect(!result.errors.contains("Bad Ring Example"))
        let after = try Data(
            contentsOf: URL(fileURLWithPath: dataDir + "/plans/1d2c3b4a-0000-4000-8000-00000000bad1.json"))
        #expect(after == before)
    }

    @Test func openingANameThatMatchesNothingOrSeveralSaysSo() throws {
        try addPlan(fixture: "handwritten-plan.json", id: "5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234")
        var second = try #require(
            try JSONSerialization.jsonObject(with: Fixtures.data("handwritten-plan.json")) as? [String: Any])
        second["id"] = "5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b9999"
        try JSONSerialization.data(withJSONObject: second).write(
            to: URL(fileURLWithPath: dataDir + "/plans/5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b9999.json"))
        let none = try Program.run(["open", "Nobody"], dataDir: dataDir)
        #expect(none.status == 1)
        #expect(none.errors == "assetmap: No plan matches that name or id; run assetmap list to see them all.\n")
        let several = try Program.run(["open", "shiv"], dataDir: dataDir)
        #expect(several.status == 1)
        #expect(several.errors.hasPrefix("assetmap: 2 plans match that name"))
        #expect(!several.errors.contains("Siobh"))
        #expect(several.output.contains("5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b9999  Shiv (Siobhán Kelly)"))
    }

    @Test func newWithoutATerminalStartsThePlanAndPrintsItsId() throws {
        let result = try Program.run(["new", "Scripted Person"], dataDir: dataDir)
        #expect(result.status == 0, "\(result.errors)")
        let id = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(UUID(uuidString: id) != nil, "the output should be the plan's id: \(result.output)")
        let plan =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: "\(dataDir)/plans/\(id).json"))) as? [String: Any]
        #expect((plan?["person"] as? [String: Any])?["name"] as? String == "Scripted Person")
        #expect(try Program.run(["list"], dataDir: dataDir).output.contains("\(id)  Scripted Person"))
    }

    @Test func aPlanWhoseIdDiffersOnlyInCaseIsAlreadyInTheCaseload() throws {
        try addPlan(fixture: "handwritten-plan.json", id: "5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234")
        let upper = String(decoding: try Fixtures.data("handwritten-plan.json"), as: UTF8.self)
            .replacingOccurrences(
                of: "5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234", with: "5B1E0C9A-2F43-4A7E-9D61-0D3C8A7B1234")
        let file = temporary.url.appendingPathComponent("upper.json")
        try upper.write(to: file, atomically: true, encoding: .utf8)
        let result = try Program.run(["import", file.path], dataDir: dataDir)
        #expect(result.status == 1)
        #expect(result.errors.contains("already in the caseload"))
    }

    @Test func wrongUsageExitsTwoWithAPlainSentence() throws {
        let missing = try Program.run(["new"], dataDir: dataDir)
        #expect(missing.status == 2)
        #expect(missing.errors.hasPrefix("assetmap: "))
        #expect(missing.errors.contains("assetmap --help"))
        #expect(!missing.errors.contains("Fatal"))
        let unknown = try Program.run(["frobnicate"], dataDir: dataDir)
        #expect(unknown.status == 2)
        let theme = try Program.run(["--theme", "purple"], dataDir: dataDir)
        #expect(theme.status != 0)
        let format = try Program.run(["export", "anyone", "--format", "pdf"], dataDir: dataDir)
        #expect(format.status == 2)
        #expect(
            format.errors.contains("'html', 'md', 'json' or 'csv'. Run assetmap --help"),
            "one full stop, not two: \(format.errors)")
        let nothing = try Program.run(
            ["import", temporary.url.appendingPathComponent("not-there.json").path], dataDir: dataDir)
        #expect(nothing.status == 1)
        #expect(nothing.errors.hasPrefix("assetmap: There is no file at "))
    }

    @Test func theCommonOptionsWorkBeforeOrAfterTheCommand() throws {
        try addPlan(fixture: "handwritten-plan.json", id: "5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234")
        let after = try Program.run(
            ["list", "--data-dir", dataDir], environment: ["ASSETMAP_DATA_DIR": "/nonexistent-a"])
        let before = try Program.run(
            ["--data-dir", dataDir, "list"], environment: ["ASSETMAP_DATA_DIR": "/nonexistent-b"])
        #expect(after.status == 0 && before.status == 0)
        #expect(after.output == before.output)
        #expect(before.output.contains("Shiv"))
    }

    @Test func versionAndHelp() throws {
        let version = try Program.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("assetmap "))
        let help = try Program.run(["--help"])
        #expect(help.status == 0)
        for command in ["open", "new", "list", "export", "import", "demo", "check"] {
            #expect(help.output.contains(command))
        }
    }

    @Test func theDataFolderComesFromTheEnvironmentWhenNotGiven() throws {
        let folder = temporary.url.appendingPathComponent("from-env").path
        let result = try Program.run(["list"], environment: ["ASSETMAP_DATA_DIR": folder])
        #expect(result.status == 0)
        #expect(result.output.contains(folder))
        #expect(permissions(of: folder) == 0o700)
    }
}
