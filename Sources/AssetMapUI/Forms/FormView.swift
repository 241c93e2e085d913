import AssetMapCore
/// Draws a form: each field's label beside its input, the focused field's note under it, and any problem.
public enum FormView {
    public static func draw(_ form: FormState, in area: Rect, showWordingHints: Bool, on canvas: inout Canvas) {
        let layout = FormLayout(form, in: area)
        Box.draw(layout.box, title: form.title, on: &canvas)
        let inside = Box.interior(layout.box)
        var y = inside.y
        if let intro = form.intro {
            y += canvas.writeWrapped(intro, in: Rect(x: inside.x, y: y, width: inside.width, height: inside.height), role: .dim) + 1
        }
        let footerRows = 2
        let fieldArea = Rect(x: inside.x, y: y, width: inside.width, height: inside.maxY - y - footerRows)
        let rows = form.fields.map { FormLayout.rows(for: $0) }
        let focusTop = rows.prefix(form.focus).reduce(0, +)
        let focusRows = rows[safe: form.focus] ?? 1
        let scroll = max(0, focusTop + focusRows + 1 - fieldArea.height)
        var row = -scroll
        for (index, field) in form.fields.enumerated() {
            let height = rows[index]
            defer { row += height }
            guard row >= 0, row + height <= fieldArea.height else { continue }
            let top = fieldArea.y + row
            let focused = index == form.focus
            canvas.write((focused ? "▸ " : "  ") + field.label, at: Point(x: fieldArea.x, y: top),
                         role: focused ? .heading : .normal, clip: Rect(x: fieldArea.x, y: top, width: layout.labelWidth - 1, height: 1))
            let input = Rect(x: fieldArea.x + layout.labelWidth, y: top, width: layout.inputWidth, height: height)
            draw(field.input, in: input, focused: focused, on: &canvas)
        }
        let footer = Rect(x: inside.x, y: inside.maxY - footerRows, width: inside.width, height: footerRows)
        if let problem = form.problem {
            canvas.write("! " + problem, at: Point(x: footer.x, y: footer.y), role: .warning, clip: footer)
        } else if let note = FormView.note(for: form, showWordingHints: showWordingHints) {
            canvas.write(note, at: Point(x: footer.x, y: footer.y), role: .dim, clip: footer)
        }
        canvas.write("Ctrl-S save · Tab next · Esc cancel", at: Point(x: footer.x, y: footer.y + 1), role: .dim, clip: footer)
    }

    /// The quiet line for the focused field: its own note, or a wording suggestion.
    static func note(for form: FormState, showWordingHints: Bool) -> String? {
        guard let field = form.focusedField else { return nil }
        if showWordingHints, let hint = FormHints.hint(for: field, in: form) { return hint }
        return field.note
    }

    private static func draw(_ input: FormInput, in rect: Rect, focused: Bool, on canvas: inout Canvas) {
        switch input {
        case .text(let state), .date(let state):
            TextFieldView.draw(state, in: rect, focused: focused, on: &canvas)
        case .choice(let options, let selected):
            let text = selected < options.count ? options[selected] : ""
            canvas.fill(rect, role: focused ? .fieldActive : .field)
            canvas.write("◂ " + text.truncated(toWidth: rect.width - 4) + " ▸", at: Point(x: rect.x, y: rect.y),
                         role: focused ? .fieldActive : .field, clip: rect)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
