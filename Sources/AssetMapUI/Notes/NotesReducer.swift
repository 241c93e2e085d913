import AssetMapCore

/// Keys on the Notes part: moving, adding, changing and deleting notes.
enum NotesReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) {
        guard let plan = state.plan?.plan else { return }
        let notes = NotesState.ordered(plan)
        let selection = min(state.plan?.notes.selection ?? 0, max(0, notes.count - 1))
        switch command {
        case .up, .down, .pageUp, .pageDown, .first, .last:
            state.plan?.notes.selection = ListView.move(selection, by: command!, count: notes.count, page: 5)
        case .add:
            state.modals.append(.form(NoteForm.make(nil, today: env.today)))
        case .edit, .open:
            if notes.indices.contains(selection) { state.modals.append(.form(NoteForm.make(notes[selection], today: env.today))) }
        case .delete:
            if notes.indices.contains(selection) {
                let note = notes[selection]
                state.ask("Delete the note", "Delete the note from \(DayText.long(note.date))? Press u afterwards to undo.",
                          onYes: .edit(.deleteNote(id: note.id)))
            }
        default:
            break
        }
    }
}

/// Writing a dated note.
enum NoteForm {
    static func make(_ note: Note?, today: CalendarDay) -> FormState {
        FormState(title: note == nil ? "A note" : "Change the note", fields: [
            .date("date", "Date", note?.date ?? today, meaning: .happened),
            .text("text", "Note", note?.text ?? "", multiline: true, note: "Enter starts a new line; Ctrl-S saves."),
        ], purpose: note.map { .editNote(id: $0.id) } ?? .addNote)
    }

    static func action(from form: FormState, env: Environment) throws(FormProblem) -> PlanAction {
        let text = try form.required("text", "Please type the note.")
        let date = try form.day("date", today: env.today, meaning: .happened) ?? env.today
        if case .editNote(let id) = form.purpose { return .updateNote(Note(id: id, date: date, text: text)) }
        return .addNote(Note(id: env.newID(), date: date, text: text))
    }
}
