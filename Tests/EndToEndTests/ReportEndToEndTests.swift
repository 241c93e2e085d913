import AssetMapCore
import Foundation
import TestSupport
import Testing

/// `assetmap report` over a data folder of made-up plans, as a worker or a manager would run it.
@Suite(.serialized) struct ReportEndToEndTests {
    let folder = EndToEndFolder()

    func addCaseload(_ plans: [Plan] = Caseload.plans()) throws {
        let store = PlanStore(folder: DataFolder(root: URL(fileURLWithPath: folder.dataDir)))
        for plan in plans { _ = try store.add(plan) }
    }

    @Test func theReportIsPrintedInEachFormatWithNoNameInIt() throws {
        try addCaseload()
        let written = Caseload.everythingWritten(Caseload.plans())
        for format in ["md", "html", "csv"] {
            let result = try Program.run(["report", "--format", format], dataDir: folder.dataDir)
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.output.contains("People in the caseload"))
            #expect(result.output.contains(format == "csv" ? ",2.8," : "+2.8"))
            for text in written { #expect(!result.output.contains(text), "\(text) is in the \(format) report") }
        }
        let plain = try Program.run(["report"], dataDir: folder.dataDir)
        #expect(plain.output.hasPrefix("# Caseload report"))
    }

    @Test func sinceAndKeyworkerNarrowItAndAGroupOfFewerThanFiveIsNotBrokenDown() throws {
        try addCaseload()
        let since = try Program.run(["report", "--since", "1/2/2026"], dataDir: folder.dataDir)
        #expect(since.status == 0)
        #expect(since.output.contains("Counts what was recorded from 1 February 2026 on"))
        #expect(since.output.contains("Fewer than five people have two complete checks: not broken down further."))
        let one = try Program.run(["report", "--keyworker", "sam okafor"], dataDir: folder.dataDir)
        #expect(one.status == 0)
        #expect(one.output.contains("| People in the caseload | 3 |"))
        #expect(one.output.contains("Fewer than five people: the report is not broken down further."))
        #expect(!one.output.contains("Sam") && !one.output.contains("Okafor"))
        let nobody = try Program.run(["report", "--keyworker", "Someone Else"], dataDir: folder.dataDir)
        #expect(nobody.status == 1)
        #expect(
            nobody.errors
                == "assetmap: No plan has that keyworker; it is the name written as keyworker on a plan's Overview.\n")
    }

    @Test func aDateThatCannotBeReadOrHasNotComeYetIsRefusedPlainly() throws {
        try addCaseload()
        let unreadable = try Program.run(["report", "--since", "the spring"], dataDir: folder.dataDir)
        #expect(unreadable.status == 2)
        #expect(
            unreadable.errors == "assetmap: The date after --since could not be read; try 1 April 2026 or 1/4/2026.\n")
        let future = try Program.run(["report", "--since", "tomorrow"], dataDir: folder.dataDir)
        #expect(future.status == 2)
        #expect(future.errors.contains("is after today"))
        #expect(try Program.run(["report", "--format", "pdf"], dataDir: folder.dataDir).status == 2)
    }

    @Test func aFileIsWrittenPrivatelyAndNotOverAnotherUnlessForced() throws {
        try addCaseload()
        let plans = URL(fileURLWithPath: folder.dataDir).appendingPathComponent("plans")
        try Data("{ not a plan".utf8).write(
            to: plans.appendingPathComponent("0c5e1d2a-0000-4000-8000-0000000000ff.json"))
        let file = folder.temporary.url.appendingPathComponent("report.html").path
        let first = try Program.run(["report", "--format", "html", "-o", file], dataDir: folder.dataDir)
        #expect(first.status == 0)
        #expect(first.errors.hasPrefix("Saved the report to \(file)."))
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.contains("1 plan file could not be read and is not counted; assetmap check lists them."))
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let again = try Program.run(["report", "-o", file], dataDir: folder.dataDir)
        #expect(again.status == 1)
        #expect(
            again.errors
                == "assetmap: \(file) is already there; add --force to write over it, or choose another name.\n")
        #expect(try Program.run(["report", "-o", file, "--force"], dataDir: folder.dataDir).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# Caseload report"))
    }
}
