import AssetMapCore

/// Keys on the goals list and the stepping-back stages below it.
enum GoalsReducer {
    static func handle(_ key: Key, command: Command?, state: inout AppState, env: Environment) {
        guard let plan = state.plan?.plan, var goals = state.plan?.goals else { return }
        defer { state.plan?.goals = goals }
        switch command {
        case .up, .down, .pageUp, .pageDown, .first, .last:
            move(&goals, by: command!, plan: plan)
        case .steppingBack:
            goals.listFocus = .stages
            if plan.steppingBack.isEmpty { state.modals.append(.form(StageForm.make(nil))) }
        case .open:
            if goals.listFocus == .goals, goals.goalRow < plan.goals.count {
                goals.mode = .ladder(goalID: plan.goals[goals.goalRow].id)
                goals.ladderFocus = .steps
                goals.stepIndex = plan.goals[goals.goalRow].currentStepIndex ?? max(0, plan.goals[goals.goalRow].steps.count - 1)
            } else if goals.listFocus == .stages, goals.stageRow < plan.steppingBack.count {
                state.modals.append(.form(StageForm.make(plan.steppingBack[goals.stageRow])))
            }
        case .add:
            state.modals.append(.form(goals.listFocus == .goals ? GoalForm.make(nil) : StageForm.make(nil)))
        case .edit:
            if goals.listFocus == .goals, goals.goalRow < plan.goals.count {
                state.modals.append(.form(GoalForm.make(plan.goals[goals.goalRow])))
            } else if goals.listFocus == .stages, goals.stageRow < plan.steppingBack.count {
                state.modals.append(.form(StageForm.make(plan.steppingBack[goals.stageRow])))
            }
        case .delete:
            if goals.listFocus == .goals, goals.goalRow < plan.goals.count {
                let goal = plan.goals[goals.goalRow]
                state.ask("Delete the goal", "Delete “\(goal.title)” and its \(goal.steps.count) steps? Press u afterwards to undo.",
                          onYes: .edit(.deleteGoal(id: goal.id)))
            } else if goals.listFocus == .stages, goals.stageRow < plan.steppingBack.count {
                let stage = plan.steppingBack[goals.stageRow]
                state.ask("Delete the stage", "Delete “\(stage.text)”? Press u afterwards to undo.", onYes: .edit(.deleteStage(id: stage.id)))
            }
        case .moveItemUp, .moveItemDown:
            let offset = command == .moveItemUp ? -1 : 1
            if goals.listFocus == .goals, goals.goalRow < plan.goals.count,
               state.apply(.reorderGoal(id: plan.goals[goals.goalRow].id, by: offset), env: env) {
                goals.goalRow += offset
            } else if goals.listFocus == .stages, goals.stageRow < plan.steppingBack.count,
                      state.apply(.reorderStage(id: plan.steppingBack[goals.stageRow].id, by: offset), env: env) {
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
