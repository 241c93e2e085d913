import AssetMapCore

/// One WELL12 question at a time, in plain words, with its five answers and the keys to give them.
enum CheckFormView {
    static func draw(_ form: CheckFormState, check: WellbeingCheck, today: CalendarDay, in content: Rect, on canvas: inout Canvas) {
        let title = "WELL12 wellbeing check · \(DayText.show(check.date, today: today))"
        canvas.write(title, at: Point(x: content.x, y: content.y), role: .heading, clip: content)
        let progress = progressText(form.stage)
        canvas.write(progress, at: Point(x: content.maxX - progress.displayWidth, y: content.y), role: .dim, clip: content)
        canvas.write(dots(check, form: form), at: Point(x: content.x, y: content.y + 1), role: .dim, clip: content)
        let body = Rect(x: content.x + 2, y: content.y + 3, width: content.width - 4, height: content.height - 5)
        switch form.stage {
        case .question(let index):
            let statement = Well12.items[index].statement
            let rows = canvas.writeWrapped(statement, in: Rect(x: body.x + 2, y: body.y, width: body.width - 4, height: 3), role: .centre)
            let answer = check.answers[index]
            let labels = Well12.answers.map { "\($0.value)  \($0.words)" } + ["s  Skip this one"]
            drawChoices(labels, cursor: form.cursor, chosen: answer.map { value in Well12.answers.firstIndex { $0.value == value } ?? 0 },
                        from: body.y + rows + 1, in: body, on: &canvas)
        case .event:
            let rows = canvas.writeWrapped("13. " + Well12.recentEventQuestion, in: Rect(x: body.x, y: body.y, width: body.width, height: 3), role: .centre)
            let labels = CheckFormState.eventChoices.map(Well12.words)
            drawChoices(labels, cursor: form.cursor, chosen: check.recentEvent.flatMap { CheckFormState.eventChoices.firstIndex(of: $0) },
                        from: body.y + rows + 1, in: body, on: &canvas)
        case .eventText:
            canvas.write("13. What was it? (as much or as little as the person wants to say)", at: Point(x: body.x, y: body.y), role: .centre, clip: body)
            TextFieldView.draw(form.text, in: Rect(x: body.x, y: body.y + 2, width: body.width, height: 3), focused: true, on: &canvas)
        case .notes:
            canvas.write("14. Notes", at: Point(x: body.x, y: body.y), role: .centre, clip: body)
            TextFieldView.draw(form.text, in: Rect(x: body.x, y: body.y + 2, width: body.width, height: max(1, body.height - 3)),
                               focused: true, on: &canvas)
        }
        let help = form.isTyping ? "Ctrl-S when finished · Shift-Tab back · Esc stop for now (what is typed is kept)"
            : "4 to 0 answer (or ↑ ↓ and Enter) · s skip · b back · Esc stop for now: nothing is lost"
        canvas.write(help, at: Point(x: content.x, y: content.maxY - 1), role: .dim, clip: content)
    }

    private static func drawChoices(_ labels: [String], cursor: Int, chosen: Int?, from top: Int, in body: Rect, on canvas: inout Canvas) {
        for (index, label) in labels.enumerated() {
            let y = top + index
            let selected = index == cursor
            let mark = index == chosen ? " ● chosen" : ""
            canvas.write((selected ? "▸ " : "  ") + label + mark, at: Point(x: body.x + 4, y: y), role: selected ? .selected : .normal, clip: body)
        }
    }

    static func progressText(_ stage: CheckFormState.Stage) -> String {
        switch stage {
        case .question(let index): return "Question \(index + 1) of 14"
        case .event, .eventText: return "Question 13 of 14"
        case .notes: return "Question 14 of 14"
        }
    }

    /// ●●○○…: answered, skipped (·) and still to come, so the person can see how far they have got.
    static func dots(_ check: WellbeingCheck, form: CheckFormState) -> String {
        check.answers.enumerated().map { index, answer in
            if case .question(let current) = form.stage, current == index { return "◆" }
            return answer == nil ? "○" : "●"
        }.joined()
    }
}
