import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

@Suite struct WellbeingTests {
    static func plan(checks count: Int) -> Plan {
        var plan = Samples.plan()
        plan.person.preferredName = "Zoë"
        plan.checks = (0..<count).map { index in
            let answers: [Int?] = (0..<12).map { item in
                if index == 2, item == 3 { return nil }
                return min(4, (item + index) % 3 + index / 3)
            }
            return WellbeingCheck(
                id: "w\(index)", date: Samples.day("2026-01-05").adding(days: 30 * index), answers: answers,
                complete: true, recentEvent: .no)
        }
        return plan
    }

    func driver(_ plan: Plan, size: Size = Size(width: 80, height: 24)) -> ScreenDriver {
        ScreenDriver(showing: plan, part: "5", size: size)
    }

    @Test func theTableWithOneCheck() {
        expectSnapshot(driver(Self.plan(checks: 1)).screen, named: "wellbeing-1-check")
    }

    @Test func theTableWithTwelveChecksScrollsSideways() {
        let driver = driver(Self.plan(checks: 12))
        expectSnapshot(driver.screen, named: "wellbeing-12-checks")
        for _ in 0..<11 { driver.press(.left) }
        #expect(driver.state.plan?.wellbeing.selectedCheckID == "w0")
        expectSnapshot(driver.screen, named: "wellbeing-12-checks-first")
    }

    @Test func theChartWhenThereIsRoom() {
        expectSnapshot(
            driver(Self.plan(checks: 4), size: Size(width: 120, height: 40)).screen, named: "wellbeing-chart-120x40")
    }

    @Test func itemsThatWentUpAreNamedFirst() {
        let text = driver(Self.plan(checks: 3)).screen.lines.joined(separator: "\n")
        #expect(text.contains("Better since 4 February:"))
        #expect(text.contains("Lower:"))
        #expect(text.contains("–"))
        #expect(text.contains("/44"))
    }

    @Test func answeringAWholeCheckOneQuestionAtATime() {
        let driver = driver(Samples.plan())
        driver.press(.character("a"))
        #expect(driver.state.keyContext == .wellbeingCheck)
        expectSnapshot(driver.screen, named: "wellbeing-question")
        for answer in ["4", "3", "2", "1", "0", "4", "3", "2", "1", "0"] { driver.press(.character(Character(answer))) }
        driver.press(.character("s"))
        driver.press(.down, .enter)
        #expect(driver.state.plan?.plan.checks[0].answers == [4, 3, 2, 1, 0, 4, 3, 2, 1, 0, nil, 3])
        driver.press(.enter)
        #expect(driver.state.keyContext == .textBox)
        driver.type("Moved flat")
        driver.press(.enter)
        driver.type("Tired but hopeful")
        driver.press(.control("s"))
        let check = driver.state.plan!.plan.checks[0]
        #expect(check.complete)
        #expect(check.recentEvent == .yes)
        #expect(check.recentEventText == "Moved flat")
        #expect(check.notes == "Tired but hopeful")
        #expect(
            driver.state.status?.text
                == "Check finished: 23 out of 44 (11 answered). Thank you. Enter opens its answers.")
    }

    @Test func ctrlSFinishesOnceTheTwelveAreAnsweredAndTheCheckOpensToReadAndChange() {
        let driver = driver(Samples.plan())
        driver.press(.character("a"))
        for answer in "432102343210" { driver.press(.character(answer)) }
        #expect(driver.state.plan?.wellbeing.check?.stage == .event)
        expectSnapshot(driver.screen, named: "wellbeing-question-13")
        #expect(driver.screen.lines.contains { $0.contains("Ctrl-S finish now (13 and 14 can be left)") })
        driver.press(.control("s"))
        let check = driver.state.plan!.plan.checks[0]
        #expect(check.complete)
        #expect(check.recentEvent == nil)
        #expect(driver.state.plan?.wellbeing.check == nil, "finished, it closes on the table")
        #expect(driver.state.status?.text == "Check finished: 25 out of 48. Thank you. Enter opens its answers.")
        expectSnapshot(driver.screen, named: "wellbeing-1-check-just-finished-80x24")
        #expect(driver.screen.lines[21].contains("▸2 Jan"), "the chart's date shows under the message")
        driver.press(.enter)
        #expect(driver.state.plan?.wellbeing.check?.stage == .review)
        driver.press(.down, .down, .enter, .character("4"))
        #expect(driver.state.plan?.plan.checks[0].answers[2] == 4)
        #expect(
            driver.state.plan?.wellbeing.check?.stage == .review, "a changed answer goes back to the page of answers")
        #expect(driver.state.plan?.plan.checks[0].complete == true)
    }

    @Test func ctrlSBeforeTheTwelveAreAnsweredSaysWhatIsLeftAndFinishesNothing() {
        let driver = driver(Samples.plan())
        driver.press(.character("a"), .character("3"), .character("3"), .control("s"))
        #expect(driver.state.plan?.wellbeing.check?.stage == .question(2))
        #expect(driver.state.plan?.plan.checks[0].complete == false)
        #expect(
            driver.state.status?.text == "10 of the twelve are still to answer (s skips one); then Ctrl-S finishes.")
    }

    @Test func ctrlSWhileWritingWhatHappenedFinishesAndKeepsIt() {
        let driver = driver(Samples.plan())
        driver.press(.character("a"))
        for answer in "444444444444" { driver.press(.character(answer)) }
        driver.press(.enter)
        driver.type("New job")
        driver.press(.control("s"))
        let check = driver.state.plan!.plan.checks[0]
        #expect(check.complete)
        #expect(check.recentEvent == .yes)
        #expect(check.recentEventText == "New job")
        #expect(driver.state.plan?.wellbeing.check == nil)
    }

    @Test func backGoesToThePreviousQuestionAndKeepsTheAnswer() {
        let driver = driver(Samples.plan())
        driver.press(.character("a"), .character("3"), .character("b"))
        #expect(driver.state.plan?.wellbeing.check?.stage == .question(0))
        #expect(driver.state.plan?.wellbeing.check?.cursor == 1)
        driver.press(.character("4"))
        #expect(driver.state.plan?.plan.checks[0].answers[0] == 4)
    }

    @Test func stoppingHalfWayKeepsTheAnswersAndCarriesOnLater() {
        let driver = driver(Self.plan(checks: 1))
        driver.press(.character("a"), .character("2"), .character("2"), .character("2"), .escape)
        #expect(driver.state.plan?.wellbeing.check == nil)
        #expect(driver.state.status?.text.hasPrefix("Stopped for now") == true)
        let started = driver.state.plan!.plan.checks.last!
        #expect(!started.complete)
        #expect(Array(started.answers.prefix(4)) == [2, 2, 2, nil])
        driver.press(.character("a"))
        #expect(driver.state.keyContext == .dialog)
        driver.press(.character("y"))
        #expect(driver.state.plan?.wellbeing.check?.stage == .question(3))
        driver.press(.escape, .character("a"), .character("n"))
        #expect(driver.state.plan?.plan.checks.count == 2, "a new check is kept from its first answer")
        driver.press(.character("1"))
        #expect(driver.state.plan?.plan.checks.count == 3)
    }

    @Test func notesNewestFirstAddedChangedAndDeleted() {
        var plan = Samples.plan()
        plan.notes = [
            Note(id: "n1", date: Samples.day("2026-01-01"), text: "First meeting at the library."),
            Note(id: "n2", date: Samples.day("2026-02-01"), text: "Walked to the sea front.\nFelt good."),
        ]
        let driver = driver(plan)
        driver.press(.character("6"))
        expectSnapshot(driver.screen, named: "notes")
        driver.press(.character("a"))
        driver.type("Planned the bus trip")
        driver.press(.control("s"))
        #expect(driver.state.plan?.plan.notes.count == 3)
        let ordered = NotesState.ordered(driver.state.plan!.plan)
        #expect(ordered.map(\.date) == [Samples.day("2026-02-01"), driver.today, Samples.day("2026-01-01")])
        #expect(ordered[1].text == "Planned the bus trip")
        #expect(driver.state.plan?.notes.selection == 1)
        driver.press(.down, .character("d"), .character("y"))
        #expect(driver.state.plan?.plan.notes.map(\.id).contains("n1") == false)
    }

    @Test func aSnapshotOfTheMapAndTheCompareView() {
        var plan = NetworkScreenTests.smallMap()
        plan.snapshots = [
            Snapshot(
                id: "p1", date: Samples.day("2025-11-01"), label: "First map",
                network: [
                    Samples.connection("c2", "Mum", ring: 3, feeling: .mixed),
                    Samples.connection("c5", "Gary", ring: 1, feeling: .draining),
                    Samples.connection("old", "Old neighbour", ring: 2),
                ])
        ]
        let driver = ScreenDriver()
        driver.send(.planOpened(plan, readOnly: nil))
        driver.press(.character("2"), .character("c"))
        #expect(driver.state.keyContext == .networkCompare)
        expectSnapshot(driver.screen, named: "network-compare")
        let text = driver.screen.lines.joined(separator: "\n")
        #expect(text.contains("Mum: ring 3 → 1"))
        #expect(text.contains("Gary: ring 1 → 3"))
        #expect(text.contains("Old neighbour (was ring 2)"))
        driver.press(.character("q"))
        #expect(driver.state.keyContext == .network)
        driver.press(.character("s"))
        driver.type("After the move")
        driver.press(.control("s"))
        #expect(driver.state.plan?.plan.snapshots.last?.label == "After the move")
        #expect(driver.state.plan?.plan.snapshots.last?.network == plan.network)
        driver.press(.character("c"), .left)
        #expect(driver.state.plan?.network.compare?.earlierID == "p1")
        driver.press(.up)
        #expect(driver.state.plan?.network.compare?.laterID == driver.state.plan?.plan.snapshots.last?.id)
        driver.press(.down)
        #expect(driver.state.plan?.network.compare?.laterID == nil)
    }
}

@Suite struct WellbeingCheckOpeningTests {
    func driver(_ plan: Plan, size: Size = Size(width: 80, height: 24)) -> ScreenDriver {
        ScreenDriver(showing: plan, part: "5", size: size)
    }

    @Test func escapeOnACheckWithNoAnswersLeavesNothingBehindWithoutAsking() {
        let driver = driver(WellbeingTests.plan(checks: 1))
        driver.press(.character("a"), .escape)
        #expect(driver.state.modals.isEmpty)
        #expect(driver.state.plan?.plan.checks.count == 1)
        #expect(driver.state.plan?.editor.canUndo == false)
        #expect(driver.state.status?.text == "Nothing was answered, so no check was kept.")
        driver.press(.character("a"), .character("s"), .character("s"), .escape)
        #expect(driver.state.plan?.plan.checks.count == 1, "skipping is not answering")
        #expect(!driver.screen.lines.joined().contains("Nothing went up"))
    }

    @Test func anEmptyCheckLeftInAnOlderFileGoesOnEscapeToo() {
        var plan = WellbeingTests.plan(checks: 1)
        plan.checks.append(WellbeingCheck(id: "empty", date: Samples.day("2026-02-10")))
        let driver = driver(plan)
        driver.press(.enter, .escape)
        #expect(driver.state.plan?.plan.checks.map(\.id) == ["w0"])
        driver.press(.character("u"))
        #expect(driver.state.plan?.plan.checks.count == 2, "and can be brought back")
    }

    @Test func theFirstAnswerKeepsTheCheckAndUndoTakesItBack() {
        let driver = driver(Samples.plan())
        driver.press(.character("a"), .character("4"), .character("3"), .character("2"), .escape)
        #expect(driver.state.plan?.plan.checks.first?.answers.prefix(3) == [4, 3, 2])
        #expect(driver.state.status?.text.hasPrefix("Stopped for now") == true)
        driver.press(.character("u"))
        #expect(
            driver.state.plan?.plan.checks.first?.answers.compactMap { $0 } == [4],
            "the answers after the first go together")
        driver.press(.character("u"))
        #expect(driver.state.plan?.plan.checks.isEmpty == true)
    }

    @Test func aFinishedCheckOpensToReadAndChangeNotToCarryOn() {
        let driver = driver(WellbeingTests.plan(checks: 2))
        driver.press(.enter)
        #expect(driver.state.keyContext == .wellbeingReview)
        expectSnapshot(driver.screen, named: "wellbeing-review")
        driver.press(.down, .down, .enter)
        #expect(driver.state.plan?.wellbeing.check?.stage == .question(2))
        driver.press(.character("4"))
        #expect(driver.state.plan?.wellbeing.check?.stage == .review, "back to all the answers, not on to question 4")
        #expect(driver.state.plan?.plan.checks.last?.answers[2] == 4)
        #expect(driver.state.plan?.plan.checks.last?.complete == true)
        driver.press(.escape)
        #expect(driver.state.plan?.wellbeing.check == nil)
        #expect(driver.state.status == nil, "nothing about carrying on")
        #expect(!driver.screen.lines.joined().contains("carry on"))
    }

    @Test func theChartShowsDatesAndTotalsAt80x24() {
        var plan = WellbeingTests.plan(checks: 2)
        plan.checks.append(
            WellbeingCheck(
                id: "same-day", date: plan.checks[1].date,
                answers: [1, 2, nil, 1, 2, 0, 1, 2, 0, 1, 2, 3], complete: true))
        let driver = driver(plan)
        expectSnapshot(driver.screen, named: "wellbeing-chart-80x24")
        let text = driver.screen.lines.joined(separator: "\n")
        #expect(text.contains("4 Feb (1)"))
        #expect(text.contains("4 Feb (2)"))
        #expect(text.contains("15/44"))
        #expect(text.contains("15/44: 11 answered, so out of 44"))
        let chart = driver.screen.lines.drop { !$0.contains("Totals over time") }
        #expect(chart.contains { $0.contains("4 Feb (2)") }, "dates under the bars")
        #expect(chart.contains { $0.contains("15/44") }, "totals beside the bars")
    }

    @Test func aTallWindowGrowsTheChartWithItsScale() throws {
        let driver = driver(WellbeingTests.plan(checks: 4), size: Size(width: 120, height: 50))
        let lines = driver.screen.lines
        let top = try #require(lines.firstIndex { $0.contains("48 ┤") })
        let bottom = try #require(lines.firstIndex { $0.contains(" 0 ┤") })
        #expect(bottom - top >= 12)
        #expect(lines.contains { $0.contains("24 ┤") })
    }

    @Test func whenItAllDoesNotFitArrowsScrollAndTheLastRowSaysSo() {
        var plan = WellbeingTests.plan(checks: 3)
        plan.checks[2].complete = false
        plan.checks[2].by = .worker
        let driver = driver(plan)
        #expect(driver.screen.lines.contains { $0.contains("↓ more below: press ↓") })
        driver.press(.down, .down, .down, .down, .down, .down)
        #expect(driver.screen.lines.contains { $0.contains("↑ more above") })
        #expect(driver.screen.lines.contains { $0.contains("Totals over time") })
    }
}
