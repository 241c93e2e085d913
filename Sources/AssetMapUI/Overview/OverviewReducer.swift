import AssetMapCore

/// Keys on the overview: choosing a detail, and typing into it with every change saved as it is typed.
enum OverviewReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) {
        guard let plan = state.plan else { return }
        if plan.overview.editing != nil {
            type(key, command: command, state: &state, env: env)
            return
        }
        var overview = plan.overview
        switch command {
        case .up:
            overview.selected = OverviewField(rawValue: max(0, overview.selected.rawValue - 1)) ?? .name
        case .down:
            overview.selected = OverviewField(rawValue: min(OverviewField.goodLife.rawValue, overview.selected.rawValue + 1)) ?? .goodLife
        case .first:
            overview.selected = .name
        case .last:
            overview.selected = .goodLife
        case .open, .edit:
            state.plan?.overview = overview
            startEditing(overview.selected, state: &state, env: env)
            return
        case nil, .help, .back, .cancel, .privacy, .nextSection, .previousSection, .section, .left, .right, .pageUp,
             .pageDown, .nextItem, .previousItem, .add, .delete, .undo, .redo, .search, .inwards, .outwards,
             .toggleView, .snapshot, .compare, .clockwise, .anticlockwise, .knows, .communityDirectory, .link,
             .putOnMap, .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan, .steppingBack, .prompts,
             .export, .settings, .syncTeam, .save, .no, .nextField, .previousField, .answer, .skip, .previousQuestion,
             .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText, .startGroup, .review,
             .addToDirectory, .ideasNearby, .notForMe:
            break
        }
        state.plan?.overview = overview
    }

    static func startEditing(_ field: OverviewField, state: inout AppState, env: Environment) {
        guard let plan = state.plan else { return }
        if let reason = plan.readOnly {
            state.status = .warning("This plan can only be looked at: \(reason).")
            return
        }
        state.plan?.overview.selected = field
        guard field.isTyped else {
            let form = field == .keyworker ? HandOverForm.make(plan.plan.person.keyworker) : ConsentForm.make(plan.plan.consent, today: env.today)
            state.modals.append(.form(form))
            return
        }
        state.plan?.overview.editing = TextFieldState(field.value(in: plan.plan), multiline: field == .goodLife)
        state.plan?.editor.breakCoalescing()
    }

    private static func type(_ key: Key, command: Command?, state: inout AppState, env: Environment) {
        guard var field = state.plan?.overview.editing, let selected = state.plan?.overview.selected else { return }
        let enterMovesOn = key == .enter && !field.multiline
        switch command {
        case .save, .cancel:
            stopEditing(state: &state)
            return
        case .nextField, .previousField:
            stopEditing(state: &state)
            startEditing(next(after: selected, forwards: command == .nextField), state: &state, env: env)
            return
        case nil, .help, .back, .privacy, .nextSection, .previousSection, .section, .up, .down, .left, .right, .pageUp,
             .pageDown, .first, .last, .nextItem, .previousItem, .open, .add, .edit, .delete, .undo, .redo, .search,
             .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise, .anticlockwise, .knows,
             .communityDirectory, .link, .putOnMap, .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan,
             .steppingBack, .prompts, .export, .settings, .syncTeam, .no, .answer, .skip, .previousQuestion,
             .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText, .startGroup, .review,
             .addToDirectory, .ideasNearby, .notForMe:
            break
        }
        if enterMovesOn {
            stopEditing(state: &state)
            startEditing(next(after: selected, forwards: true), state: &state, env: env)
            return
        }
        let layout = OverviewLayout(content: AppLayout.content(for: state))
        let before = field.text
        guard field.handle(key, wrapWidth: layout.wrapWidth(for: selected)) else { return }
        state.plan?.overview.editing = field
        guard field.text != before else { return }
        save(field.text, into: selected, state: &state, env: env)
    }

    /// Every change goes into the plan as it is typed, so nothing typed is lost if the program is stopped.
    private static func save(_ text: String, into field: OverviewField, state: inout AppState, env: Environment) {
        guard var person = state.plan?.plan.person else { return }
        switch field {
        case .goodLife:
            state.apply(.setGoodLife(text), env: env)
            return
        case .name:
            guard let name = text.nonEmpty else {
                state.status = .info("A name is needed; the name stays as it was until one is typed.")
                return
            }
            person.name = name
        case .preferredName: person.preferredName = text.nonEmpty
        case .pronouns: person.pronouns = text.nonEmpty
        case .keyworkerContact: person.keyworkerContact = text.nonEmpty
        case .keyworker, .consent: return
        }
        state.apply(.setPerson(person), env: env)
    }

    private static func stopEditing(state: inout AppState) {
        state.plan?.overview.editing = nil
        state.plan?.editor.breakCoalescing()
    }

    private static func next(after field: OverviewField, forwards: Bool) -> OverviewField {
        let typed = OverviewField.allCases.filter(\.isTyped)
        let index = typed.firstIndex(of: field) ?? 0
        return typed[(index + (forwards ? 1 : typed.count - 1)) % typed.count]
    }
}
