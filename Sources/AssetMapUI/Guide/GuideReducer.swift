import AssetMapCore

/// Keys in the walk-through. Ctrl-S keeps what is typed and goes on, PgDn skips a part, PgUp goes back one,
/// Esc leaves it to be picked up again. Each thing kept is the same change the plan's own parts make.
enum GuideReducer {
    typealias Part = GuideState.Part

    /// `g` in a plan: the walk-through where it was left, or from the first part with nothing in it yet.
    static func open(_ state: inout AppState, env: Environment) {
        guard let plan = state.plan else { return }
        if let reason = plan.readOnly {
            state.status = .warning("This plan can only be looked at: \(reason).")
            return
        }
        guard var guide = plan.guide else {
            go(to: GuideState.firstPartToDo(in: plan.plan), in: GuideState(part: .welcome), state: &state)
            return
        }
        guide.isOpen = true
        state.plan?.guide = guide
        state.plan?.section = guide.part.section
    }

    /// A plan just started opens on the offer of the walk-through.
    static func offer(_ state: inout AppState) {
        guard state.plan?.readOnly == nil else { return }
        state.plan?.guide = GuideState(part: .welcome)
    }

    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) -> [Effect] {
        guard var guide = state.plan?.guide else { return [] }
        switch command {
        case .cancel, .back:
            leave(&state)
            return []
        case .skip:
            go(to: next(after: guide.part), in: guide, state: &state)
            return []
        case .previousQuestion:
            go(
                to: Part(rawValue: max(Part.goodLife.rawValue, guide.part.rawValue - 1)) ?? .goodLife, in: guide,
                state: &state)
            return []
        case .save:
            if keep(&guide, state: &state, env: env) {
                go(to: next(after: guide.part), in: guide, state: &state)
            } else {
                state.plan?.guide = guide
            }
            return []
        case nil, .help, .privacy, .nextSection, .previousSection, .section, .up, .down, .left, .right, .pageUp,
            .pageDown, .first, .last, .nextItem, .previousItem, .open, .add, .edit, .delete, .undo, .redo, .search,
            .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise, .anticlockwise, .knows,
            .communityDirectory, .link, .putOnMap, .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan,
            .steppingBack, .prompts, .export, .settings, .syncTeam, .no, .nextField, .previousField, .answer,
            .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText, .startGroup, .review,
            .addToDirectory, .ideasNearby, .notForMe:
            break
        }
        guide.problem = nil
        guide.said = nil
        switch guide.part {
        case .welcome:
            if command == .open { go(to: .goodLife, in: guide, state: &state) }
            return []
        case .wellbeing:
            return command == .open ? startCheck(&state, env: env) : []
        case .goodLife:
            typeGoodLife(key, guide: &guide, state: &state, env: env)
        case .people:
            people(key, command: command, guide: &guide, state: &state, env: env)
        case .strengths:
            strengths(key, command: command, guide: &guide, state: &state, env: env)
        case .goal:
            goal(key, command: command, guide: &guide, state: &state, env: env)
        }
        if state.plan?.guide?.part == guide.part { state.plan?.guide = guide }
        return []
    }

    /// Before the program is stopped, a name, a strength or a goal typed but not yet added is kept.
    static func keepWhatIsTyped(_ state: inout AppState, env: Environment) {
        guard var guide = state.plan?.guide else { return }
        _ = keep(&guide, state: &state, env: env)
    }

    // MARK: - Moving between parts

    private static func next(after part: Part) -> Part? {
        Part(rawValue: part.rawValue + 1)
    }

    /// Shows a part with its boxes empty (the good-life box holds what the plan already says); nil is the end.
    private static func go(to part: Part?, in guide: GuideState, state: inout AppState) {
        guard let part else {
            state.plan?.guide = nil
            state.status = .info(
                "That is the end of the walk-through: everything is in the plan's own parts now. g goes through it again."
            )
            return
        }
        var moved = GuideState(part: part)
        moved.prompt = guide.prompt
        if part == .goodLife, let plan = state.plan?.plan {
            moved.goodLife = TextFieldState(plan.goodLife, multiline: true)
        }
        state.plan?.editor.breakCoalescing()
        state.plan?.guide = moved
        state.plan?.section = part.section
    }

    private static func leave(_ state: inout AppState) {
        state.plan?.guide?.isOpen = false
        state.plan?.editor.breakCoalescing()
        state.status = .info("The walk-through is kept where it was left: press g to pick it up again.")
    }

    /// The last part hands over to the WELL12 check itself, on the Wellbeing part, as `a` there would.
    private static func startCheck(_ state: inout AppState, env: Environment) -> [Effect] {
        state.plan?.guide = nil
        state.plan?.section = .wellbeing
        return state.run(\.wellbeing, env: env) { WellbeingReducer.handle(.add, wellbeing: &$0, in: &$1) }
    }

    /// Keeps what is typed on the part; false (with the reason shown) when it cannot be kept as it is.
    private static func keep(_ guide: inout GuideState, state: inout AppState, env: Environment) -> Bool {
        switch guide.part {
        case .welcome, .goodLife, .wellbeing: return true
        case .people: return guide.name.text.trimmed.isEmpty || addPerson(&guide, state: &state, env: env)
        case .strengths: return guide.strength.text.trimmed.isEmpty || addStrength(&guide, state: &state, env: env)
        case .goal: return keepGoal(&guide, state: &state, env: env)
        }
    }

    // MARK: - The parts

    /// Saved as it is typed, as on the overview, so nothing typed is lost.
    private static func typeGoodLife(_ key: Key, guide: inout GuideState, state: inout AppState, env: Environment) {
        let width = GuideLayout(AppLayout.content(for: state)).textWidth
        guard guide.goodLife.handle(key, wrapWidth: width), let plan = state.plan?.plan,
            guide.goodLife.text != plan.goodLife
        else { return }
        state.apply(.setGoodLife(guide.goodLife.text), env: env)
    }

    private static func people(
        _ key: Key, command: Command?, guide: inout GuideState, state: inout AppState, env: Environment
    ) {
        let boxes = GuideState.PeopleBox.allCases.count
        switch command {
        case .nextField, .previousField:
            guide.box = (guide.box + (command == .nextField ? 1 : boxes - 1)) % boxes
            guide.kindTyped = ""
            return
        case .open where guide.box == GuideState.PeopleBox.name.rawValue:
            if guide.name.text.trimmed.isEmpty {
                // Not a mistake: most often Enter after someone was just added.
                guide.said =
                    guide.added == 0
                    ? "Type a name, or press PgDn to go on." : "Type the next name, or press PgDn to go on."
            } else {
                guide.box = GuideState.PeopleBox.ring.rawValue
            }
            return
        case .open where guide.box == GuideState.PeopleBox.kind.rawValue:
            guide.box = GuideState.PeopleBox.ring.rawValue
            return
        case .open:
            _ = addPerson(&guide, state: &state, env: env)
            return
        case nil, .help, .back, .cancel, .privacy, .nextSection, .previousSection, .section, .up, .down, .left, .right,
            .pageUp, .pageDown, .first, .last, .nextItem, .previousItem, .add, .edit, .delete, .undo, .redo, .search,
            .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise, .anticlockwise, .knows,
            .communityDirectory, .link, .putOnMap, .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan,
            .steppingBack, .prompts, .export, .settings, .syncTeam, .save, .no, .answer, .skip, .previousQuestion,
            .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText, .startGroup, .review,
            .addToDirectory, .ideasNearby, .notForMe:
            break
        }
        switch GuideState.PeopleBox(rawValue: guide.box) ?? .name {
        case .name:
            _ = guide.name.handle(key, wrapWidth: GuideLayout(AppLayout.content(for: state)).boxWidth)
            return
        case .kind:
            let options = ConnectionForm.kindOptions
            let key = key == .up ? Key.left : key == .down ? Key.right : key
            guard let chosen = ChoiceKeys.pick(key, options: options, selected: guide.kind, typed: guide.kindTyped)
            else { return }
            (guide.kind, guide.kindTyped) = (chosen.selected, chosen.typed)
            // Chosen, it goes back to the ring, whose number puts them on the map.
            if chosen.settled {
                guide.kindTyped = ""
                guide.box = GuideState.PeopleBox.ring.rawValue
            }
            return
        case .ring:
            break
        }
        switch key {
        case .up, .left: guide.ring = max(1, guide.ring - 1)
        case .down, .right: guide.ring = min(5, guide.ring + 1)
        case .character(let c) where c.wholeNumberValue.map(Connection.rings.contains) == true:
            guide.ring = c.wholeNumberValue ?? guide.ring
            _ = addPerson(&guide, state: &state, env: env)
        case .character:
            guide.problem = "Type the ring's number, 1 to 5, or press Tab for who or what they are."
        default:
            break
        }
    }

    private static func addPerson(_ guide: inout GuideState, state: inout AppState, env: Environment) -> Bool {
        let name = guide.name.text.trimmed
        guard !name.isEmpty else {
            guide.box = 0
            guide.problem = "Type a name first, or press PgDn to go on."
            return false
        }
        let kind = ConnectionKind.allCases[min(guide.kind, ConnectionKind.allCases.count - 1)]
        guard
            state.apply(.addConnection(Connection(id: env.newID(), name: name, ring: guide.ring, kind: kind)), env: env)
        else { return false }
        guide.added += 1
        guide.name = TextFieldState()
        guide.box = GuideState.PeopleBox.name.rawValue
        guide.kind = 0
        let what =
            kind == .person
            ? "" : ", as " + ConnectionForm.kindOptions[ConnectionKind.allCases.firstIndex(of: kind) ?? 0]
        state.status = .info(
            "\(name) is on the map, ring \(guide.ring)\(what). Type the next name, or press PgDn to go on.")
        if guide.added >= Part.wanted {
            state.status = .info(
                "\(Part.wanted) people on the map. More can be added on the map itself (2) at any time.")
            go(to: .strengths, in: guide, state: &state)
        }
        return true
    }

    private static func strengths(
        _ key: Key, command: Command?, guide: inout GuideState, state: inout AppState, env: Environment
    ) {
        let count = StrengthPrompts.all.count
        switch (command, key) {
        case (.open, _):
            _ = addStrength(&guide, state: &state, env: env)
        case (_, .down):
            guide.prompt = (guide.prompt + 1) % count
        case (_, .up):
            guide.prompt = (guide.prompt + count - 1) % count
        default:
            _ = guide.strength.handle(key, wrapWidth: GuideLayout(AppLayout.content(for: state)).boxWidth)
        }
    }

    private static func addStrength(_ guide: inout GuideState, state: inout AppState, env: Environment) -> Bool {
        let text = guide.strength.text.trimmed
        guard !text.isEmpty else {
            guide.problem = "Type something first, or press ↓ for a question that might help."
            return false
        }
        let asset = Asset(id: env.newID(), owner: .person, kind: .strength, text: text)
        guard state.apply(.addAsset(asset), env: env) else { return false }
        guide.added += 1
        guide.strength = TextFieldState()
        if guide.added >= Part.wanted {
            state.status = .info(
                "\(Part.wanted) strengths written down. More can be added on Strengths (3) at any time.")
            go(to: .goal, in: guide, state: &state)
        }
        return true
    }

    private static func goal(
        _ key: Key, command: Command?, guide: inout GuideState, state: inout AppState, env: Environment
    ) {
        let boxes = GuideState.GoalBox.allCases.count
        let rest = guide.restOfWho
        guide.restOfWho = ""
        switch (command, key) {
        case (.nextField, _), (_, .down):
            guide.box = command == .nextField ? (guide.box + 1) % boxes : min(boxes - 1, guide.box + 1)
            return
        case (.previousField, _), (_, .up):
            guide.box = command == .previousField ? (guide.box + boxes - 1) % boxes : max(0, guide.box - 1)
            return
        case (.open, _):
            if guide.box < boxes - 1 {
                guide.box += 1
            } else if keepGoal(&guide, state: &state, env: env) {
                go(to: .wellbeing, in: guide, state: &state)
            }
            return
        default:
            break
        }
        let width = GuideLayout(AppLayout.content(for: state)).boxWidth
        switch GuideState.GoalBox(rawValue: guide.box) ?? .goal {
        case .goal: _ = guide.goal.handle(key, wrapWidth: width)
        case .firstStep: _ = guide.firstStep.handle(key, wrapWidth: width)
        case .when:
            // As in a form: the rest of a name typed in full after it was chosen does not spill into the date.
            if case .character(let c) = key, rest.hasPrefix(SearchQuery.fold(String(c))) {
                guide.restOfWho = String(rest.dropFirst(SearchQuery.fold(String(c)).count))
                return
            }
            _ = guide.when.handle(key, wrapWidth: width)
        case .who:
            guard let plan = state.plan?.plan,
                let chosen = ChoiceKeys.pick(
                    key, options: StepForm.helpers(plan).map(\.label), selected: guide.who, typed: guide.whoTyped)
            else { return }
            (guide.who, guide.whoTyped) = (chosen.selected, chosen.typed)
            if chosen.settled {
                guide.box = GuideState.GoalBox.when.rawValue
                guide.whoTyped = ""
                guide.restOfWho = chosen.rest
            }
        }
    }

    /// The goal, then its first step with who will do it and when; nothing when nothing was typed.
    private static func keepGoal(_ guide: inout GuideState, state: inout AppState, env: Environment) -> Bool {
        guard let plan = state.plan?.plan else { return false }
        let title = guide.goal.text.trimmed
        let stepText = guide.firstStep.text.trimmed
        let whenText = guide.when.text.trimmed
        if title.isEmpty {
            guard stepText.isEmpty, whenText.isEmpty else {
                guide.box = GuideState.GoalBox.goal.rawValue
                guide.problem = "Type the goal first: the step is a step towards it."
                return false
            }
            return true
        }
        var due: CalendarDay?
        if !whenText.isEmpty {
            guard let day = DateWords.read(whenText, today: env.today, meaning: .due) else {
                guide.box = GuideState.GoalBox.when.rawValue
                guide.problem = "That date could not be read. Try Saturday, in 2 weeks, 31 Jan or 31/1/2027."
                return false
            }
            due = day
        }
        let goal = Goal(id: env.newID(), title: title, createdAt: Timestamp.wholeSeconds(env.now()))
        guard state.apply(.addGoal(goal), env: env) else { return false }
        if !stepText.isEmpty {
            let helpers = StepForm.helpers(plan)
            let who = helpers[min(guide.who, helpers.count - 1)].value
            state.apply(.addStep(goalID: goal.id, Step(id: env.newID(), text: stepText, who: who, due: due)), env: env)
        }
        guide.goal = TextFieldState()
        guide.firstStep = TextFieldState()
        guide.when = TextFieldState()
        return true
    }
}
