import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite(.serialized) struct ExportEndToEndTests {
    let folder = EndToEndFolder()

    /// Adds a plan with people on the map by importing a fixture: the same path a worker would use.
    func addFixture() throws {
        let imported = try Program.run(
            ["import", Fixtures.folder.appendingPathComponent("handwritten-plan.json").path], dataDir: folder.dataDir)
        #expect(imported.status == 0, "\(imported.errors)")
    }

    @Test func exportingFromTheProgramWritesAnHTMLPageWithTheNameAndEveryConnection() throws {
        try addFixture()
        let out = folder.temporary.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let session = try TmuxSession([
            "sh", "-c", "cd '\(out.path)' && exec '\(Program.path)' open Shiv --data-dir '\(folder.dataDir)'",
        ])
        try session.waitFor("[1 Overview]")
        try session.press("x")
        try session.waitFor("Save a copy")
        try session.press("C-s")
        try session.waitFor("Copy saved")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.count == 1)
        let name = try #require(files.first)
        #expect(name.hasPrefix("assetmap-plan-") && name.hasSuffix(".html"))
        #expect(!name.contains("Shiv") && !name.contains("Siob"))
        #expect(permissions(of: out.appendingPathComponent(name).path) == 0o600)
        let html = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        let parser = XMLParser(data: Data(html.utf8))
        #expect(parser.parse(), "the page is not well-formed")
        for text in ["Siobhán Kelly", "Mum", "Community choir", "Biscuit"] { #expect(html.contains(text)) }
        #expect(html.components(separatedBy: #"<g class="connection""#).count - 1 == 3)
    }

    @Test func theCommandLineExportsEveryFormatAndAsksBeforeWritingOver() throws {
        try addFixture()
        for format in ["html", "md", "json", "csv"] {
            let result = try Program.run(["export", "Shiv", "--format", format], dataDir: folder.dataDir)
            #expect(result.status == 0)
            #expect(result.output.contains(format == "csv" ? "Mum," : "Mum"))
        }
        let checks = try Program.run(
            ["export", "Shiv", "--format", "csv", "--what", "checks"], dataDir: folder.dataDir)
        #expect(checks.output.hasPrefix("\u{FEFF}date,item1,item2"))
        let file = folder.temporary.url.appendingPathComponent("copy.md").path
        let first = try Program.run(["export", "Shiv", "--format", "md", "-o", file], dataDir: folder.dataDir)
        #expect(first.status == 0)
        #expect(first.errors.hasPrefix("Saved a copy to \(file)."))
        #expect(permissions(of: file) == 0o600)
        let again = try Program.run(["export", "Shiv", "--format", "md", "-o", file], dataDir: folder.dataDir)
        #expect(again.status == 1)
        #expect(
            again.errors
                == "assetmap: \(file) is already there; add --force to write over it, or choose another name.\n")
        #expect(
            try Program.run(["export", "Shiv", "--format", "md", "-o", file, "--force"], dataDir: folder.dataDir).status
                == 0)
        let wrong = try Program.run(["export", "Shiv", "--format", "pdf"], dataDir: folder.dataDir)
        #expect(wrong.status == 2)
        let whatWithoutCSV = try Program.run(
            ["export", "Shiv", "--format", "md", "--what", "checks"], dataDir: folder.dataDir)
        #expect(whatWithoutCSV.status == 2)
    }

    @Test func includeChoosesPageOneOrEverythingAndPrivatePeopleOnlyWhenAsked() throws {
        try TakeHomePlans.add(try TakeHomePlans.twentyPeopleAndTwelveChecks(), to: folder)
        func export(_ arguments: String...) throws -> ChildProcess.Result {
            try Program.run(["export", "Alex"] + arguments, dataDir: folder.dataDir)
        }
        let everything = try export("--format", "html")
        #expect(everything.status == 0 && everything.output.contains("Everyone on my map"))
        #expect(!everything.output.contains("Bob Okonkwo"))
        let pageOne = try export("--format", "html", "--include", "page-one")
        #expect(pageOne.output.contains("Who to contact") && !pageOne.output.contains("Everyone on my map"))
        #expect(!pageOne.output.contains("Bob Okonkwo"))
        #expect(try export("--format", "md", "--include", "page-one,private").output.contains("Bob Okonkwo"))
        #expect(try export("--format", "csv", "--include", "private").output.contains("Bob Okonkwo"))
        #expect(!(try export("--format", "csv").output.contains("Bob Okonkwo")))
        #expect(try export("--format", "json").output.contains("Bob Okonkwo"), "the plan file is the whole plan")
        let notForCSV = try export("--format", "csv", "--include", "page-one")
        #expect(notForCSV.status == 2)
        #expect(notForCSV.errors.contains("--include page-one is only for --format html or md"))
        let notForJSON = try export("--format", "json", "--include", "private")
        #expect(notForJSON.status == 2 && notForJSON.errors.contains("--include is not for --format json"))
        #expect(try export("--format", "html", "--include", "page-one,everything").status == 2)
        #expect(try export("--format", "html", "--include", "secrets").status == 2)
    }

    @Test func someoneMarkedPrivateInTheProgramIsLeftOffTheCopyUnlessTheDialogPutsThemIn() throws {
        try addFixture()
        let out = folder.temporary.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let command = "cd '\(out.path)' && exec '\(Program.path)' open Shiv --data-dir '\(folder.dataDir)'"
        let session = try TmuxSession(["sh", "-c", command], width: 120, height: 40)
        try session.waitFor("[1 Overview]")
        try session.press("2")
        try session.waitFor("[~ Mum")
        try session.press("Enter")
        try session.waitFor("┌─ Mum")
        try session.press("e")
        try session.waitFor("Change Mum")
        try session.press("Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Right")
        try session.waitFor("Yes: kept off copies")
        try session.press("C-s")
        try session.waitFor("Private (left off copies)")
        try session.press("x")
        try session.waitFor("People marked private")
        try session.press("C-s")
        try session.waitFor("Copy saved")
        try session.press("Enter", "x")
        try session.waitFor("Save a copy")
        try session.press("Tab", "Tab", "Right", "C-s")
        try session.waitFor("Copy saved")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted { $0.count < $1.count }
        #expect(files.count == 2)
        let copies = try files.map { try String(contentsOf: out.appendingPathComponent($0), encoding: .utf8) }
        #expect(
            copies.map { $0.contains("<strong>Mum</strong>") } == [false, true], "left out, then put in when asked")
        #expect(copies.allSatisfy { $0.contains("Community choir") })
    }

    @Test func importChecksFirstAndRefusesDuplicatesUnlessAsNew() throws {
        try addFixture()
        let again = try Program.run(
            ["import", Fixtures.folder.appendingPathComponent("handwritten-plan.json").path], dataDir: folder.dataDir)
        #expect(again.status == 1)
        #expect(again.errors.contains("already in the caseload; add --as-new"))
        #expect(folder.planFiles().count == 1)
        let asNew = try Program.run(
            ["import", "--as-new", Fixtures.folder.appendingPathComponent("handwritten-plan.json").path],
            dataDir: folder.dataDir)
        #expect(asNew.status == 0)
        #expect(folder.planFiles().count == 2)
        let damaged = try Program.run(
            ["import", Fixtures.folder.appendingPathComponent("bad-ring.json").path], dataDir: folder.dataDir)
        #expect(damaged.status == 1)
        #expect(
            damaged.errors
                == "assetmap: The file could not be imported: network[1].ring must be a number from 1 to 5. Nothing was added.\n"
        )
        #expect(folder.planFiles().count == 2)
        let missing = try Program.run(["import", "/nonexistent/plan.json"], dataDir: folder.dataDir)
        #expect(missing.status == 1)
        #expect(folder.planFiles().count == 2)
        let list = try Program.run(["list", "--json"], dataDir: folder.dataDir)
        let exported = try Program.run(
            ["export", "5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234", "--format", "json"], dataDir: folder.dataDir)
        #expect(list.status == 0 && exported.output.contains("\"exportedBy\""))
    }

    @Test func theDemoOpensAnExampleAndSavesNothingUnlessAsked() throws {
        let session = try folder.start(["demo"])
        try session.waitFor("EXAMPLE: not saved")
        try session.waitFor("Robin")
        try session.press("2")
        try session.waitFor("Sister")
        try session.press("q")
        try session.waitFor("Leave the example")
        try session.press("n")
        try session.waitFor("No plans yet")
        #expect(folder.planFiles().isEmpty)
    }
}
