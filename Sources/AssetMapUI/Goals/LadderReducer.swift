import AssetMapCore

/// Keys on a goal's ladder: moving up and down the rungs, marking steps done, adding, changing, moving and
/// deleting steps, and the things in the way, the risk plan and the links of a step.
enum LadderReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) {
        guard let plan = state.plan?.plan, var goals = state.plan?.goals, let goal = goals.openGoal(in: plan) else { return }
        let step = goal.steps.indices.contains(goals.stepIndex) ? goal.steps[goals.stepIndex] : nil
        defer { state.plan?.goals = goals }
        switch command {
        case .back, .cancel:
            goals.openGoalID = nil
        case .left, .right:
            let count = GoalsState.LadderFocus.allCases.count
            goals.ladderFocus = GoalsState.LadderFocus(rawValue: (goals.ladderFocus.rawValue + (command == .right ? 1 : count - 1)) % count) ?? .steps
            goals.panelScroll = 0
        case .up, .down, .pageUp, .pageDown, .first, .last:
            if goals.ladderFocus == .risk {
                // On the risk plan, ↑ ↓ read on through it when it is taller than the panel.
                let layout = LadderLayout(content: AppLayout.content(for: state), goal: goal, plan: plan, today: env.today)
                let most = LadderPanel.mostRiskScroll(goal, plan: plan, goals: goals, today: env.today, in: layout.panel)
                let page = max(1, layout.panel.height - 2)
                let step = [Command.down: 1, .up: -1, .pageDown: page, .pageUp: -page, .first: -most, .last: most][command!] ?? 0
                goals.panelScroll = min(most, max(0, goals.panelScroll + step))
            } else {
                move(&goals, by: command!, goal: goal)
            }
        case .toggleDone:
            if let step {
                state.apply(.setStepStatus(goalID: goal.id, stepID: step.id, step.status == .done ? .todo : .done), env: env)
            }
        case .add:
            switch goals.ladderFocus {
            case .steps: state.modals.append(.form(StepForm.make(nil, goalID: goal.id, plan: plan)))
            case .barriers: state.modals.append(.form(BarrierForm.make(nil, goalID: goal.id)))
            case .risk: state.modals.append(.form(RiskForm.make(goal.risk, goalID: goal.id)))
            }
        case .edit, .open:
            switch goals.ladderFocus {
            case .steps: if let step { state.modals.append(.form(StepForm.make(step, goalID: goal.id, plan: plan))) }
            case .barriers:
                if goal.barriers.indices.contains(goals.barrierRow) {
                    state.modals.append(.form(BarrierForm.make(goal.barriers[goals.barrierRow], goalID: goal.id)))
                }
            case .risk: state.modals.append(.form(RiskForm.make(goal.risk, goalID: goal.id)))
            }
        case .delete:
            delete(goal: goal, step: step, goals: goals, state: &state)
        case .moveItemUp, .moveItemDown:
            // Up the ladder is later in the list of steps.
            let offset = command == .moveItemUp ? 1 : -1
            if let step, state.apply(.reorderStep(goalID: goal.id, stepID: step.id, by: offset), env: env) {
                goals.stepIndex += offset
            }
        case .barriers:
            goals.ladderFocus = .barriers
            state.modals.append(.form(BarrierForm.make(nil, goalID: goal.id)))
        case .riskPlan:
            goals.ladderFocus = .risk
            state.modals.append(.form(RiskForm.make(goal.risk, goalID: goal.id)))
        case .link:
            if let step { state.modals.append(.picker(linkPicker(for: step, goalID: goal.id, plan: plan))) }
        default:
            break
        }
    }

    /// Up climbs the ladder (to later steps), down goes back towards the first.
    private static func move(_ goals: inout GoalsState, by command: Command, goal: Goal) {
        switch goals.ladderFocus {
        case .steps:
            let count = goal.steps.count
            guard count > 0 else { return }
            switch command {
            case .up: goals.stepIndex = min(count - 1, goals.stepIndex + 1)
            case .down: goals.stepIndex = max(0, goals.stepIndex - 1)
            case .pageUp, .first: goals.stepIndex = count - 1
            case .pageDown, .last: goals.stepIndex = 0
            default: break
            }
        case .barriers:
            goals.barrierRow = ListView.move(goals.barrierRow, by: command, count: goal.barriers.count, page: 5)
        case .risk:
            break
        }
    }

    private static func delete(goal: Goal, step: Step?, goals: GoalsState, state: inout AppState) {
        switch goals.ladderFocus {
        case .steps:
            if let step {
                state.ask("Delete the step", "Delete the step “\(step.text)”? Press u afterwards to undo.",
                          onYes: .edit(.deleteStep(goalID: goal.id, stepID: step.id)))
            }
        case .barriers:
            if goal.barriers.indices.contains(goals.barrierRow) {
                let barrier = goal.barriers[goals.barrierRow]
                state.ask("Delete", "Delete “\(barrier.text)”? Press u afterwards to undo.",
                          onYes: .edit(.deleteBarrier(goalID: goal.id, barrierID: barrier.id)))
            }
        case .risk:
            if goal.risk != nil {
                state.ask("Delete the risk plan", "Delete the plan for taking a chance? Press u afterwards to undo.",
                          onYes: .edit(.setRiskPlan(goalID: goal.id, nil)))
            }
        }
    }

    /// Strengths and people on the map, to choose who or what helps with a step.
    static func linkPicker(for step: Step, goalID: String, plan: Plan) -> PickerState {
        let people = NetworkList.order(plan).map {
            PickerState.Item(id: $0.id, label: $0.name, detail: "on the map, ring \($0.ring)")
        }
        let strengths = plan.assets.map {
            PickerState.Item(id: $0.id, label: $0.text, detail: $0.owner == .person ? "my strength" : "the worker's")
        }
        return PickerState(title: "Who or what helps with this step", items: people + strengths,
                           chosen: Set(step.connectionIds + step.assetIds), purpose: .stepLinks(goalID: goalID, stepID: step.id))
    }

    /// Keys in the picker; when done, the step's links become what was chosen.
    static func handlePicker(_ picker: PickerState, key: Key, state: inout AppState, env: Environment) {
        var picker = picker
        switch picker.handle(key) {
        case .picking:
            state.modals[state.modals.count - 1] = .picker(picker)
        case .cancelled:
            state.modals.removeLast()
        case .done:
            state.modals.removeLast()
            guard case .stepLinks(let goalID, let stepID) = picker.purpose, let plan = state.plan?.plan,
                  var step = plan.goals.first(where: { $0.id == goalID })?.steps.first(where: { $0.id == stepID }) else { return }
            step.connectionIds = NetworkList.order(plan).map(\.id).filter(picker.chosen.contains)
            step.assetIds = plan.assets.map(\.id).filter(picker.chosen.contains)
            state.apply(.updateStep(goalID: goalID, step), env: env)
        }
    }
}
