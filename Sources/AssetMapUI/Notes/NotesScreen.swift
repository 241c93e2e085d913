import AssetMapCore

/// Session notes, newest first, with the whole of the selected note underneath.
enum NotesScreen {
    static func draw(_ state: PlanState, today: CalendarDay, in content: Rect, on canvas: inout Canvas) {
        let notes = NotesState.ordered(state.plan)
        guard !notes.isEmpty else {
            canvas.writeWrapped(
                "No notes yet. Press a to write one: what was talked about, what was agreed, what went well.",
                in: content.inset(by: 1), role: .dim)
            return
        }
        let selection = min(state.notes.selection, notes.count - 1)
        let list = listArea(count: notes.count, in: content)
        let panel = Rect(x: content.x, y: list.maxY, width: content.width, height: content.maxY - list.maxY)
        ListView.draw(count: notes.count, selection: selection, in: list, on: &canvas) { index in
            let note = notes[index]
            return [
                Span(DayText.long(note.date).padded(toWidth: 18), .heading),
                Span(firstLine(of: note.text, width: list.width)),
            ]
        }
        let note = notes[selection]
        let by = note.by.map { " · " + $0.writtenBy(personName: state.plan.person.displayName) } ?? ""
        Box.draw(panel, title: DayText.long(note.date) + by, on: &canvas)
        TextFieldView.drawBeginning(of: note.text, in: Box.interior(panel), on: &canvas)
    }

    /// The note's first line with anything on it, only as much of it as `width` columns show: the list shows a line
    /// of each note, and a note can be 100,000 characters long.
    static func firstLine(of text: String, width: Int) -> String {
        var line = ""
        var used = 0
        for character in text.drop(while: { $0 == "\n" }) {
            guard character != "\n", used <= width else { break }
            line.append(character)
            used += DisplayWidth.of(character)
        }
        return line
    }

    /// The list of notes at the top, with the selected note's box under it.
    static func listArea(count: Int, in content: Rect) -> Rect {
        content.splitTop(min(count + 1, max(4, content.height / 3))).top
    }
}
