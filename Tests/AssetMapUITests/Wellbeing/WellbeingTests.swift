import AssetMapCore
@testable import AssetMapUI
import Testing
import TestSupport

@Suite struct WellbeingTests {
    static func plan(checks count: Int) -> Plan {
        var plan = Samples.plan()
        plan.person.preferredName = "Zoë"
        plan.checks = (0..<count).map { index in
            let answers: [Int?] = (0..<12).map { item in
                if index == 2, item == 3 { return nil }
                return min(4, (item + index) % 3 + index / 3)
            }
            return WellbeingCheck(id: "w\(index)", date: Samples.day("2026-01-05").adding(days: 30 * index), answers: answers,
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
        expectSnapshot(driver(Self.plan(checks: 4), size: Size(width: 120, height: 40)).screen, named: "wellbeing-chart-120x40")
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
        #expect(driver.state.status?.text == "Check finished: 23 out of 44 (11 answered). Thank you.")
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
        #expect(driver.state.plan?.plan.checks.count == 3)
    }

    @Test func eachAnswerIsUndoneWithTheWholeCheck() {
        let driver = driver(Samples.plan())
        driver.press(.character("a"), .character("4"), .character("4"), .escape, .character("u"))
        #expect(driver.state.plan?.plan.checks.first?.answers.compactMap { $0 }.isEmpty == true)
        driver.press(.character("u"))
        #expect(driver.state.plan?.plan.checks.isEmpty == true)
    }

    @Test func notesNewestFirstAddedChangedAndDeleted() {
        var plan = Samples.plan()
        plan.notes = [Note(id: "n1", date: Samples.day("2026-01-01"), text: "First meeting at the library."),
                      Note(id: "n2", date: Samples.day("2026-02-01"), text: "Walked to the sea front.\nFelt good.")]
        let driver = driver(plan)
        driver.press(.character("6"))
        expectSnapshot(driver.screen, named: "notes")
        driver.press(.character("a"))
        driver.press(.tab)
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
        plan.snapshots = [Snapshot(id: "p1", date: Samples.day("2025-11-01"), label: "First map", network: [
            Samples.connection("c2", "Mum", ring: 3, feeling: .mixed), Samples.connection("c5", "Gary", ring: 1, feeling: .draining),
            Samples.connection("old", "Old neighbour", ring: 2),
        ])]
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
