import AssetMapCore

/// Keys on the goals list and the stepping-back stages below it.
enum GoalsReducer {
    static func handle(_ command: Command?, goals: inout GoalsState, in context: inout PartContext) {
        let plan = context.plan
        switch command {
        case .up, .down, .pageUp, .pageDown, .first, .last:
            move(&goals, by: command!, plan: plan)
        case .steppingBack:
            goals.listFocus = .stages
            if plan.steppingBack.isEmpty { context.show(StageForm.make(nil)) }
        case .open:
            if goals.listFocus == .goals, goals.goalRow < plan.goals.count {
                goals.mode = .ladder(goalID: plan.goals[goals.goalRow].id)
                goals.ladderFocus = .steps
                goals.stepIndex =
                    plan.goals[goals.goalRow].currentStepIndex ?? max(0, plan.goals[goals.goalRow].steps.count - 1)
            } else if goals.listFocus == .stages, goals.stageRow < plan.steppingBack.count {
                context.show(StageForm.make(plan.steppingBack[goals.stageRow]))
            }
        case .add:
            context.show(goals.listFocus == .goals ? GoalForm.make(nil) : StageForm.make(nil))
        case .edit:
            if goals.listFocus == .goals, goals.goalRow < plan.goals.count {
                context.show(GoalForm.make(plan.goals[goals.goalRow]))
            } else if goals.listFocus == .stages, goals.stageRow < plan.steppingBack.count {
                context.show(StageForm.make(plan.steppingBack[goals.stageRow]))
            }
        case .delete:
            if goals.listFocus == .goals, goals.goalRow < plan.goals.count {
                let goal = plan.goals[goals.goalRow]
                context.ask(
                    "Delete the goal",
                    "Delete “\(goal.title)” and its \(goal.steps.count) steps? " + KeyMap.undoAfterwards(),
                    onYes: .edit(.deleteGoal(id: goal.id)))
            } else if goals.listFocus == .stages, goals.stageRow < plan.steppingBack.count {
                let stage = plan.steppingBack[goals.stageRow]
                context.ask(
                    "Delete the stage", "Delete “\(stage.text)”? " + KeyMap.undoAfterwards(),
                    onYes: .edit(.deleteStage(id: stage.id)))
            }
        case .moveItemUp, .moveItemDown:
            let offset = command == .moveItemUp ? -1 : 1
            if goals.listFocus == .goals, goals.goalRow < plan.goals.count,
                context.apply(.reorderGoal(id: plan.goals[goals.goalRow].id, by: offset))
            {
                goals.goalRow += offset
            } else if goals.listFocus == .stages, goals.stageRow < plan.steppingBack.count,
                context.apply(.reorderStage(id: plan.steppingBack[goals.stageRow].id, by: offset))
            {
                goals.stageRow += offset
            }
        case nil, .help, .back, .cancel, .privacy, .nextSection, .previousSection, .section, .left, .right, .nextItem,
            .previousItem, .undo, .redo, .search, .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise,
            .anticlockwise, .knows, .communityDirectory, .link, .putOnMap, .toggleDone, .barriers, .riskPlan,
            .prompts, .export, .settings, .syncTeam, .save, .no, .nextField, .previousField, .answer, .skip,
            .previousQuestion, .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText,
            .startGroup, .review, .addToDirectory, .ideasNearby, .notForMe:
            break
        }
    }

    /// Up and down run through the goals and on into the stepping-back stages.
    private static func move(_ goals: inout GoalsState, by command: Command, plan: Plan) {
        switch goals.listFocus {
        case .goals:
            if command == .down, goals.goalRow >= plan.goals.count - 1 {
                goals.listFocus = .stages
                goals.stageRow = 0
            } else {
                goals.goalRow = ListView.move(goals.goalRow, by: command, count: plan.goals.count, page: 8)
            }
        case .stages:
            if command == .up, goals.stageRow == 0 {
                goals.listFocus = .goals
                goals.goalRow = max(0, plan.goals.count - 1)
            } else {
                goals.stageRow = ListView.move(goals.stageRow, by: command, count: plan.steppingBack.count, page: 8)
            }
        }
    }

    /// Saving a goal, a step, something in the way, a plan for taking a chance or a stage of stepping back; a new goal
    /// or step is selected. False when the plan did not take it.
    static func submit(_ action: PlanAction, goals: inout GoalsState, in context: inout PartContext) -> Bool {
        guard context.apply(action) else { return false }
        switch action {
        case .addGoal: goals.goalRow = context.plan.goals.count - 1
        case .addStep(let goalID, _):
            if let goal = context.plan.goals.first(where: { $0.id == goalID }) {
                goals.stepIndex = goal.steps.count - 1
            }
        default: break
        }
        return true
    }

    /// After a change, keeps the selections on rows that exist.
    static func repair(_ goals: inout GoalsState, plan: Plan) {
        goals.goalRow = min(goals.goalRow, max(0, plan.goals.count - 1))
        goals.stageRow = min(goals.stageRow, max(0, plan.steppingBack.count - 1))
        guard let goal = goals.openGoal(in: plan) else {
            goals.mode = .list
            return
        }
        goals.stepIndex = min(goals.stepIndex, max(0, goal.steps.count - 1))
        goals.barrierRow = min(goals.barrierRow, max(0, goal.barriers.count - 1))
    }
}
