import AssetMapCore

/// Draws a form: each field's label beside its input, the focused field's note under the fields, any problem,
/// and the keys. Fields that do not all fit scroll with the focus, and say "↑ more" and "↓ more".
public enum FormView {
    public static func draw(
        _ form: FormState, in area: Rect, today: CalendarDay, showWordingHints: Bool, on canvas: inout Canvas
    ) {
        let layout = FormLayout(form, in: area)
        Box.drawOver(layout.box, title: form.title, on: &canvas)
        let inside = Box.interior(layout.box)
        guard !inside.isEmpty else { return }
        if let intro = form.intro {
            canvas.writeWrapped(
                intro, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: max(0, layout.introRows - 1)),
                role: .dim)
        }
        let footerRows = layout.noteRows + layout.keysRows
        let hidden = drawFields(form, layout: layout, today: today, on: &canvas)
        // On the frame, where they cover no field.
        if hidden.above {
            canvas.write(" ↑ more ", at: Point(x: layout.box.maxX - 10, y: layout.box.y), role: .dim, clip: layout.box)
        }
        if hidden.below {
            canvas.write(
                " ↓ more ", at: Point(x: layout.box.maxX - 10, y: layout.box.maxY - 1), role: .dim, clip: layout.box)
        }
        let notes = Rect(x: inside.x, y: inside.maxY - footerRows, width: inside.width, height: layout.noteRows)
            .intersection(inside)
        if let problem = form.problem {
            canvas.writeWrapped("! " + problem, in: notes, role: .warning)
        } else if let note = FormView.note(for: form, showWordingHints: showWordingHints) {
            canvas.writeWrapped(note, in: notes, role: .dim)
        }
        if let field = form.focusedField {
            let keys = Rect(x: inside.x, y: inside.maxY - layout.keysRows, width: inside.width, height: layout.keysRows)
                .intersection(inside)
            canvas.writeWrapped(FormLayout.keysLine(for: field.input), in: keys, role: .dim)
        }
    }

    /// Returns whether fields are hidden above or below.
    private static func drawFields(
        _ form: FormState, layout: FormLayout, today: CalendarDay,
        on canvas: inout Canvas
    ) -> (above: Bool, below: Bool) {
        let placed = layout.fieldRects(focus: form.focus)
        for (index, field) in form.fields.enumerated() {
            guard let rect = placed.rects[index] else { continue }
            let focused = index == form.focus
            canvas.write(
                (focused ? "▸ " : "  ") + field.label, at: Point(x: rect.x, y: rect.y),
                role: focused ? .heading : .normal,
                clip: Rect(x: rect.x, y: rect.y, width: layout.labelWidth - 1, height: 1))
            draw(field.input, in: layout.inputRect(rect), layout: layout, today: today, focused: focused, on: &canvas)
        }
        return (placed.above, placed.below)
    }

    /// The quiet line for the focused field: its own note, or a wording suggestion.
    static func note(for form: FormState, showWordingHints: Bool) -> String? {
        guard let field = form.focusedField else { return nil }
        if showWordingHints, let hint = FormHints.hint(for: form) { return hint }
        return field.note
    }

    private static func draw(
        _ input: FormInput, in rect: Rect, layout: FormLayout, today: CalendarDay, focused: Bool,
        on canvas: inout Canvas
    ) {
        switch input {
        case .text(let state):
            TextFieldView.draw(state, in: rect, focused: focused, on: &canvas)
        case .date(let state, let meaning):
            let typing = Rect(x: rect.x, y: rect.y, width: min(rect.width, layout.dateTextWidth), height: 1)
            TextFieldView.draw(state, in: typing, focused: focused, on: &canvas)
            let beside = Rect(x: typing.maxX + 1, y: rect.y, width: rect.maxX - typing.maxX - 1, height: 1)
            if !beside.isEmpty, let words = spokenDate(state.text, meaning: meaning, today: today) {
                canvas.write(
                    words.text, at: Point(x: beside.x, y: beside.y), role: words.understood ? .heading : .dim,
                    clip: beside)
            }
        case .choice(let options, let selected):
            ChoiceView.draw(
                options, selected: selected, open: focused && input.isList, in: rect, focused: focused, on: &canvas)
        }
    }

    /// The day a typed date is read as, in words ("= Saturday 5 December"), or a word that it is not one yet.
    static func spokenDate(_ typed: String, meaning: DateWords.Meaning, today: CalendarDay) -> (
        text: String, understood: Bool
    )? {
        guard typed.contains(where: { !$0.isWhitespace }) else { return nil }
        guard let day = DateWords.read(typed, today: today, meaning: meaning) else {
            return ("not read as a date yet", false)
        }
        // Allowed (a step can be written down after it was done), but said, in case it was a slip.
        if meaning == .due, day < today {
            let when = day.year == today.year ? DayText.show(day, today: today) : DayText.brief(day, today: today)
            return ("= \(when), in the past", true)
        }
        return ("= " + DayText.spoken(day, today: today), true)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
