import AssetMapCore
import AssetMapUI
import Foundation
import TestSupport
import Testing

/// The caseload report on screen, a plan's timeline, and the key that says who is writing.
@Suite struct OutcomesFlowTests {
    static let historyNow = ISO8601DateFormatter().date(from: "2026-04-01T12:00:00Z")!

    @Test func rOnTheCaseloadShowsTheReportWithNoNameOnItAndQGoesBack() {
        let driver = ScreenDriver(plans: Caseload.plans())
        driver.press(.character("r"))
        #expect(driver.effects.last == .loadReport)
        #expect(driver.state.screen == .report && driver.state.keyContext == .report)
        expectSnapshot(driver.screen, named: "report-80x24")
        let everything = driver.screen.lines.joined(separator: "\n")
        for written in Caseload.everythingWritten(Caseload.plans()) { #expect(!everything.contains(written)) }
        driver.press(.pageDown)
        // One line of the page before stays in view: 19 rows of text above the line saying where this is.
        #expect(driver.state.report.top == 18)
        driver.press(.end)
        expectSnapshot(driver.screen, named: "report-80x24-end")
        driver.press(.character("q"))
        #expect(driver.state.screen == .caseload)
        driver.press(.character("r"), .escape)
        #expect(driver.state.screen == .caseload)
    }

    @Test func aSmallCaseloadIsNotBrokenDownOnScreenEither() {
        let driver = ScreenDriver(plans: Array(Caseload.plans().prefix(3)), now: Self.historyNow)
        driver.press(.character("r"))
        expectSnapshot(driver.screen, named: "report-small-caseload")
        #expect(!driver.screen.lines.joined().contains("Average"))
    }

    @Test func tOpensTheTimelineAtItsLatestLinesAndTOrQCloseIt() {
        let driver = ScreenDriver(showing: Caseload.withHistory(), part: "1", now: Self.historyNow)
        driver.press(.character("t"))
        #expect(driver.state.keyContext == .timeline)
        expectSnapshot(driver.screen, named: "timeline-80x24")
        driver.press(.home)
        #expect(driver.state.plan?.timeline?.top == 0)
        driver.press(.character("t"))
        #expect(driver.state.plan?.timeline == nil && driver.state.keyContext == .overview)
        driver.press(.character("t"), .character("q"))
        #expect(driver.state.screen == .plan && driver.state.plan?.timeline == nil)
        driver.resize(120, 40)
        driver.press(.character("t"))
        expectSnapshot(driver.screen, named: "timeline-120x40")
    }

    @Test func wSetsWhoIsWritingAndEverythingAddedOrChangedIsMarked() throws {
        var plan = Samples.fullPlan()
        plan.notes[0].by = .worker
        let driver = ScreenDriver(showing: plan, part: "6")
        #expect(driver.screen.lines[0].trimmed.hasSuffix("Who is writing? Press w"))
        driver.press(.character("w"))
        #expect(driver.state.plan?.editor.writing == .together)
        #expect(driver.screen.lines[0].trimmed.hasSuffix("Writing: together (press w)"))
        #expect(
            driver.state.status?.text.hasPrefix(
                "Writing now: together. What is added or changed from now on is marked written together.")
                == true)
        driver.press(.character("a"))
        driver.type("We went to the library")
        driver.press(.control("s"))
        let note = try #require(driver.state.plan?.plan.notes.last)
        #expect(note.text == "We went to the library" && note.by == .together)
        #expect(driver.screen.lines.contains { $0.contains("2 January 2026 · written together") })
        driver.press(.character("w"))
        #expect(driver.screen.lines[0].trimmed.hasSuffix("Writing: Zoë (press w)"))
        driver.press(.character("2"), .character("a"))
        driver.type("Kez")
        driver.press(.control("s"))
        #expect(driver.state.plan?.plan.network.last?.by == .person)
        driver.press(.character("w"), .character("w"))
        #expect(driver.state.plan?.editor.writing == nil)
        #expect(driver.state.status?.text == "Who is writing is not marked now. Press w to choose.")
        driver.press(.character("6"), .down, .character("e"))
        driver.press(.control("s"))
        #expect(driver.state.plan?.plan.notes.first?.by == .worker)
    }

    @Test func theTitleSaysWhoIsWritingInFullBesideTheExampleMark() {
        let driver = ScreenDriver()
        driver.send(
            .exampleOpened(DemoPlan.make(today: driver.today, now: Samples.later, newID: { UUID().uuidString })))
        driver.press(.character("w"))
        #expect(
            driver.screen.lines[0].trimmed
                == "assetmap · Robin (they/them)  EXAMPLE: not saved · Writing: together (press w)")
    }

    /// "Who is writing?" at the top of every part said what to press but not what it was for: help on every part says.
    @Test func helpOnEveryPartOfAPlanSaysWhatWhoIsWritingMeans() {
        for part in "123456" {
            let driver = ScreenDriver(showing: Samples.fullPlan(), part: part)
            driver.press(.character("?"))
            let help = driver.screen.lines.joined(separator: " ")
            #expect(help.contains("\"Who is writing?\" at the top on the right: press w"), "part \(part)")
        }
    }
}
