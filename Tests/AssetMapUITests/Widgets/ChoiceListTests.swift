import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

/// Choices of more than three open as a list: letters jump, arrows stop at the ends, Enter picks and moves on, and a
/// number or letters only one option begins pick it and move on by themselves.
@Suite struct ChoiceListTests {
    let area = Rect(x: 0, y: 0, width: 80, height: 21)
    static let kinds = ["a person", "a group", "a place", "a service", "a pet"]

    func form(selected: Int = 0) -> FormState {
        FieldsForm.make([
            .text(label: "Name"), .choice(label: "Who or what", Self.kinds, selected: selected), .text(label: "Gives"),
        ])
    }

    func press(_ keys: Key..., on form: inout FormState) {
        for key in keys { _ = FormReducer.handle(key, form: &form, area: area) }
    }

    @Test func lettersJumpToTheFirstOptionThatBeginsWithThemOrHasAWordThatDoes() {
        var form = form()
        form.focus = 1
        press(.character("p"), on: &form)
        #expect(form.fields[1].chosen == 0)
        #expect(form.focus == 1, "three options begin with p: the list stays open")
        press(.character("e"), on: &form)
        #expect(form.fields[1].chosen == 0, "\"pe\" begins a person and a pet")
        press(.character("t"), on: &form)
        #expect(form.fields[1].chosen == 4, "\"pet\" finds a pet")
        #expect(form.focus == 2)
        press(.backTab, .character("g"), on: &form)
        #expect(form.fields[1].chosen == 1, "g finds a word in \"a group\"")
    }

    @Test func lettersOnlyOneOptionBeginsPickItAndGoOnToTheNextField() {
        var form = form()
        form.focus = 1
        press(.character("s"), on: &form)
        #expect(form.fields[1].chosen == 3)
        #expect(form.focus == 2)
        #expect(form.fields[2].typed == "")
    }

    @Test func theRestOfAWordTypedInFullDoesNotSpillIntoTheNextField() {
        var form = form()
        form.focus = 1
        for c in "service" { press(.character(c), on: &form) }
        #expect(form.fields[1].chosen == 3)
        #expect(form.focus == 2)
        #expect(form.fields[2].typed == "", "\"ervice\" is passed over")
        for c in "Lifts" { press(.character(c), on: &form) }
        #expect(form.fields[2].typed == "Lifts")
    }

    @Test func aLetterThatDoesNotGoOnWithTheWordIsTypedAsUsual() {
        var form = form()
        form.focus = 1
        for c in "gx" { press(.character(c), on: &form) }
        #expect(form.focus == 2)
        #expect(form.fields[2].typed == "x")
        press(.backTab, .character("g"), .left, on: &form)
        press(.character("r"), on: &form)
        #expect(form.fields[2].typed == "rx", "another key in between ends passing over the rest of the word")
    }

    @Test func aNumberPicksByTheNumberShownAndGoesOn() {
        var form = form()
        form.focus = 1
        press(.character("5"), on: &form)
        #expect(form.fields[1].chosen == 4)
        #expect(form.focus == 2)
        press(.backTab, .character("0"), .character("7"), on: &form)
        #expect(form.fields[1].chosen == 4, "no option has the number 0 or 7")
        #expect(form.focus == 1)
    }

    @Test func theListIsNumberedOnlyWhereNoOptionBeginsWithADigit() {
        #expect(ChoiceKeys.isNumbered(Self.kinds))
        #expect(!ChoiceKeys.isNumbered(ConnectionForm.ringOptions), "rings carry their own numbers")
        #expect(ChoiceKeys.picksByNumber(ConnectionForm.ringOptions))
        #expect(!ChoiceKeys.isNumbered(["me", "Flat 2 neighbours", "GP", "Mum"]))
        let driver = ScreenDriver(showing: Samples.plan(), part: "2")
        driver.press(.character("a"))
        driver.type("Biscuit")
        driver.press(.tab, .character("2"))
        expectSnapshot(driver.screen, named: "form-kind-list-numbered")
        #expect(driver.screen.lines.contains { $0.contains("2 · friends ▾") }, "the field shows what was chosen")
        #expect(driver.screen.lines.contains { $0.contains("5 · a pet") })
    }

    @Test func aChoiceInTheLastFieldStaysThere() {
        var form = FieldsForm.make([.text(label: "Name"), .choice(label: "Who or what", Self.kinds)])
        form.focus = 1
        press(.character("4"), on: &form)
        #expect(form.fields[1].chosen == 3)
        #expect(form.focus == 1)
        press(.character("e"), on: &form)
        #expect(form.fields[1].chosen == 3, "nothing is passed over in a field that did not move on: e begins nothing")
    }

    @Test func theSameLetterAgainMovesOnToTheNextItBegins() {
        var form = form()
        form.focus = 1
        press(.character("p"), on: &form)
        #expect(form.fields[1].chosen == 0)
        press(.character("p"), on: &form)
        #expect(form.fields[1].chosen == 2)
        press(.character("p"), on: &form)
        #expect(form.fields[1].chosen == 4)
        press(.character("p"), on: &form)
        #expect(form.fields[1].chosen == 0)
    }

    @Test func leavingTheFieldForgetsTheLettersTyped() {
        var form = form()
        form.focus = 1
        press(.character("p"), .character("p"), .tab, .backTab, on: &form)
        #expect(form.typedChoice == "")
        press(.character("r"), on: &form)
        #expect(form.fields[1].chosen == 2, "no option begins with r: the choice stays")
    }

    @Test func arrowsStopAtTheEndsAndUpAndDownLeaveTheListOnlyThere() {
        var form = form()
        form.focus = 1
        press(.left, on: &form)
        #expect(form.fields[1].chosen == 0, "← on the first does not wrap round to the last")
        press(.down, .down, .down, .down, on: &form)
        #expect(form.fields[1].chosen == 4)
        #expect(form.focus == 1)
        press(.right, on: &form)
        #expect(form.fields[1].chosen == 4)
        press(.down, on: &form)
        #expect(form.focus == 2)
        press(.up, .up, on: &form)
        #expect(form.focus == 1)
        #expect(form.fields[1].chosen == 3)
        press(.home, on: &form)
        #expect(form.fields[1].chosen == 0)
        press(.up, on: &form)
        #expect(form.focus == 0)
    }

    @Test func enterPicksTheOneMarkedAndMovesOn() {
        var form = form()
        form.focus = 1
        press(.down, .down, .down, .enter, on: &form)
        #expect(form.fields[1].chosen == 3)
        #expect(form.focus == 2)
    }

    @Test func aDigitPicksByNumberWhenNoOptionStartsWithIt() {
        var form = FieldsForm.make([.choice(label: "Part of life", AssetForm.areaOptions)])
        _ = FormReducer.handle(.character("5"), form: &form, area: area)
        #expect(form.fields[0].chosen == 4)
    }

    @Test func theRingListIsOpenWithTheCurrentOneMarkedWhileItHasFocus() {
        let driver = ScreenDriver(showing: Samples.plan(), part: "2")
        driver.press(.character("a"))
        driver.type("Aoife")
        driver.press(.tab, .home, .down)
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
        driver.type("friend 1")
        #expect(
            driver.screen.lines.contains { $0.contains("▸ Friend 1 ") },
            "Friend 1 and 10 to 19 all begin so: it stays open")
        driver.press(.end, .up, .up, .up)
        #expect(driver.screen.lines.contains { $0.contains("▸ Friend 17") })
        #expect(driver.screen.lines.contains { $0.contains("↑ more") })
        driver.press(.home)
        driver.type("friend 17")
        #expect(
            driver.screen.lines.contains { $0.contains("Friend 17 ▾") },
            "only one begins \"friend 17\": chosen, and on to the date")
    }

    @Test func whoWillDoItListsThePersonTheWorkerThenThePeopleOnTheMapByRing() {
        var plan = Samples.fullPlan()
        plan.network += [
            Samples.connection("c5", "Biscuit the dog", ring: 2, kind: .pet), Samples.connection("c6", "Mam", ring: 2),
        ]
        #expect(
            StepForm.helpers(plan).map(\.label) == [
                "me (the person)", "the worker (Sam Okafor)", "Aoife (sister)", "Mam", "Walking group", "GP",
            ])
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
        driver.type("Saturday")
        #expect(driver.screen.lines.contains { $0.contains("= Saturday 3 January") })
        expectSnapshot(driver.screen, named: "form-step-date")
        driver.press(.control("s"))
        let step = driver.state.plan?.plan.goals[0].steps.first
        #expect(step?.who == "c1")
        #expect(step?.due == Samples.day("2026-01-03"))
    }
}
