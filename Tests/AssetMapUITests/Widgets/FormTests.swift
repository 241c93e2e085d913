import AssetMapCore
import AssetMapUI
import Testing

@Suite struct FormTests {
    let area = Rect(x: 0, y: 0, width: 80, height: 20)

    func form() -> FormState {
        FormState(title: "Test", fields: [
            .text("name", "Name"), .choice("ring", "Ring", ["1 closest", "2 friends", "3 things I do"]),
            .text("note", "Note", multiline: true),
        ], purpose: .newPlan)
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
        #expect(form.text("note") == "")
        #expect(form.fields[2].input.value == "\n")
    }

    @Test func enterOnTheLastSingleLineFieldSaves() {
        var form = FormState(title: "T", fields: [.text("a", "A"), .text("b", "B")], purpose: .newPlan)
        form.focus = 1
        #expect(FormReducer.handle(.enter, form: &form, area: area) == .submit)
        #expect(FormReducer.handle(.control("s"), form: &form, area: area) == .submit)
        #expect(FormReducer.handle(.escape, form: &form, area: area) == .cancel)
    }

    @Test func choicesMoveWithArrowsSpaceDigitsAndFirstLetters() {
        var form = form()
        form.focus = 1
        _ = FormReducer.handle(.right, form: &form, area: area)
        #expect(form.choice("ring") == 1)
        _ = FormReducer.handle(.left, form: &form, area: area)
        _ = FormReducer.handle(.left, form: &form, area: area)
        #expect(form.choice("ring") == 2)
        _ = FormReducer.handle(.character("1"), form: &form, area: area)
        #expect(form.choice("ring") == 0)
        _ = FormReducer.handle(.character(" "), form: &form, area: area)
        #expect(form.choice("ring") == 1)
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
        #expect(form.text("name") == "Z")
    }
}
