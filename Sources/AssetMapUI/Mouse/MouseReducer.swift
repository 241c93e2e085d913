import AssetMapCore

/// Clicks and the wheel. A click on a key in the bottom bar is that key; a click on a row, a tab, a rung or a
/// person on the map selects it, and a double click opens it as Enter would; the wheel moves as ↑ ↓ do.
/// Everything goes on through the same reducers as the keys, so the mouse can do nothing the keys cannot.
enum MouseReducer {
    static func handle(_ event: MouseEvent, state: inout AppState, env: Environment) -> [Effect] {
        switch event.action {
        case .wheelUp, .wheelDown:
            return wheel(up: event.action == .wheelUp, state: &state, env: env)
        case .press(.left):
            return click(event, state: &state, env: env)
        case .press(.middle), .press(.right):
            return []
        }
    }

    private static func click(_ event: MouseEvent, state: inout AppState, env: Environment) -> [Effect] {
        let layout = AppLayout(state)
        if let item = HintBar.items(state.keyContext, in: layout.hints).first(where: { $0.area.contains(event.point) })
        {
            return barKey(item.binding).map { press($0, state: &state, env: env) } ?? []
        }
        if let modal = state.modals.last {
            // Help and messages close at a click, as at any key; a form goes to the field clicked; a question waits
            // for its own keys.
            switch modal {
            case .help, .message: state.modals.removeLast()
            case .form(var form):
                FormMouse.click(at: event.point, form: &form, area: layout.modalArea)
                state.modals[state.modals.count - 1] = .form(form)
            case .confirm, .prompts, .picker, .changedElsewhere, .ideas: break
            }
            return []
        }
        if state.screen == .plan, state.plan?.guide?.isOpen == true {
            return GuideMouse.click(at: event.point, state: &state, env: env)
        }
        // While typing, a click elsewhere would take the typing away from under the person: it does nothing.
        guard !state.keyContext.isTextEntry, let target = MouseTarget.at(event.point, in: state, today: env.today)
        else { return [] }
        state.status = nil
        if case .tab(let section) = target {
            return press(.character(Character("\(section.rawValue)")), state: &state, env: env)
        }
        if case .checkRow = target, let stage = state.plan?.wellbeing.check?.stage, stage.isAnswered {
            // An answer is given by one click, as Enter gives it; the second click of a double one would answer the
            // next question unasked, so it is let go.
            guard !event.isDoubleClick else { return [] }
            select(target, state: &state)
            return press(.enter, state: &state, env: env)
        }
        select(target, state: &state)
        return event.isDoubleClick ? press(.enter, state: &state, env: env) : []
    }

    /// The key a bar item stands for; none for a range such as "1-6", which names several keys at once.
    private static func barKey(_ binding: KeyBinding) -> Key? {
        switch binding.command {
        case .section, .answer: return nil
        default: return binding.keys.first
        }
    }

    private static func wheel(up: Bool, state: inout AppState, env: Environment) -> [Effect] {
        switch state.keyContext {
        case .help:
            guard case .help(let context, let title, let scroll)? = state.modals.last else { return [] }
            let moved = HelpOverlay.scrolled(scroll, by: up ? -3 : 3, context: context, in: AppLayout(state).modalArea)
            state.modals[state.modals.count - 1] = .help(context, title: title, scroll: moved)
            return []
        case .dialog, .choice, .message, .prompts:
            return []
        case .network:
            // On the rings up and down mean inwards and outwards: the wheel goes through everyone in order instead.
            return press(up ? .backTab : .tab, state: &state, env: env)
        case .report, .timeline:
            return (0..<3).flatMap { _ in press(up ? .up : .down, state: &state, env: env) }
        default:
            return press(up ? .up : .down, state: &state, env: env)
        }
    }

    private static func press(_ key: Key, state: inout AppState, env: Environment) -> [Effect] {
        AppReducer.reduce(&state, .key(key), env: env)
    }

    private static func select(_ target: MouseTarget, state: inout AppState) {
        switch target {
        case .tab:
            break
        case .caseloadRow(let row):
            state.caseload.selection = row
        case .directoryRow(let row):
            state.directory.selection = row
        case .overviewField(let field):
            state.plan?.overview.selected = field
        case .onMap(let id):
            state.plan?.network.selectedID = id
        case .strengthsList(let column):
            state.plan?.strengths.column = column
        case .strength(let column, let row):
            state.plan?.strengths.column = column
            state.plan?.strengths.rows[column.rawValue] = row
        case .goal(let row):
            state.plan?.goals.listFocus = .goals
            state.plan?.goals.goalRow = row
        case .stage(let row):
            state.plan?.goals.listFocus = .stages
            state.plan?.goals.stageRow = row
        case .rung(let stepIndex):
            state.plan?.goals.ladderFocus = .steps
            state.plan?.goals.stepIndex = stepIndex
        case .note(let row):
            state.plan?.notes.selection = row
        case .check(let id):
            state.plan?.wellbeing.selectedCheckID = id
        case .checkRow(let row):
            state.plan?.wellbeing.check?.cursor = row
        }
    }
}
