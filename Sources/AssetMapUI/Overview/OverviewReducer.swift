import AssetMapCore

/// Keys on the overview: choosing a detail, and typing into it with every change saved as it is typed.
enum OverviewReducer {
    static func handle(_ key: Key, command: Command?, overview: inout OverviewState, in context: inout PartContext) {
        if overview.editing != nil {
            type(key, command: command, overview: &overview, in: &context)
            return
        }
        switch command {
        case .up:
            overview.selected = OverviewField(rawValue: max(0, overview.selected.rawValue - 1)) ?? .name
        case .down:
            overview.selected =
                OverviewField(rawValue: min(OverviewField.goodLife.rawValue, overview.selected.rawValue + 1))
                ?? .goodLife
        case .first:
            overview.selected = .name
        case .last:
            overview.selected = .goodLife
        case .open, .edit:
            startEditing(overview.selected, overview: &overview, in: &context)
        case nil, .help, .back, .cancel, .privacy, .nextSection, .previousSection, .section, .left, .right, .pageUp,
            .pageDown, .nextItem, .previousItem, .add, .delete, .undo, .redo, .search, .inwards, .outwards,
            .toggleView, .snapshot, .compare, .clockwise, .anticlockwise, .knows, .communityDirectory, .link,
            .putOnMap, .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan, .steppingBack, .prompts,
            .export, .settings, .syncTeam, .save, .no, .nextField, .previousField, .answer, .skip, .previousQuestion,
            .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText, .startGroup, .review,
            .addToDirectory, .ideasNearby, .notForMe:
            break
        }
    }

    static func startEditing(_ field: OverviewField, overview: inout OverviewState, in context: inout PartContext) {
        guard context.canChange() else { return }
        overview.selected = field
        guard field.isTyped else {
            let plan = context.plan
            context.show(
                field == .keyworker
                    ? HandOverForm.make(plan.person.keyworker) : ConsentForm.make(plan.consent, today: context.today))
            return
        }
        overview.editing = TextFieldState(field.value(in: context.plan), multiline: field == .goodLife)
        context.editor.breakCoalescing()
    }

    private static func type(
        _ key: Key, command: Command?, overview: inout OverviewState, in context: inout PartContext
    ) {
        guard var field = overview.editing else { return }
        let selected = overview.selected
        let enterMovesOn = key == .enter && !field.multiline
        switch command?.typing {
        case .save, .cancel:
            stopEditing(&overview, in: &context)
            return
        case .nextField, .previousField:
            stopEditing(&overview, in: &context)
            startEditing(next(after: selected, forwards: command == .nextField), overview: &overview, in: &context)
            return
        case nil:
            break
        }
        if enterMovesOn {
            stopEditing(&overview, in: &context)
            startEditing(next(after: selected, forwards: true), overview: &overview, in: &context)
            return
        }
        let layout = OverviewLayout(content: context.content)
        let before = field.text
        guard field.handle(key, wrapWidth: layout.wrapWidth(for: selected)) else { return }
        overview.editing = field
        guard field.text != before else { return }
        save(field.text, into: selected, in: &context)
    }

    /// Every change goes into the plan as it is typed, so nothing typed is lost if the program is stopped.
    private static func save(_ text: String, into field: OverviewField, in context: inout PartContext) {
        var person = context.plan.person
        switch field {
        case .goodLife:
            context.apply(.setGoodLife(text))
            return
        case .name:
            guard let name = text.nonEmpty else {
                context.say(.info("A name is needed; the name stays as it was until one is typed."))
                return
            }
            person.name = name
        case .preferredName: person.preferredName = text.nonEmpty
        case .pronouns: person.pronouns = text.nonEmpty
        case .keyworkerContact: person.keyworkerContact = text.nonEmpty
        case .keyworker, .consent: return
        }
        context.apply(.setPerson(person))
    }

    private static func stopEditing(_ overview: inout OverviewState, in context: inout PartContext) {
        overview.editing = nil
        context.editor.breakCoalescing()
    }

    private static func next(after field: OverviewField, forwards: Bool) -> OverviewField {
        let typed = OverviewField.allCases.filter(\.isTyped)
        let index = typed.firstIndex(of: field) ?? 0
        return typed[(index + (forwards ? 1 : typed.count - 1)) % typed.count]
    }
}
