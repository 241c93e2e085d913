import AssetMapCore

/// A goal in the person's own words, why it matters, and whether it is being worked on.
enum GoalForm {
    static let statusOptions = GoalStatus.allCases.map { "\($0.symbol) \($0.words)" }

    static func make(_ goal: Goal?) -> FormState {
        FormState(title: goal == nil ? "A goal" : "Change the goal", fields: [
            .text("title", "What I'd like", goal?.title ?? "", note: "In the person's own words. " + GoalWords.smallStepsHint),
            .text("why", "Why it matters to me", goal?.why ?? "", multiline: true, note: "Optional."),
            .choice("status", "How it is going", statusOptions, selected: GoalStatus.allCases.firstIndex(of: goal?.status ?? .active) ?? 0),
        ], purpose: goal.map { .editGoal(id: $0.id) } ?? .addGoal)
    }

    static func action(from form: FormState, env: Environment) throws(FormProblem) -> PlanAction {
        let title = try form.required("title", "Please type the goal.")
        let status = GoalStatus.allCases[form.choice("status")]
        if case .editGoal(let id) = form.purpose {
            return .editGoal(id: id, title: title, why: form.text("why").nonEmpty, status: status)
        }
        return .addGoal(Goal(id: env.newID(), title: title, why: form.text("why").nonEmpty, status: status,
                             createdAt: Timestamp.wholeSeconds(env.now())))
    }
}

/// One small step: what, who will do it (the person, the worker, or someone from the map), when by, and how it is going.
enum StepForm {
    static let statusOptions = StepStatus.allCases.map { "\($0.symbol) \($0.words)" }

    /// The person, the worker, then the people, groups and services on the map from the closest ring out.
    /// Places and pets do not do steps, unless one was chosen before (`keeping`).
    static func helpers(_ plan: Plan, keeping chosen: String? = nil) -> [(label: String, value: String)] {
        let worker = plan.person.keyworker?.nonEmpty.map { "the worker (\($0))" } ?? "the worker"
        let onMap = NetworkList.order(plan).filter { ![.place, .pet].contains($0.kind) || $0.id == chosen }
        return [("me (the person)", StepHelper.person.rawValue), (worker, StepHelper.worker.rawValue)]
            + onMap.map { ($0.name, $0.id) }
    }

    static func make(_ step: Step?, goalID: String, plan: Plan) -> FormState {
        let helpers = helpers(plan, keeping: step?.who)
        let chosen = helpers.firstIndex { $0.value == (step?.who ?? StepHelper.person.rawValue) } ?? 0
        return FormState(title: step == nil ? "A step" : "Change the step", fields: [
            .text("text", "The step", step?.text ?? "", note: GoalWords.smallStepsHint),
            .choice("who", "Who will do it", helpers.map(\.label), selected: chosen, note: "The person, the worker, or someone on the map."),
            .date("due", "When by", step?.due, meaning: .due, note: "Optional. For example Saturday, in 2 weeks, or 31 Jan."),
            .choice("status", "How it is going", statusOptions, selected: StepStatus.allCases.firstIndex(of: step?.status ?? .todo) ?? 0),
        ], purpose: step.map { .editStep(goalID: goalID, stepID: $0.id) } ?? .addStep(goalID: goalID))
    }

    static func action(from form: FormState, plan: Plan, env: Environment) throws(FormProblem) -> PlanAction {
        let text = try form.required("text", "Please type the step.")
        var before: String?
        if case .editStep(let goalID, let stepID) = form.purpose {
            before = plan.goals.first { $0.id == goalID }?.steps.first { $0.id == stepID }?.who
        }
        let helpers = helpers(plan, keeping: before)
        let who = helpers[min(form.choice("who"), helpers.count - 1)].value
        let due = try form.day("due", today: env.today, meaning: .due)
        let status = StepStatus.allCases[form.choice("status")]
        switch form.purpose {
        case .editStep(let goalID, let stepID):
            guard var step = plan.goals.first(where: { $0.id == goalID })?.steps.first(where: { $0.id == stepID }) else {
                throw form.problem("text", "That step is no longer there.")
            }
            step.text = text
            step.who = who
            step.due = due
            step.status = status
            return .updateStep(goalID: goalID, step)
        case .addStep(let goalID):
            return .addStep(goalID: goalID, Step(id: env.newID(), text: text, who: who, due: due, status: status))
        default:
            throw form.problem("text", "This form cannot be saved here.")
        }
    }
}

/// Something in the way of a goal, picked from the common ones or in the person's own words, and what might help.
enum BarrierForm {
    static let choices = ["(in my own words, below)"] + GoalWords.commonBarriers

    static func make(_ barrier: Barrier?, goalID: String) -> FormState {
        let common = barrier.flatMap { GoalWords.commonBarriers.firstIndex(of: $0.text) }
        return FormState(title: "Something in the way", fields: [
            .choice("common", "Common ones", choices, selected: common.map { $0 + 1 } ?? 0, note: "Things people often say; or write it in the person's own words below."),
            .text("text", "In my own words", common == nil ? barrier?.text ?? "" : "", note: "Or pick a common one above."),
            .text("whatHelps", "What might help", barrier?.whatHelps ?? "", multiline: true),
        ], purpose: barrier.map { .editBarrier(goalID: goalID, barrierID: $0.id) } ?? .addBarrier(goalID: goalID))
    }

    static func action(from form: FormState, env: Environment) throws(FormProblem) -> PlanAction {
        let common = form.choice("common")
        guard let text = form.text("text").nonEmpty ?? (common > 0 ? GoalWords.commonBarriers[common - 1] : nil) else {
            throw form.problem("text", "Please pick a common one or type what is in the way.")
        }
        switch form.purpose {
        case .editBarrier(let goalID, let barrierID):
            return .updateBarrier(goalID: goalID, Barrier(id: barrierID, text: text, whatHelps: form.text("whatHelps").nonEmpty))
        case .addBarrier(let goalID):
            return .addBarrier(goalID: goalID, Barrier(id: env.newID(), text: text, whatHelps: form.text("whatHelps").nonEmpty))
        default:
            throw form.problem("text", "This form cannot be saved here.")
        }
    }
}

/// A plan for taking a positive risk: what could go well and wrong, what we'll do if it does, when we'll look
/// again, and, if we decide not to, why.
enum RiskForm {
    static func make(_ risk: RiskPlan?, goalID: String) -> FormState {
        FormState(title: "Taking a chance", fields: [
            .text("benefits", "What could go well", risk?.benefits ?? "", multiline: true),
            .text("risks", "What could go wrong", risk?.risks ?? "", multiline: true),
            .text("contingency", "What we'll do if it does", risk?.contingency ?? "", multiline: true),
            .date("reviewOn", "When we'll look again", risk?.reviewOn, meaning: .due),
            .text("notTakenBecause", "If we decide not to, why", risk?.notTakenBecause ?? "", multiline: true, note: "Optional."),
        ], purpose: .riskPlan(goalID: goalID), intro: "Taking some risk is part of getting somewhere. Plan it together.")
    }

    static func action(from form: FormState, env: Environment) throws(FormProblem) -> PlanAction {
        guard case .riskPlan(let goalID) = form.purpose else { throw form.problem("benefits", "This form cannot be saved here.") }
        let risk = RiskPlan(benefits: form.text("benefits"), risks: form.text("risks"), contingency: form.text("contingency"),
                            reviewOn: try form.day("reviewOn", today: env.today, meaning: .due), notTakenBecause: form.text("notTakenBecause").nonEmpty)
        let empty = risk.benefits.isEmpty && risk.risks.isEmpty && risk.contingency.isEmpty && risk.reviewOn == nil && risk.notTakenBecause == nil
        return .setRiskPlan(goalID: goalID, empty ? nil : risk)
    }
}

/// One stage of the worker stepping back.
enum StageForm {
    static func make(_ stage: Stage?) -> FormState {
        FormState(title: "Stepping back", fields: [
            .text("text", "What changes", stage?.text ?? "", note: "For example: we meet every two weeks instead of every week."),
            .date("by", "By when", stage?.by, meaning: .due),
        ], purpose: stage.map { .editStage(id: $0.id) } ?? .addStage)
    }

    static func action(from form: FormState, env: Environment) throws(FormProblem) -> PlanAction {
        let text = try form.required("text", "Please type what changes at this stage.")
        let by = try form.day("by", today: env.today, meaning: .due)
        if case .editStage(let id) = form.purpose { return .updateStage(Stage(id: id, text: text, by: by)) }
        return .addStage(Stage(id: env.newID(), text: text, by: by))
    }
}
