import SwiftCSV
import TestSupport
import Testing

@testable import AssetMapCore

@Suite struct CSVExportTests {
    @Test(arguments: [
        "=1+1", "+44 7700 900123", "-2+3", "-cmd|' /C calc'!A0", "@SUM(1+1)", "\t=1+1", "\r=1+1", "- lifts to hospital",
        "-£20 a week", "+", "-", "1-2",
    ])
    func aCellASpreadsheetCouldRunIsWrittenAsText(typed: String) throws {
        var plan = Samples.plan()
        plan.network = [Samples.connection("c1", typed, ring: 2, gives: typed)]
        let csv = CSVExporter.connections(plan)
        #expect(csv.hasPrefix(CSVExporter.byteOrderMark + "name,ring,"))
        let row = try #require(try CSV<Enumerated>(string: csv).rows.first)
        let guarded = typed.first.map { "=+-@\t\r".contains($0) } == true
        #expect(row[0] == (guarded ? "'" : "") + typed)
        #expect(row[4] == row[0])
        #expect(row[1] == "2")
    }

    @Test(arguments: ["-2", "+3", "-1.5", "42", "0.25"])
    func numbersStayNumbers(typed: String) {
        #expect(CSVExporter.field(typed) == typed)
    }

    @Test func theChecksAreNumbersWithTheMarkOnlyAtTheStart() throws {
        let csv = CSVExporter.checks(Samples.fullPlan())
        #expect(csv.hasPrefix("\u{FEFF}date,item1,"))
        #expect(csv.components(separatedBy: "\u{FEFF}").count == 2)
        #expect(csv.hasSuffix("\r\n2026-01-05,2,3,1,2,4,3,2,3,1,2,2,3,28,12,yes,\r\n"))
    }

    /// A tab read from a file becomes a space, and some spreadsheets trim spaces before looking for a formula.
    @Test func aFormulaAfterSpacesOrALineBreakIsWrittenAsTextToo() {
        #expect(CSVExporter.field(" =1+1") == "' =1+1")
        #expect(CSVExporter.field("\n@SUM(1+1)") == "\"'\n@SUM(1+1)\"")
        #expect(CSVExporter.field(" -2") == " -2")
    }

    @Test func aLineBreakOfCarriageReturnAndNewLineIsQuoted() throws {
        #expect(CSVExporter.field("one\r\ntwo") == "\"one\r\ntwo\"")
    }
}
