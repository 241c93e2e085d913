import AssetMapCore

/// One WELL12 question at a time, in plain words, with its five answers and the keys to give them; or, for a
/// finished check, every answer on one page to read and choose one to change.
enum CheckFormView {
    static func draw(
        _ form: CheckFormState, check: WellbeingCheck, today: CalendarDay, in content: Rect, on canvas: inout Canvas
    ) {
        let title = "WELL12 wellbeing check · \(DayText.show(check.date, today: today))"
        canvas.write(title, at: Point(x: content.x, y: content.y), role: .heading, clip: content)
        let progress = progressText(form.stage, check: check)
        canvas.write(
            progress, at: Point(x: content.maxX - progress.displayWidth, y: content.y), role: .dim, clip: content)
        let help = footer(form, allAnswered: !check.answers.contains(nil))
        let helpRows = TextWrap.wrap(help, width: content.width).count
        canvas.writeWrapped(
            help, in: Rect(x: content.x, y: content.maxY - helpRows, width: content.width, height: helpRows), role: .dim
        )
        if form.stage == .review {
            drawReview(form, check: check, in: reviewRect(in: content, helpRows: helpRows), on: &canvas)
            return
        }
        canvas.write(dots(check, form: form), at: Point(x: content.x, y: content.y + 1), role: .dim, clip: content)
        let body = self.body(in: content, helpRows: helpRows)
        switch form.stage {
        case .question(let index):
            canvas.writeWrapped(Well12.items[index].statement, in: questionRect(in: body), role: .centre)
            let answer = check.answers[index]
            let labels = Well12.answers.map { "\($0.value)  \($0.words)" } + ["s  Skip this one"]
            drawChoices(
                labels, cursor: form.cursor,
                chosen: answer.map { value in Well12.answers.firstIndex { $0.value == value } ?? 0 },
                from: choicesTop(form.stage, body: body), in: body, on: &canvas)
        case .event:
            canvas.writeWrapped(eventQuestion, in: questionRect(in: body), role: .centre)
            let labels = CheckFormState.eventChoices.map(Well12.words)
            drawChoices(
                labels, cursor: form.cursor,
                chosen: check.recentEvent.flatMap { CheckFormState.eventChoices.firstIndex(of: $0) },
                from: choicesTop(form.stage, body: body), in: body, on: &canvas)
        case .eventText:
            canvas.write(
                "13. What was it? (as much or as little as the person wants to say)", at: Point(x: body.x, y: body.y),
                role: .centre, clip: body)
            TextFieldView.draw(
                form.text, in: Rect(x: body.x, y: body.y + 2, width: body.width, height: 3), focused: true, on: &canvas)
        case .notes:
            canvas.write("14. Notes", at: Point(x: body.x, y: body.y), role: .centre, clip: body)
            TextFieldView.draw(
                form.text, in: Rect(x: body.x, y: body.y + 2, width: body.width, height: max(1, body.height - 3)),
                focused: true, on: &canvas)
        case .review:
            break
        }
    }

    static let eventQuestion = "13. " + Well12.recentEventQuestion

    // MARK: - Where things go, for the drawing and the mouse

    private static func reviewRect(in content: Rect, helpRows: Int) -> Rect {
        Rect(x: content.x, y: content.y + 2, width: content.width, height: content.height - 3 - helpRows)
    }

    private static func body(in content: Rect, helpRows: Int) -> Rect {
        Rect(x: content.x + 2, y: content.y + 3, width: content.width - 4, height: content.height - 4 - helpRows)
    }

    /// Where a statement (or question 13) is written: up to three lines, a statement set in from the sides.
    private static func questionRect(in body: Rect) -> Rect {
        Rect(x: body.x + 2, y: body.y, width: body.width - 4, height: 3)
    }

    /// The row of the first choice: a line under the question's wrapped lines.
    private static func choicesTop(_ stage: CheckFormState.Stage, body: Rect) -> Int {
        let text: String
        switch stage {
        case .question(let index): text = Well12.items[index].statement
        case .event: text = eventQuestion
        case .eventText, .notes, .review: return body.y
        }
        let rect = questionRect(in: body)
        return body.y + min(rect.height, TextWrap.wrap(text, width: rect.width).count) + 1
    }

    /// The choice, or the row of the page of answers, under a point; nil where there is none.
    static func row(at point: Point, form: CheckFormState, check: WellbeingCheck, in content: Rect) -> Int? {
        let helpRows = TextWrap.wrap(footer(form, allAnswered: !check.answers.contains(nil)), width: content.width)
            .count
        let count: Int
        switch form.stage {
        case .review:
            return ListView.index(
                at: point, count: CheckFormState.reviewRows, selection: form.cursor,
                in: reviewRect(in: content, helpRows: helpRows))
        case .question: count = CheckFormState.questionChoices.count
        case .event: count = CheckFormState.eventChoices.count
        case .eventText, .notes: return nil
        }
        let body = self.body(in: content, helpRows: helpRows)
        let index = point.y - choicesTop(form.stage, body: body)
        return body.contains(point) && (0..<count).contains(index) ? index : nil
    }

    /// What the keys do at this stage, in full: it wraps onto more lines rather than being cut.
    /// Keys are named from the table; Enter while typing what happened is the box's own key.
    static func footer(_ form: CheckFormState, allAnswered: Bool) -> String {
        func key(_ command: Command, _ context: KeyContext) -> String { KeyMap.keyName(for: command, in: context) }
        let upDown = "\(key(.up, .wellbeingCheck)) \(key(.down, .wellbeingCheck))"
        let back = "\(key(.previousQuestion, .wellbeingCheck)) back"
        let leave =
            form.reviewing
            ? "\(key(.cancel, .wellbeingCheck)) back to all the answers"
            : "\(key(.cancel, .wellbeingCheck)) stop for now: nothing is lost"
        let leaveTyping =
            form.reviewing
            ? "\(key(.cancel, .textBox)) back to all the answers"
            : "\(key(.cancel, .textBox)) stop for now (what is typed is kept)"
        let typingBack = "\(key(.previousField, .textBox)) back"
        switch form.stage {
        case .review:
            return "\(key(.up, .wellbeingReview)) \(key(.down, .wellbeingReview)) choose · "
                + KeyMap.footer([.open: "change it", .back: "close (the check stays finished)"], in: .wellbeingReview)
        case .question:
            let answers = KeyMap.keys(for: .answer(0), in: .wellbeingCheck).map(\.label)
            let finish = form.reviewing || !allAnswered ? "" : "\(key(.save, .wellbeingCheck)) finish · "
            return
                "\(answers.first ?? "") to \(answers.last ?? "") answer (or \(upDown) and \(key(.open, .wellbeingCheck))) · "
                + "\(key(.skip, .wellbeingCheck)) skip · \(finish)\(back) · " + leave
        case .event:
            let finish = form.reviewing ? "" : "\(key(.save, .wellbeingEvent)) finish now (13 and 14 can be left) · "
            return
                "\(key(.up, .wellbeingEvent)) \(key(.down, .wellbeingEvent)) and \(key(.open, .wellbeingEvent)) choose · "
                + "\(finish)\(key(.previousQuestion, .wellbeingEvent)) back · " + leave
        case .eventText:
            let finish = form.reviewing ? "" : "\(key(.save, .textBox)) finish · "
            return "\(Key.enter.label) when done · \(finish)\(typingBack) · " + leaveTyping
        case .notes:
            return "\(key(.save, .textBox)) \(form.reviewing ? "keep it" : "when finished") · \(typingBack) · "
                + leaveTyping
        }
    }

    /// Each statement with its answer in words, then the recent event and the notes. The statements are
    /// written in full where they fit beside the longest answer, and by their short names where they do not.
    private static func drawReview(
        _ form: CheckFormState, check: WellbeingCheck, in rect: Rect, on canvas: inout Canvas
    ) {
        let longestAnswer = Well12.answers.map { "\($0.value)  \($0.words)".displayWidth }.max() ?? 0
        let full = Well12.items.map { "\($0.number)".padded(toWidth: 3) + $0.statement }
        let short = Well12.items.map { "\($0.number)".padded(toWidth: 3) + $0.shortName }
        let inFull = (full.map(\.displayWidth).max() ?? 0) + 1 + longestAnswer <= rect.width - 2
        let statements = (inFull ? full : short) + ["13 A recent event that changed things", "14 Notes"]
        let statementWidth = statements.map(\.displayWidth).max()! + 1
        let answers =
            check.answers.map { $0.map { "\($0)  \(Well12.words(for: $0))" } ?? "–  skipped" }
            + [
                [check.recentEvent.map(Well12.words), check.recentEventText].compactMap { $0 }.joined(separator: ": ")
                    .nonEmpty ?? "–",
                check.notes?.replacingNewlines().nonEmpty ?? "–",
            ]
        let answerWidth = max(1, rect.width - 2 - statementWidth)
        ListView.draw(count: statements.count, selection: form.cursor, in: rect, on: &canvas, highlighting: 1) {
            index in
            [
                Span(statements[index].padded(toWidth: statementWidth)),
                Span(answers[index].truncated(toWidth: answerWidth)),
            ]
        }
    }

    private static func drawChoices(
        _ labels: [String], cursor: Int, chosen: Int?, from top: Int, in body: Rect, on canvas: inout Canvas
    ) {
        for (index, label) in labels.enumerated() {
            let y = top + index
            let selected = index == cursor
            let mark = index == chosen ? " ● chosen" : ""
            canvas.write(
                (selected ? "▸ " : "  ") + label + mark, at: Point(x: body.x + 4, y: y),
                role: selected ? .selected : .normal, clip: body)
        }
    }

    static func progressText(_ stage: CheckFormState.Stage, check: WellbeingCheck) -> String {
        switch stage {
        case .review:
            let score = Well12.score(check)
            return "Finished · \(score.total) out of \(score.outOf)"
                + (score.isWhole ? "" : " (\(score.answered) answered)")
        case .question(let index): return "Statement \(index + 1) of \(Well12.items.count)"
        // Numbered as on the paper form, and said to be extra, so the count agrees with the twelve dots.
        case .event, .eventText: return "Extra question 13 (1 of 2)"
        case .notes: return "Extra question 14 (2 of 2)"
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
