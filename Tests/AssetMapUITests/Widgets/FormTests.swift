import AssetMapCore
import Foundation
import TestSupport
import Testing

@testable import AssetMapUI

@Suite struct FormTests {
    let area = Rect(x: 0, y: 0, width: 80, height: 20)

    func form() -> FormState {
        FieldsForm.make([
            .text(label: "Name"), .choice(label: "Ring", ["1 closest", "2 friends", "3 things I do"]),
            .text(label: "Note", multiline: true),
        ])
    }

    @Test func tabAndShiftTabMoveBetweenFieldsAndWrapRound() {
        var form = form()
        #expect(FormReducer.handle(.tab, form: &form, area: area) == .editing)
        #expect(form.focus == 1)
        _ = FormReducer.handle(.tab, form: &form, area: area)
        _ = FormReducer.handle(.tab, form: &form, area: area)
        #expect(form.focus == 0)
        _ = FormReducer.handle(.backTab, form: &form, area: area)
        #expect(form.focus == 2)
    }

    @Test func enterMovesOnButMakesANewLineInALongAnswer() {
        var form = form()
        _ = FormReducer.handle(.enter, form: &form, area: area)
        #expect(form.focus == 1)
        _ = FormReducer.handle(.enter, form: &form, area: area)
        #expect(form.focus == 2)
        #expect(FormReducer.handle(.enter, form: &form, area: area) == .editing)
        #expect(form.fields[2].typed == "")
        #expect(form.fields[2].input.value == "\n")
    }

    @Test func enterOnTheLastSingleLineFieldSaves() {
        var form = FieldsForm.make([.text(label: "A"), .text(label: "B")])
        form.focus = 1
        #expect(FormReducer.handle(.enter, form: &form, area: area) == .submit)
        #expect(FormReducer.handle(.control("s"), form: &form, area: area) == .submit)
        #expect(FormReducer.handle(.escape, form: &form, area: area) == .cancel)
    }

    @Test func aShortChoiceStepsWithArrowsSpaceDigitsAndLettersAndNeverWrapsRound() {
        var form = form()
        form.focus = 1
        _ = FormReducer.handle(.right, form: &form, area: area)
        #expect(form.fields[1].chosen == 1)
        _ = FormReducer.handle(.left, form: &form, area: area)
        _ = FormReducer.handle(.left, form: &form, area: area)
        #expect(form.fields[1].chosen == 0)
        _ = FormReducer.handle(.character("3"), form: &form, area: area)
        #expect(form.fields[1].chosen == 2)
        #expect(form.focus == 2, "a digit settles the choice and goes on")
        _ = FormReducer.handle(.backTab, form: &form, area: area)
        _ = FormReducer.handle(.character(" "), form: &form, area: area)
        _ = FormReducer.handle(.right, form: &form, area: area)
        #expect(form.fields[1].chosen == 2)
        #expect(form.focus == 1)
        _ = FormReducer.handle(.character("f"), form: &form, area: area)
        #expect(form.fields[1].chosen == 1)
        #expect(form.focus == 2)
        #expect(form.fields[2].typed == "")
    }

    @Test func upAndDownLeaveASingleLineField() {
        var form = form()
        _ = FormReducer.handle(.down, form: &form, area: area)
        #expect(form.focus == 1)
        _ = FormReducer.handle(.up, form: &form, area: area)
        #expect(form.focus == 0)
    }

    @Test func typingIsNoticedAsAChangeAndClearsAProblem() {
        var form = form()
        #expect(!form.hasChanges)
        form.problem = "Please type a name."
        _ = FormReducer.handle(.character("Z"), form: &form, area: area)
        #expect(form.hasChanges)
        #expect(form.problem == nil)
        #expect(form.fields[0].typed == "Z")
    }
}

@Suite struct FormRoomTests {
    @Test func aFieldNotBeingTypedInShowsItsBeginningAndSaysThereIsMore() {
        var form = FieldsForm.make([
            .text(
                label: "What they give me",
                "Sunday dinners, lifts into town, listens when I am low and a great deal more besides"),
            .text(label: "What I give them"),
        ])
        form.focus = 1
        var canvas = Canvas(size: Size(width: 80, height: 24))
        FormView.draw(form, in: canvas.bounds, today: Samples.day("2026-12-03"), showWordingHints: true, on: &canvas)
        let row = canvas.lines.first { $0.contains("What they give me") } ?? ""
        #expect(row.contains("Sunday dinners, lifts"))
        #expect(row.contains("…"))
    }

    @Test func formsGrowWithTheWindowUpToAHundredAndTwentyColumns() {
        let form = FieldsForm.make([.text(label: "Name")])
        #expect(FormLayout(form, in: Rect(x: 0, y: 0, width: 80, height: 21)).box.width == 76)
        #expect(FormLayout(form, in: Rect(x: 0, y: 0, width: 100, height: 21)).box.width == 96)
        #expect(FormLayout(form, in: Rect(x: 0, y: 0, width: 200, height: 57)).box.width == 120)
    }

    @Test func aLongAnswerTakesTheHeightThereIsAndSaysWhenThereIsMore() {
        let text = (1...30).map { "Line \($0) of what happened." }.joined(separator: "\n")
        var form = FieldsForm.make([.text(label: "Note", text, multiline: true), .text(label: "Date")])
        form.focus = 1
        let small = FormLayout(form, in: Rect(x: 0, y: 0, width: 80, height: 21))
        let large = FormLayout(form, in: Rect(x: 0, y: 0, width: 200, height: 57))
        #expect(small.fieldRows[0] > 3)
        #expect(large.fieldRows[0] == 31)
        var canvas = Canvas(size: Size(width: 80, height: 21))
        FormView.draw(form, in: canvas.bounds, today: Samples.day("2026-12-03"), showWordingHints: true, on: &canvas)
        #expect(canvas.lines.contains { $0.contains("Line 1 of") && !$0.contains("more") })
        #expect(canvas.lines.contains { $0.contains("↓ more") })
    }

    @Test func hintsWrapRatherThanBeingCut() {
        let form = GoalForm.make(nil)
        var canvas = Canvas(size: Size(width: 80, height: 24))
        FormView.draw(form, in: canvas.bounds, today: Samples.day("2026-12-03"), showWordingHints: true, on: &canvas)
        let shown = canvas.lines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")) }.joined(
            separator: " ")
        #expect(shown.contains("In the person's own words. " + GoalWords.smallStepsHint))
    }

    @Test func aDateIsReadBackInWordsBesideTheFieldAsItIsTyped() {
        let today = Samples.day("2026-12-03")
        #expect(FormView.spokenDate("Saturday", meaning: .due, today: today)?.text == "= Saturday 5 December")
        #expect(FormView.spokenDate("31 Jan", meaning: .due, today: today)?.text == "= Sunday 31 January 2027")
        #expect(FormView.spokenDate("31 Jan", meaning: .happened, today: today)?.text == "= Saturday 31 January")
        #expect(FormView.spokenDate("someday", meaning: .due, today: today)?.understood == false)
        #expect(FormView.spokenDate("  ", meaning: .due, today: today) == nil)
    }

    /// A step due yesterday may be one written down after it was done: kept, but said to be in the past.
    @Test func aDueDateInThePastIsSaidGentlyAndStillAllowed() {
        let today = Samples.day("2026-12-03")
        #expect(FormView.spokenDate("yesterday", meaning: .due, today: today)?.text == "= 2 December, in the past")
        #expect(FormView.spokenDate("yesterday", meaning: .due, today: today)?.understood == true)
        #expect(FormView.spokenDate("3/5/2025", meaning: .due, today: today)?.text == "= 3 May 25, in the past")
        #expect(FormView.spokenDate("yesterday", meaning: .happened, today: today)?.text == "= Wednesday 2 December")
        #expect(FormView.spokenDate("the 5th", meaning: .due, today: today)?.text == "= Saturday 5 December")
        #expect(FormView.spokenDate("fortnight", meaning: .due, today: today)?.text == "= Thursday 17 December")
    }
}
