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
            if ordered.indices.contains(selection) {
                context.show(NoteForm.make(ordered[selection], today: context.today))
            }
        case .delete:
            if ordered.indices.contains(selection) {
                let note = ordered[selection]
                context.ask(
                    "Delete the note", "Delete the note from \(DayText.long(note.date))? " + KeyMap.undoAfterwards(),
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
    static func submit(_ form: NoteForm, notes: inout NotesState, in context: inout PartContext) throws(FormProblem)
        -> Bool
    {
        let action = try form.action(env: context.env)
        guard context.apply(action) else { return false }
        if case .addNote(let note) = action {
            notes.selection = NotesState.ordered(context.plan).firstIndex { $0.id == note.id } ?? 0
        }
        return true
    }
}
