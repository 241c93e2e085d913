import AssetMapCore
import Foundation
import SwiftCSV
import TestSupport
import Testing

/// The caseload in `Caseload.plans()`, worked out by hand:
/// WELL12 first to latest: A 24→36 (+12), B 24→26 (+2), C 36→34 (−2), D 12→12 (0), E 24→26 (+2);
/// F has one complete check.
/// Map now (A–F): 5, 4, 2, 6, 3, 1 on it, of them on rings 1–2: 3, 3, 1, 4, 1, 1.
/// First snapshots (A–E): 3, 4, 3, 2, 3 on it, on rings 1–2: 2, 2, 2, 1, 1.
/// Goals: A's (done 1 March, two steps done, one of them with no day), B's (a step done 1 April), C's (done, no day).
@Suite struct CaseloadReportTests {
    let made = Samples.day("2026-07-01")

    func report(_ scope: ReportScope = ReportScope(), plans: [Plan] = Caseload.plans()) -> CaseloadReport {
        CaseloadReport(plans: plans, scope: scope, made: made, timeZone: Caseload.utc)
    }

    @Test func theWellbeingChangeIsAveragedFromEachPersonsFirstToLatestCompleteCheck() throws {
        let wellbeing = report().wellbeing
        #expect(wellbeing.people == 5)
        // (12 + 2 − 2 + 0 + 2) / 5
        #expect(wellbeing.change == Average(tenths: 28))
        #expect(wellbeing.change?.signed == "+2.8")
        #expect([wellbeing.up, wellbeing.same, wellbeing.down] == [3, 1, 1] as [Int])
    }

    @Test func eachAreasChangeIsAveragedAndTheOnesThatMovedMostAreNamed() {
        let wellbeing = report().wellbeing
        // Sleep: A +1, E +1 → 2/5. Finances: A +1, C −2 → −1/5. Hope: A +1, B +2, E +1 → 4/5. The rest: A +1 → 1/5.
        var expected = Array(repeating: Average(tenths: 2), count: 12)
        expected[0] = Average(tenths: 4)
        expected[3] = Average(tenths: -2)
        expected[11] = Average(tenths: 8)
        #expect(wellbeing.areas == expected)
        #expect(wellbeing.mostUp.map(\.shortName) == ["hope"])
        #expect(wellbeing.mostDown.map(\.shortName) == ["managing money"])
    }

    @Test func theTotalByQuarterTakesEachPersonsLatestCheckThereAndHidesQuartersOfFewerThanFive() {
        let quarters = report().wellbeing.quarters
        // Jan–Mar: 24, 24, 36 (C's March check, not February's), 12, 24, 48 → 168 / 6.
        // Apr–Jun: 36, 26, 34, 12, 26 → 134 / 5.
        #expect(quarters.map(\.quarter.words) == ["Jan–Mar 2026", "Apr–Jun 2026"])
        #expect(quarters.map(\.people) == [6, 5])
        #expect(quarters.map(\.total) == [Average(tenths: 280), Average(tenths: 268)])
        let since = report(ReportScope(since: Samples.day("2026-02-01"))).wellbeing.quarters
        // From February on, only C and F have a check in Jan–Mar.
        #expect(since.map(\.people) == [2, 5])
        #expect(since.map(\.total) == [nil, Average(tenths: 268)])
    }

    @Test func theMapIsAveragedNowAndFromEachPersonsFirstSnapshot() throws {
        let map = report().map
        #expect(map.now == MapCounts(all: Average(tenths: 35), closest: Average(tenths: 22)))  // 21/6, 13/6
        #expect(map.peopleWithSnapshot == 5)
        #expect(map.atFirstSnapshot == MapCounts(all: Average(tenths: 30), closest: Average(tenths: 16)))  // 15/5, 8/5
        #expect(map.nowForThem == MapCounts(all: Average(tenths: 40), closest: Average(tenths: 24)))  // 20/5, 12/5
        #expect(map.change == MapCounts(all: Average(tenths: 10), closest: Average(tenths: 8)))  // 5/5, 4/5
    }

    @Test func goalsSetAndReachedAndStepsDoneAreCounted() throws {
        let goals = try #require(report().goals)
        #expect([goals.set, goals.reached, goals.stepsDone] == [3, 2, 3] as [Int])
        #expect([goals.reachedUndated, goals.stepsUndated] == [0, 0] as [Int])
    }

    @Test func sinceADayOnlyWhatWasRecordedFromThenCountsAndUndatedDoneThingsAreSaidApart() throws {
        let report = report(ReportScope(since: Samples.day("2026-02-01")))
        #expect(report.people == 6)
        // Only C has two complete checks from February on, and only C a snapshot.
        #expect(
            report.wellbeing.people == 1 && report.wellbeing.change == nil
                && report.wellbeing.areas.allSatisfy { $0 == nil })
        #expect(report.map.peopleWithSnapshot == 1 && report.map.change == nil && report.map.now != nil)
        let goals = try #require(report.goals)
        #expect(
            [goals.set, goals.reached, goals.stepsDone, goals.reachedUndated, goals.stepsUndated] == [1, 1, 2, 1, 1]
                as [Int])
        let md = ReportWriter.render(report, as: .md)
        #expect(md.contains("Counts what was recorded from 1 February 2026 on"))
        #expect(md.contains("Fewer than five people have two complete checks: not broken down further."))
        #expect(
            md.contains(
                "Not counted in the period: 1 goal reached and 1 step done "
                    + "before assetmap recorded the day they were done."))
    }

    @Test func aKeyworkersPlansAreFoundWhateverTheCapitalsAndFewerThanFiveAreNotBrokenDown() {
        let report = report(ReportScope(keyworker: "  SAM OKAFOR "))
        #expect(report.people == 3)
        #expect(!report.isBrokenDown && report.goals == nil && report.map.now == nil && report.wellbeing.change == nil)
        #expect(report.wellbeing.quarters.isEmpty)
        let sheet = ReportSheet(report)
        #expect(sheet.shownSections.map(\.key) == ["caseload"])
        #expect(sheet.sections.flatMap(\.rows).filter { $0.shown != nil }.map(\.label) == ["People in the caseload"])
        let md = ReportWriter.render(report, as: .md)
        #expect(md.contains("| People in the caseload | 3 |"))
        #expect(md.contains("Fewer than five people: the report is not broken down further."))
        #expect(md.contains("Only the plans of one keyworker."))
        #expect(!md.contains("Average") && !md.contains("Goals set"))
        let csv = ReportWriter.render(report, as: .csv)
        #expect(!csv.contains("Sam") && !csv.contains("Okafor"))
    }

    @Test func fourPeopleAreNotBrokenDownInAnyFormat() throws {
        let report = report(plans: Array(Caseload.plans().prefix(4)))
        let html = ReportWriter.render(report, as: .html)
        #expect(html.contains("Fewer than five people: the report is not broken down further."))
        #expect(!html.contains("<svg"))
        let csv = try CSV<Named>(string: ReportWriter.render(report, as: .csv))
        let values = csv.rows.filter { $0["measure"] != "People in the caseload" }
        #expect(
            !values.isEmpty
                && values.allSatisfy {
                    $0["value"] == "" && $0["people"] == "" && $0["note"] == "fewer than five people"
                })
    }

    @Test(arguments: ReportFormat.allCases)
    func theReportHoldsNoNameIdOrAnythingWrittenInThePlans(format: ReportFormat) {
        let plans = Caseload.plans()
        let text = ReportWriter.render(report(), as: format)
        for written in Caseload.everythingWritten(plans) {
            #expect(!text.contains(written), "\(written) is in the \(format) report")
        }
        #expect(!text.contains("Quietnotes") && !text.contains("Friendname") && !text.contains("Snaplabel"))
    }

    @Test func theMarkdownSaysEachFigureWithOneDecimalAndASign() {
        let md = ReportWriter.render(report(), as: .md)
        for line in [
            "| People in the caseload | 6 |  |", "| People with two or more complete checks | 5 |  |",
            "| Average change in the total, first to latest check | +2.8 | 5 |", "| Went up | 3 | 5 |",
            "| Stayed the same | 1 | 5 |", "| Went down | 1 | 5 |", "| Area that went up most | hope (+0.8) | 5 |",
            "| Area that went down most | managing money (-0.2) | 5 |", "| Average number on the map now | 3.5 |  |",
            "| Average number on rings 1 and 2 now | 2.2 |  |",
            "| Average change since their first snapshot | +1.0 | 5 |",
            "| Average change on rings 1 and 2 | +0.8 | 5 |", "| Goals set | 3 |  |", "| Goals reached | 2 |  |",
            "| Steps done | 3 |  |", "| Jan–Mar 2026 | 28.0 | 6 |", "| 4. I can manage my current finances | -0.2 |  |",
        ] {
            #expect(md.contains(line), "missing: \(line)")
        }
        #expect(md.hasPrefix("# Caseload report\n\nMade on 1 July 2026 with assetmap."))
        #expect(md.contains(ReportSheet.smallGroups))
    }

    @Test func theCSVHasOneRowPerMeasureWithPlainNumbers() throws {
        let csv = try CSV<Named>(string: ReportWriter.render(report(), as: .csv))
        #expect(csv.header == ["section", "measure", "value", "people", "note"])
        func value(_ measure: String) -> String? { csv.rows.first { $0["measure"] == measure }?["value"] }
        #expect(value("Average change in the total, first to latest check") == "2.8")
        #expect(value("Average change on rings 1 and 2") == "0.8")
        #expect(value("4. I can manage my current finances") == "-0.2")
        #expect(value("Area that went up most") == "hope")
        #expect(csv.rows.filter { $0["section"] == "areas" }.count == 12)
        #expect(Set(csv.rows.map { $0["measure"] ?? "" }).count == csv.rows.count, "a measure is there twice")
    }

    @Test func theHTMLIsWellFormedWithChartsThatHaveDatesAScaleAndTheValues() throws {
        let html = ReportWriter.render(report(), as: .html)
        let (reader, ok, error) = XMLReader.read(html)
        #expect(ok, "not well-formed: \(error)")
        let charts = reader.elements.filter { $0.name == "svg" }
        #expect(charts.count == 3)
        #expect(charts.allSatisfy { $0.attributes["aria-label"]?.isEmpty == false })
        for text in [
            "Jan–Mar 2026", "Apr–Jun 2026", "28.0", "26.8", "+0.8", "-0.2", "48", "first snapshot", "4.0",
            "Now is 1 July 2026",
        ] {
            #expect(reader.text.contains(text), "the charts lack \(text)")
        }
    }

    @Test func averagesRoundHalvesAwayFromZero() {
        #expect(Average(sum: 9, count: 2)?.signed == "+4.5")
        #expect(Average(sum: -1, count: 20)?.signed == "-0.1")
        #expect(Average(sum: 1, count: 3)?.plain == "0.3")
        #expect(Average(sum: 2, count: 3)?.plain == "0.7")
        #expect(Average(sum: 0, count: 3)?.signed == "0.0")
        #expect(Average(sum: 1, count: 0) == nil)
    }
}
