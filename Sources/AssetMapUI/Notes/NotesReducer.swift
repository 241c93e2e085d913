import AssetMapCore

/// Keys on the Notes part: moving, adding, changing and deleting notes.
enum NotesReducer {
    static func handle(_ command: Command?, notes: inout NotesState, in context: inout PartContext) {
        let ordered = NotesState.ordered(context.plan)
        let selection = min(notes.selection, max(0, ordered.count - 1))
        switch command {
        case .up, .down, .pageUp, .pageDown, .first, .last:
            notes.selection = ListView.move(selection, by: command!, count: ordered.count, page: 5)
        case .add:
            context.show(NoteForm.make(nil, today: context.today))
        case .edit, .open:
            if ordered.indices.contains(selection) { context.show(NoteForm.make(ordered[selection], today: context.today)) }
        case .delete:
            if ordered.indices.contains(selection) {
                let note = ordered[selection]
                context.ask("Delete the note", "Delete the note from \(DayText.long(note.date))? Press u afterwards to undo.",
                          onYes: .edit(.deleteNote(id: note.id)))
            }
        case nil, .help, .back, .cancel, .privacy, .nextSection, .previousSection, .section, .left, .right, .nextItem,
             .previousItem, .undo, .redo, .search, .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise,
             .anticlockwise, .knows, .communityDirectory, .link, .putOnMap, .moveItemUp, .moveItemDown, .toggleDone,
             .barriers, .riskPlan, .steppingBack, .prompts, .export, .settings, .syncTeam, .save, .no, .nextField,
             .previousField, .answer, .skip, .previousQuestion, .earlierDate, .laterDate, .report, .timeline, .writing,
             .walkThrough, .editText, .startGroup, .review, .addToDirectory, .ideasNearby, .notForMe:
            break
        }
    }

    /// Saving a note; a new one is selected. False when the plan did not take it.
    static func submit(_ form: FormState, notes: inout NotesState, in context: inout PartContext) throws(FormProblem) -> Bool {
        let action = try NoteForm.action(from: form, env: context.env)
        guard context.apply(action) else { return false }
        if case .addNote(let note) = action {
            notes.selection = NotesState.ordered(context.plan).firstIndex { $0.id == note.id } ?? 0
        }
        return true
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
