extension PlanReducer {
    static func reduceGoals(_ plan: inout Plan, _ action: PlanAction) throws(EditRejection) {
        switch action {
        case .addGoal(let goal):
            try requireText(goal.title, "Please type the goal.")
            var clean = goal
            clean.title = goal.title.trimmed
            clean.why = goal.why?.nonEmpty
            try plan.goals.insertNew(clean)
        case .editGoal(let id, let title, let why, let status):
            try requireText(title, "Please type the goal.")
            let index = try plan.goals.index(of: id)
            plan.goals[index].title = title.trimmed
            plan.goals[index].why = why?.nonEmpty
            plan.goals[index].status = status
        case .deleteGoal(let id):
            try plan.goals.remove(id: id)
        case .reorderGoal(let id, let offset):
            try plan.goals.shift(id: id, by: offset)
        case .addStep(let goalID, let step):
            let clean = try validated(step, in: plan)
            try withGoal(goalID, in: &plan) { goal throws(EditRejection) in try goal.steps.insertNew(clean) }
        case .updateStep(let goalID, let step):
            let clean = try validated(step, in: plan)
            try withGoal(goalID, in: &plan) { goal throws(EditRejection) in try goal.steps.replace(clean) }
        case .deleteStep(let goalID, let stepID):
            try withGoal(goalID, in: &plan) { goal throws(EditRejection) in try goal.steps.remove(id: stepID) }
        case .reorderStep(let goalID, let stepID, let offset):
            try withGoal(goalID, in: &plan) { goal throws(EditRejection) in try goal.steps.shift(id: stepID, by: offset)
            }
        case .setStepStatus(let goalID, let stepID, let status):
            try withGoal(goalID, in: &plan) { goal throws(EditRejection) in
                goal.steps[try goal.steps.index(of: stepID)].status = status
            }
        case .addBarrier(let goalID, let barrier):
            try withGoal(goalID, in: &plan) { goal throws(EditRejection) in
                try goal.barriers.insertNew(try validated(barrier))
            }
        case .updateBarrier(let goalID, let barrier):
            try withGoal(goalID, in: &plan) { goal throws(EditRejection) in
                try goal.barriers.replace(try validated(barrier))
            }
        case .deleteBarrier(let goalID, let barrierID):
            try withGoal(goalID, in: &plan) { goal throws(EditRejection) in try goal.barriers.remove(id: barrierID) }
        case .setRiskPlan(let goalID, let risk):
            try withGoal(goalID, in: &plan) { goal throws(EditRejection) in goal.risk = risk }
        default:
            preconditionFailure("not a goal action")
        }
    }

    private static func withGoal(
        _ id: String, in plan: inout Plan, _ change: (inout Goal) throws(EditRejection) -> Void
    ) throws(EditRejection) {
        let index = try plan.goals.index(of: id)
        try change(&plan.goals[index])
    }

    private static func validated(_ step: Step, in plan: Plan) throws(EditRejection) -> Step {
        try requireText(step.text, "Please type the step.")
        var clean = step
        clean.text = step.text.trimmed
        if case .connection(let id) = StepHelper(rawValue: step.who ?? "person"),
            !plan.network.contains(where: { $0.id == id })
        {
            throw EditRejection("The person chosen to help is no longer on the map.")
        }
        clean.connectionIds = step.connectionIds.filter { id in plan.network.contains { $0.id == id } }
        clean.assetIds = step.assetIds.filter { id in plan.assets.contains { $0.id == id } }
        return clean
    }

    private static func validated(_ barrier: Barrier) throws(EditRejection) -> Barrier {
        try requireText(barrier.text, "Please type what is in the way.")
        var clean = barrier
        clean.text = barrier.text.trimmed
        clean.whatHelps = barrier.whatHelps?.nonEmpty
        return clean
    }

    static func reduceSteppingBack(_ plan: inout Plan, _ action: PlanAction) throws(EditRejection) {
        switch action {
        case .addStage(let stage):
            try requireText(stage.text, "Please type the stage.")
            try plan.steppingBack.insertNew(trimmed(stage))
        case .updateStage(let stage):
            try requireText(stage.text, "Please type the stage.")
            try plan.steppingBack.replace(trimmed(stage))
        case .deleteStage(let id):
            try plan.steppingBack.remove(id: id)
        case .reorderStage(let id, let offset):
            try plan.steppingBack.shift(id: id, by: offset)
        default:
            preconditionFailure("not a stepping-back action")
        }
    }

    private static func trimmed(_ stage: Stage) -> Stage {
        var clean = stage
        clean.text = stage.text.trimmed
        return clean
    }
}
