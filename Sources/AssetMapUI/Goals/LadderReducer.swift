import AssetMapCore

/// Keys on a goal's ladder: moving up and down the rungs, marking steps done, adding, changing, moving and
/// deleting steps, and the things in the way, the risk plan and the links of a step.
enum LadderReducer {
    static func handle(_ command: Command?, goals: inout GoalsState, in context: inout PartContext) {
        let plan = context.plan
        guard let goal = goals.openGoal(in: plan) else { return }
        let step = goal.steps.indices.contains(goals.stepIndex) ? goal.steps[goals.stepIndex] : nil
        switch command {
        case .back, .cancel:
            goals.mode = .list
        case .left, .right:
            let count = GoalsState.LadderFocus.allCases.count
            goals.ladderFocus =
                GoalsState.LadderFocus(
                    rawValue: (goals.ladderFocus.rawValue + (command == .right ? 1 : count - 1)) % count) ?? .steps
            goals.panelScroll = 0
        case .up, .down, .pageUp, .pageDown, .first, .last:
            if goals.ladderFocus == .risk {
                // On the risk plan, ↑ ↓ read on through it when it is taller than the panel.
                let layout = LadderLayout(content: context.content, goal: goal, plan: plan, today: context.today)
                let most = LadderPanel.mostRiskScroll(
                    goal, plan: plan, goals: goals, today: context.today, in: layout.panel)
                let page = max(1, layout.panel.height - 2)
                let step =
                    [Command.down: 1, .up: -1, .pageDown: page, .pageUp: -page, .first: -most, .last: most][command!]
                    ?? 0
                goals.panelScroll = min(most, max(0, goals.panelScroll + step))
            } else {
                move(&goals, by: command!, goal: goal)
            }
        case .toggleDone:
            if let step {
                context.apply(.setStepStatus(goalID: goal.id, stepID: step.id, step.status == .done ? .todo : .done))
            }
        case .add:
            switch goals.ladderFocus {
            case .steps: context.show(StepForm.make(nil, goalID: goal.id, plan: plan))
            case .barriers: context.show(BarrierForm.make(nil, goalID: goal.id))
            case .risk: context.show(RiskForm.make(goal.risk, goalID: goal.id))
            }
        case .edit, .open:
            switch goals.ladderFocus {
            case .steps: if let step { context.show(StepForm.make(step, goalID: goal.id, plan: plan)) }
            case .barriers:
                if goal.barriers.indices.contains(goals.barrierRow) {
                    context.show(BarrierForm.make(goal.barriers[goals.barrierRow], goalID: goal.id))
                }
            case .risk: context.show(RiskForm.make(goal.risk, goalID: goal.id))
            }
        case .delete:
            delete(goal: goal, step: step, goals: goals, in: &context)
        case .moveItemUp, .moveItemDown:
            // Up the ladder is later in the list of steps.
            let offset = command == .moveItemUp ? 1 : -1
            if let step, context.apply(.reorderStep(goalID: goal.id, stepID: step.id, by: offset)) {
                goals.stepIndex += offset
            }
        case .barriers:
            goals.ladderFocus = .barriers
            context.show(BarrierForm.make(nil, goalID: goal.id))
        case .riskPlan:
            goals.ladderFocus = .risk
            context.show(RiskForm.make(goal.risk, goalID: goal.id))
        case .link:
            if let step { context.show(.picker(linkPicker(for: step, goalID: goal.id, plan: plan))) }
        case nil, .help, .privacy, .nextSection, .previousSection, .section, .nextItem, .previousItem, .undo, .redo,
            .search, .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise, .anticlockwise, .knows,
            .communityDirectory, .putOnMap, .steppingBack, .prompts, .export, .settings, .syncTeam, .save, .no,
            .nextField, .previousField, .answer, .skip, .previousQuestion, .earlierDate, .laterDate, .report,
            .timeline, .writing, .walkThrough, .editText, .startGroup, .review, .addToDirectory, .ideasNearby,
            .notForMe:
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

    private static func delete(goal: Goal, step: Step?, goals: GoalsState, in context: inout PartContext) {
        switch goals.ladderFocus {
        case .steps:
            if let step {
                context.ask(
                    "Delete the step", "Delete the step “\(step.text)”? " + KeyMap.undoAfterwards(),
                    onYes: .edit(.deleteStep(goalID: goal.id, stepID: step.id)))
            }
        case .barriers:
            if goal.barriers.indices.contains(goals.barrierRow) {
                let barrier = goal.barriers[goals.barrierRow]
                context.ask(
                    "Delete", "Delete “\(barrier.text)”? " + KeyMap.undoAfterwards(),
                    onYes: .edit(.deleteBarrier(goalID: goal.id, barrierID: barrier.id)))
            }
        case .risk:
            if goal.risk != nil {
                context.ask(
                    "Delete the risk plan", "Delete the plan for taking a chance? " + KeyMap.undoAfterwards(),
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
        return PickerState(
            title: "Who or what helps with this step", items: people + strengths,
            chosen: Set(step.connectionIds + step.assetIds), purpose: .stepLinks(goalID: goalID, stepID: step.id))
    }

    /// The picker is done: the step's links become what was chosen.
    static func link(
        _ stepID: String, of goalID: String, with chosen: Set<String>, state: inout AppState, env: Environment
    ) -> [Effect] {
        state.run(\.goals, env: env) { _, context in link(stepID, of: goalID, with: chosen, in: &context) }
    }

    private static func link(
        _ stepID: String, of goalID: String, with chosen: Set<String>, in context: inout PartContext
    ) {
        let plan = context.plan
        guard var step = plan.goals.first(where: { $0.id == goalID })?.steps.first(where: { $0.id == stepID }) else {
            return
        }
        step.connectionIds = NetworkList.order(plan).map(\.id).filter(chosen.contains)
        step.assetIds = plan.assets.map(\.id).filter(chosen.contains)
        context.apply(.updateStep(goalID: goalID, step))
    }
}
