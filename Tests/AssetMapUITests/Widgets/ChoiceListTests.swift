import AssetMapCore
@testable import AssetMapUI
import Testing
import TestSupport

/// Choices of more than three open as a list: letters jump, arrows stop at the ends, Enter picks and moves on.
@Suite struct ChoiceListTests {
    let area = Rect(x: 0, y: 0, width: 80, height: 21)

    /// Adding someone to the map, on "Who or what", the third field.
    func form() -> FormState {
        var form = ConnectionForm.make(nil, defaultRing: 2)
        form.focus = 2
        return form
    }

    func kind(_ form: FormState) -> Int? {
        guard let connection = form.content as? ConnectionForm else { return nil }
        return connection.kind.chosen
    }

    func press(_ keys: Key..., on form: inout FormState) {
        for key in keys { _ = FormReducer.handle(key, form: &form, area: area) }
    }

    @Test func lettersJumpToTheFirstOptionThatBeginsWithThemOrHasAWordThatDoes() {
        var form = form()
        press(.character("g"), on: &form)
        #expect(kind(form) == 1)
        press(.character("p"), on: &form)
        #expect(kind(form) == 0)
        press(.character("l"), on: &form)
        #expect(kind(form) == 2, "\"pl\" finds a place")
        press(.character("s"), on: &form)
        #expect(kind(form) == 3, "no option has \"pls\", so s starts again")
    }

    @Test func theSameLetterAgainMovesOnToTheNextItBegins() {
        var form = form()
        press(.character("p"), on: &form)
        #expect(kind(form) == 0)
        press(.character("p"), on: &form)
        #expect(kind(form) == 2)
        press(.character("p"), on: &form)
        #expect(kind(form) == 4)
        press(.character("p"), on: &form)
        #expect(kind(form) == 0)
    }

    @Test func leavingTheFieldForgetsTheLettersTyped() {
        var form = form()
        press(.character("g"), .tab, .backTab, .character("r"), on: &form)
        #expect(form.typedChoice == "")
        #expect(kind(form) == 1, "no option begins with r: the choice stays")
    }

    @Test func arrowsStopAtTheEndsAndUpAndDownLeaveTheListOnlyThere() {
        var form = form()
        press(.left, on: &form)
        #expect(kind(form) == 0, "← on the first does not wrap round to the last")
        press(.down, .down, .down, .down, on: &form)
        #expect(kind(form) == 4)
        #expect(form.focus == 2)
        press(.right, on: &form)
        #expect(kind(form) == 4)
        press(.down, on: &form)
        #expect(form.focus == 3)
        press(.up, .up, on: &form)
        #expect(form.focus == 2)
        #expect(kind(form) == 3)
        press(.home, on: &form)
        #expect(kind(form) == 0)
        press(.up, on: &form)
        #expect(form.focus == 1)
    }

    @Test func enterPicksTheOneMarkedAndMovesOn() {
        var form = form()
        press(.character("s"), .enter, on: &form)
        #expect(kind(form) == 3)
        #expect(form.focus == 3)
    }

    @Test func aDigitPicksByNumberWhenNoOptionStartsWithIt() {
        var form = AssetForm.make(owner: .person)
        form.focus = 2
        _ = FormReducer.handle(.character("5"), form: &form, area: area)
        guard let asset = form.content as? AssetForm else { Issue.record("not the strength form"); return }
        #expect(asset.area.chosen == 4)
    }

    @Test func theRingListIsOpenWithTheCurrentOneMarkedWhileItHasFocus() {
        let driver = ScreenDriver(showing: Samples.plan(), part: "2")
        driver.press(.character("a"))
        driver.type("Aoife")
        driver.press(.tab, .character("2"))
        expectSnapshot(driver.screen, named: "form-ring-list")
        #expect(driver.screen.lines.contains { $0.contains("▸ 2 · friends") })
        driver.press(.tab)
        #expect(driver.screen.lines.contains { $0.contains("2 · friends ▾") })
    }

    @Test func aLongListScrollsAndSaysThereIsMore() {
        var plan = Samples.fullPlan()
        plan.network = (1...20).map { Samples.connection("c\($0)", "Friend \($0)", ring: ($0 - 1) / 4 + 1) }
        let driver = ScreenDriver(showing: plan, part: "4")
        driver.press(.enter, .character("a"))
        driver.type("Ask about the bus pass")
        driver.press(.tab)
        expectSnapshot(driver.screen, named: "form-who-list")
        #expect(driver.screen.lines.contains { $0.contains("↓ more") })
        driver.press(.character("f"), .character("r"), .character("i"), .character("e"), .character("n"), .character("d"),
                     .character(" "), .character("1"), .character("7"))
        #expect(driver.screen.lines.contains { $0.contains("▸ Friend 17") })
        #expect(driver.screen.lines.contains { $0.contains("↑ more") })
    }

    @Test func whoWillDoItListsThePersonTheWorkerThenThePeopleOnTheMapByRing() {
        var plan = Samples.fullPlan()
        plan.network += [Samples.connection("c5", "Biscuit the dog", ring: 2, kind: .pet), Samples.connection("c6", "Mam", ring: 2)]
        #expect(StepForm.helpers(plan).map(\.label) == ["me (the person)", "the worker (Sam Okafor)", "Aoife (sister)", "Mam", "Walking group", "GP"])
        #expect(StepForm.helpers(plan, keeping: "c5").map(\.label).contains("Biscuit the dog"))
    }

    @Test func aStepWithWhoAndADateInAFewKeys() {
        var plan = Samples.fullPlan()
        plan.goals[0].steps = []
        let driver = ScreenDriver(showing: plan, part: "4")
        driver.press(.enter, .character("a"))
        driver.type("Ring the choir")
        driver.press(.tab)
        driver.type("ao")
        driver.press(.enter)
        driver.type("Saturday")
        #expect(driver.screen.lines.contains { $0.contains("= Saturday 3 January") })
        expectSnapshot(driver.screen, named: "form-step-date")
        driver.press(.control("s"))
        let step = driver.state.plan?.plan.goals[0].steps.first
        #expect(step?.who == "c1")
        #expect(step?.due == Samples.day("2026-01-03"))
    }
}
