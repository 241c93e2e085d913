import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

@Suite struct GoalsTests {
    static func plan(steps: Int) -> Plan {
        var plan = Samples.fullPlan()
        let texts = [
            "Find the bus times to the sea front", "Go once with Aoife on a dry Saturday morning",
            "Go on my own, with my phone charged",
            "Take a flask of tea", "Go every week for a month",
        ]
        plan.goals[0].steps = (0..<steps).map { index in
            Step(
                id: "s\(index)", text: texts[index % texts.count] + (index >= texts.count ? " (\(index + 1))" : ""),
                who: index % 3 == 1 ? "c1" : "person", due: Samples.day("2026-01-01").adding(days: 7 * index),
                status: index < steps / 3 ? .done : (index == steps / 3 ? .doing : .todo),
                connectionIds: index == 1 ? ["c1"] : [])
        }
        return plan
    }

    func driver(_ plan: Plan, size: Size = Size(width: 80, height: 24)) -> ScreenDriver {
        ScreenDriver(showing: plan, part: "4", size: size)
    }

    @Test func theListOfGoalsWithSteppingBack() {
        expectSnapshot(driver(Self.plan(steps: 5)).screen, named: "goals-list")
    }

    @Test(arguments: [
        (1, Size(width: 80, height: 24)), (5, Size(width: 80, height: 24)), (20, Size(width: 80, height: 24)),
        (5, Size(width: 120, height: 40)), (20, Size(width: 120, height: 40)),
    ])
    func theLadder(steps: Int, size: Size) {
        let driver = driver(Self.plan(steps: steps), size: size)
        driver.press(.enter)
        #expect(driver.state.keyContext == .goal)
        expectSnapshot(driver.screen, named: "ladder-\(steps)-\(size.width)x\(size.height)")
    }

    @Test func aLongLadderScrollsToTheSelectedRung() {
        let driver = driver(Self.plan(steps: 20))
        driver.press(.enter)
        for _ in 0..<19 { driver.press(.up) }
        #expect(driver.state.plan?.goals.stepIndex == 19)
        let text = driver.screen.lines.joined(separator: "\n")
        #expect(text.contains("GOAL"))
        #expect(text.contains("(20)"))
        driver.press(.end)
        #expect(driver.screen.lines.joined().contains("Find the bus times"))
    }

    @Test func makingAGoalWithStepsMarkingOneDoneAndMovingOne() {
        var plan = Samples.plan()
        plan.network = [Samples.connection("c1", "Aoife", ring: 1)]
        let driver = driver(plan)
        driver.press(.character("a"))
        driver.type("Walk by the sea")
        driver.press(.control("s"))
        driver.press(.enter)
        for text in ["Find bus times", "Go with Aoife", "Go alone"] {
            driver.press(.character("a"))
            driver.type(text)
            if text == "Go with Aoife" { driver.press(.tab, .right, .right) }
            driver.press(.control("s"))
        }
        var goal = driver.state.plan!.plan.goals[0]
        #expect(goal.steps.map(\.text) == ["Find bus times", "Go with Aoife", "Go alone"])
        #expect(goal.steps[1].who == "c1")
        #expect(driver.state.plan?.goals.stepIndex == 2)
        driver.press(.down, .down, .character(" "))
        goal = driver.state.plan!.plan.goals[0]
        #expect(goal.steps[0].status == .done)
        #expect(goal.currentStepIndex == 1)
        driver.press(.up, .character("K"))
        #expect(driver.state.plan!.plan.goals[0].steps.map(\.text) == ["Find bus times", "Go alone", "Go with Aoife"])
        #expect(driver.state.plan?.goals.stepIndex == 2)
        driver.press(.character("u"))
        #expect(driver.state.plan!.plan.goals[0].steps.map(\.text) == ["Find bus times", "Go with Aoife", "Go alone"])
        driver.press(.character("q"))
        #expect(driver.state.keyContext == .goals)
        #expect(driver.state.screen == .plan)
    }

    @Test func aStepIsLinkedToPeopleAndStrengthsWithASearchablePicker() {
        let driver = driver(Self.plan(steps: 3))
        driver.press(.enter)
        driver.press(.character("l"))
        #expect(driver.state.keyContext == .picker)
        driver.type("bike")
        driver.press(.character(" "), .enter)
        let step = driver.state.plan!.plan.goals[0].steps[1]
        #expect(step.assetIds == ["a1"])
        #expect(step.connectionIds == ["c1"])
        #expect(driver.screen.lines.joined().contains("Good at fixing bikes (a strength)"))
    }

    @Test func deletingSomeoneLinkedToAStepSaysSoOnTheLadder() {
        let driver = driver(Self.plan(steps: 3))
        driver.press(.character("2"))
        driver.state.plan?.network.selectedID = "c1"
        driver.press(.character("d"), .character("y"), .character("4"))
        driver.press(.enter)
        #expect(driver.state.plan?.goals.stepIndex == 1)
        let step = driver.state.plan!.plan.goals[0].steps[1]
        #expect(step.who == nil)
        #expect(step.removedLinks == ["Aoife (sister)"])
        #expect(driver.screen.lines.joined().contains("Taken off the plan since: Aoife"))
    }

    @Test func thingsInTheWayFromTheCommonOnesOrOwnWords() {
        let driver = driver(Self.plan(steps: 2))
        driver.press(.enter, .character("b"))
        driver.press(.tab, .right, .right, .tab)
        driver.type("Someone to ring first")
        driver.press(.control("s"))
        let barriers = driver.state.plan!.plan.goals[0].barriers
        #expect(barriers.last?.text == GoalWords.commonBarriers[1])
        #expect(barriers.last?.whatHelps == "Someone to ring first")
        driver.press(.character("b"), .control("s"))
        guard case .form(let form)? = driver.state.modals.last else {
            Issue.record("the empty barrier was accepted")
            return
        }
        #expect(form.problem == "Please pick a common one or type what is in the way.")
    }

    /// Words typed as soon as the form opens are the person's own, whole: no letter is taken as a pick from the list.
    @Test func thingsInTheWayTypedAtOnceAreKeptWhole() {
        let driver = driver(Self.plan(steps: 2))
        driver.press(.enter, .character("b"))
        driver.type("Money worries and the bus")
        driver.press(.control("s"))
        #expect(driver.state.plan!.plan.goals[0].barriers.last?.text == "Money worries and the bus")
    }

    @Test func aRiskPlanIncludingDecidingNotTo() {
        let driver = driver(Self.plan(steps: 2))
        driver.press(.enter, .character("r"))
        for _ in 0..<5 { driver.press(.control("u"), .tab) }
        driver.press(.backTab)
        driver.type("Not this winter")
        driver.press(.control("s"))
        #expect(driver.state.plan!.plan.goals[0].risk == RiskPlan(notTakenBecause: "Not this winter"))
        #expect(driver.screen.lines.joined().contains("Decided not to, because:"))
    }

    @Test func steppingBackStagesWithDates() {
        let driver = driver(Samples.plan())
        driver.press(.character("s"))
        driver.type("Meet every two weeks")
        driver.press(.tab)
        driver.type("1 March 2026")
        driver.press(.control("s"))
        #expect(driver.state.plan!.plan.steppingBack.first?.by == Samples.day("2026-03-01"))
        #expect(driver.state.plan?.goals.listFocus == .stages)
        driver.press(.character("a"))
        driver.type("Meet once a month")
        driver.press(.control("s"))
        #expect(driver.state.plan!.plan.steppingBack.count == 2)
    }

    @Test func writingAGoalRemindsToKeepItSmallAndSpecific() {
        let driver = driver(Samples.plan())
        driver.press(.character("a"))
        #expect(driver.screen.lines.joined().contains("Small and specific"))
        driver.type("Stop my problems")
        #expect(driver.screen.lines.joined().contains("Could it be put as what you'd like instead?"))
    }

    @Test func theCaseloadShowsTheNextStepAndSaysKindlyWhenItWasDue() {
        var plan = Self.plan(steps: 5)
        plan.updatedAt = Samples.later
        var driver = ScreenDriver(plans: [plan])
        var line = driver.screen.lines.first { $0.contains("Zoë") } ?? ""
        #expect(line.contains("by 8 Jan: Go once"))
        plan.goals[0].steps[1].due = Samples.day("2025-12-20")
        driver = ScreenDriver(plans: [plan])
        line = driver.screen.lines.first { $0.contains("Zoë") } ?? ""
        #expect(line.contains("was due 20 Dec: Go once"))
        let cell = driver.screen[line.firstIndex(of: "w").map { line.distance(from: line.startIndex, to: $0) } ?? 0, 3]
        #expect(cell.role == .warning || cell.role == .selected)
    }
}

@Suite struct LadderRoomTests {
    static func plan() -> Plan {
        var plan = GoalsTests.plan(steps: 3)
        plan.goals[0].title = "Sing with the community choir again, in the Christmas concert at St Anne's and after"
        plan.goals[0].barriers = [
            Barrier(
                id: "b1", text: "Walking into a room of strangers makes my heart race",
                whatHelps: "Ciara comes with me the first time"),
            Barrier(id: "b2", text: "The bus is not reliable at night", whatHelps: "A lift back from Aoife"),
        ]
        plan.goals[0].risk = RiskPlan(
            benefits: "I get to sing again, meet people, and feel proud of myself",
            risks: "I might panic in the middle of a song and have to leave",
            contingency: "Ciara and I agree a sign; we step out for air and go back in if I want",
            reviewOn: Samples.day("2026-02-01"))
        plan.steppingBack = [
            Stage(
                id: "t1", text: "We meet every two weeks instead of every week, and talk on the phone between",
                by: Samples.day("2027-01-31"))
        ]
        return plan
    }

    @Test func theSidePanelSaysThereIsMoreAndReadsOnInTheRiskPlan() {
        let driver = ScreenDriver(showing: Self.plan(), part: "4")
        driver.press(.enter)
        expectSnapshot(driver.screen, named: "ladder-panel-80x24")
        #expect(driver.screen.lines.contains { $0.contains("↓ more") })
        driver.press(.right, .right)
        #expect(driver.state.plan?.goals.ladderFocus == .risk)
        driver.press(.down, .down, .down, .down, .down, .down, .down, .down)
        let text = driver.screen.lines.joined(separator: "\n")
        #expect(text.contains("Look again"))
        #expect(text.contains("↑ more"))
        // The panel's own column: the ladder beside it, under a wrapped title, may have more below.
        let panel = driver.screen.lines.map { String($0.dropFirst(44)) }.joined(separator: "\n")
        #expect(!panel.contains("↓ more"), "read to the end")
        expectSnapshot(driver.screen, named: "ladder-panel-risk-80x24")
    }

    @Test func theSidePanelGrowsWithTheWindow() {
        let small = LadderLayout(
            content: Rect(x: 1, y: 3, width: 78, height: 19), goal: Self.plan().goals[0], plan: Self.plan(),
            today: Samples.day("2026-01-02"))
        let large = LadderLayout(
            content: Rect(x: 1, y: 3, width: 198, height: 55), goal: Self.plan().goals[0], plan: Self.plan(),
            today: Samples.day("2026-01-02"))
        #expect(small.panel.width == 34)
        #expect(large.panel.width == 66)
    }

    @Test func theGoalsTitleIsWrappedInItsFrameNotCut() {
        let driver = ScreenDriver(showing: Self.plan(), part: "4")
        driver.press(.enter)
        let frame = driver.screen.lines.filter { $0.contains("║") }.joined(separator: " ")
        #expect(frame.contains("GOAL  Sing with the community choir"))
        #expect(frame.contains("St Anne's and after"))
    }

    @Test func aSteppingBackStageShowsItsDateFirst() {
        let driver = ScreenDriver(showing: Self.plan(), part: "4")
        #expect(driver.screen.lines.contains { $0.contains("by 31 January 2027  We meet every two weeks") })
    }
}
