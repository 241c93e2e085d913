import AssetMapCore

/// Writing a dated note.
public struct NoteForm: TypedForm {
    /// The note being changed; nil for a new one.
    var noteID: String?
    var date: FormField
    var text: FormField

    var order: [WritableKeyPath<NoteForm, FormField>] { [\.date, \.text] }

    static func make(_ note: Note?, today: CalendarDay) -> FormState {
        var form = FormState(
            title: note == nil ? "A note" : "Change the note",
            content: NoteForm(
                noteID: note?.id,
                date: .date(label: "Date", note?.date ?? today, meaning: .happened),
                text: .text(
                    label: "Note", note?.text ?? "", multiline: true, note: "Enter starts a new line; Ctrl-S saves.")))
        // A new note is most often today's: the words come first, and Shift-Tab goes up to the date.
        if note == nil { form.focus = 1 }
        return form
    }

    func action(env: Environment) throws(FormProblem) -> PlanAction {
        let text = try required(\.text, "Please type the note.")
        let date = try day(\.date, today: env.today, meaning: .happened) ?? env.today
        if let noteID { return .updateNote(Note(id: noteID, date: date, text: text)) }
        return .addNote(Note(id: env.newID(), date: date, text: text))
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try state.save(self, in: \.notes, env: env) { notes, context throws(FormProblem) in
            try NotesReducer.submit(self, notes: &notes, in: &context)
        }
    }
}
