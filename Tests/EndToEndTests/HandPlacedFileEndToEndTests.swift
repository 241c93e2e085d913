import AssetMapCore
import Foundation
import TestSupport
import Testing

/// Plan files put into `plans/` by hand, seen through the real program: the caseload and the command line.
@Suite(.serialized) struct HandPlacedFileEndToEndTests {
    let folder = EndToEndFolder()
    let sharedID = "6d4a1dd9-d013-4bf9-b843-7b730ff9d76f"
    var plans: URL { URL(fileURLWithPath: folder.dataDir).appendingPathComponent("plans") }

    func place(_ fixture: String, as name: String) throws -> URL {
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        let url = plans.appendingPathComponent(name)
        try Fixtures.data(fixture).write(to: url)
        return url
    }

    @Test func twoFilesWithOneIdAreMarkedAndEachOpensExportsAndBinsItsOwnFile() throws {
        let a = try place("duplicate-id-a.json", as: "\(sharedID).json")
        let b = try place("duplicate-id-b.json", as: "38ddfce8-0000-4000-8000-0000000000b2.json")
        let aBytes = try Data(contentsOf: a)
        let export = try Program.run(["export", "Dora Duplicate-B", "--format", "md"], dataDir: folder.dataDir)
        #expect(export.status == 0)
        #expect(
            export.output.contains("# Dora Duplicate-B"), "the export showed another plan: \(export.output.prefix(80))")
        let check = try Program.run(["check"], dataDir: folder.dataDir)
        #expect(check.status == 1)
        #expect(check.output.contains("same id as another plan: "))
        #expect(check.errors.contains("2 plan files share an id"))

        let session = try folder.start()
        let shown = try session.waitFor("Dora Duplicate-A")
        // The rows, not the lines under the list about the one selected.
        let headings = try #require(shown.firstIndex { $0.contains("Last changed") })
        let rows = shown[(headings + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(
            rows.filter { $0.contains("Dora Duplicate-") && $0.contains("same id as another plan file") }.count == 2,
            "both rows should be marked:\n\(shown.joined(separator: "\n"))")
        try session.press("Enter")
        try session.waitFor("[1 Overview]")
        #expect(try session.screen()[0].contains("Dora Duplicate-B"), "Enter on B opened another plan")
        try session.press("q")
        try session.waitFor("Caseload")
        try session.press("d")
        try session.waitFor("Move to the bin")
        try session.press("y")
        try session.waitFor("Moved to the bin")
        #expect(!FileManager.default.fileExists(atPath: b.path), "B's file is still in plans/")
        #expect(try Data(contentsOf: a) == aBytes, "A's file was binned or changed")
        try session.press("q")
        #expect(session.waitForExit())
    }

    @Test func aPlanFromANewerAssetmapIsOkForCheckAndMarkedReadOnlyOnTheCaseload() throws {
        let url = try place("newer-version.json", as: "9a8b7c6d-0000-4000-8000-0000000000f2.json")
        let check = try Program.run(["check"], dataDir: folder.dataDir)
        #expect(check.status == 0)
        #expect(check.output.contains("ok: made by a newer assetmap, read-only here: \(url.path)"), "\(check.output)")
        let session = try folder.start()
        let shown = try session.waitFor("From The Future")
        #expect(
            shown.contains { $0.contains("From The Future") && $0.contains("! read-only: newer assetmap") },
            "the row should say so:\n\(shown.joined(separator: "\n"))")
        try session.press("q")
        #expect(session.waitForExit())
    }
}
