import AssetMapCore
import TestSupport
import Testing

@Suite struct GoalActionTests {
    var plan: Plan {
        var plan = Samples.plan()
        plan.network = [Samples.connection("c1", "Aoife", ring: 1)]
        plan.assets = [Asset(id: "a1", owner: .person, kind: .skill, text: "Map reading")]
        plan.goals = [
            Goal(
                id: "g1", title: "Walk by the sea",
                steps: [
                    Step(id: "s1", text: "Find bus times"), Step(id: "s2", text: "Go once"),
                    Step(id: "s3", text: "Go weekly"),
                ], createdAt: Samples.created)
        ]
        return plan
    }

    @Test func addingEditingAndDeletingGoals() {
        let goal = Goal(id: "g2", title: " Learn to cook ", why: " ", createdAt: Samples.created)
        expectChange(plan, .addGoal(goal)) {
            $0.goals.append(Goal(id: "g2", title: "Learn to cook", createdAt: Samples.created))
        }
        expectChange(plan, .editGoal(id: "g1", title: "Walk by the sea often", why: "Clears my head", status: .paused))
        {
            $0.goals[0].title = "Walk by the sea often"
            $0.goals[0].why = "Clears my head"
            $0.goals[0].status = .paused
        }
        expectRejection(plan, .editGoal(id: "g1", title: "", why: nil, status: .active), "Please type the goal.")
        expectChange(plan, .deleteGoal(id: "g1")) { $0.goals = [] }
    }

    @Test func stepsAreAddedChangedMovedMarkedAndDeleted() {
        let step = Step(id: "s4", text: "Buy boots", who: "c1", assetIds: ["a1"], connectionIds: ["c1"])
        expectChange(plan, .addStep(goalID: "g1", step)) { $0.goals[0].steps.append(step) }
        expectChange(plan, .reorderStep(goalID: "g1", stepID: "s3", by: -1)) { $0.goals[0].steps.swapAt(1, 2) }
        expectChange(plan, .setStepStatus(goalID: "g1", stepID: "s1", .done)) { $0.goals[0].steps[0].status = .done }
        expectChange(plan, .deleteStep(goalID: "g1", stepID: "s2")) { $0.goals[0].steps.remove(at: 1) }
        var changed = plan.goals[0].steps[0]
        changed.due = Samples.day("2026-02-01")
        expectChange(plan, .updateStep(goalID: "g1", changed)) { $0.goals[0].steps[0] = changed }
    }

    @Test func aStepHelpedBySomeoneNoLongerOnTheMapIsRefused() {
        expectRejection(
            plan, .addStep(goalID: "g1", Step(id: "s9", text: "Ask", who: "gone")),
            "The person chosen to help is no longer on the map.")
        expectRejection(plan, .addStep(goalID: "nope", Step(id: "s9", text: "Ask")), "That item is no longer there.")
        expectRejection(plan, .addStep(goalID: "g1", Step(id: "s9", text: " ")), "Please type the step.")
    }

    @Test func barriersAndTheRiskPlan() {
        let barrier = Barrier(id: "b1", text: "Hard to get to", whatHelps: "Bus pass")
        expectChange(plan, .addBarrier(goalID: "g1", barrier)) { $0.goals[0].barriers = [barrier] }
        var withBarrier = plan
        withBarrier.goals[0].barriers = [barrier]
        let changed = Barrier(id: "b1", text: "Hard to get to", whatHelps: nil)
        expectChange(
            withBarrier, .updateBarrier(goalID: "g1", Barrier(id: "b1", text: "Hard to get to", whatHelps: " "))
        ) {
            $0.goals[0].barriers = [changed]
        }
        expectChange(withBarrier, .deleteBarrier(goalID: "g1", barrierID: "b1")) { $0.goals[0].barriers = [] }
        let risk = RiskPlan(benefits: "Air", risks: "Tired", contingency: "Ring Aoife")
        expectChange(plan, .setRiskPlan(goalID: "g1", risk)) { $0.goals[0].risk = risk }
    }

    @Test func steppingBackStages() {
        let stage = Stage(id: "t1", text: " Fortnightly ", by: Samples.day("2026-04-01"))
        expectChange(plan, .addStage(stage)) { $0.steppingBack = [Stage(id: "t1", text: "Fortnightly", by: stage.by)] }
        var staged = plan
        staged.steppingBack = [Stage(id: "t1", text: "Fortnightly"), Stage(id: "t2", text: "Monthly")]
        expectChange(staged, .updateStage(Stage(id: "t2", text: "Every month"))) {
            $0.steppingBack[1].text = "Every month"
        }
        expectChange(staged, .reorderStage(id: "t2", by: -1)) { $0.steppingBack.swapAt(0, 1) }
        expectChange(staged, .deleteStage(id: "t1")) { $0.steppingBack.removeFirst() }
        expectRejection(staged, .addStage(Stage(id: "t3", text: "")), "Please type the stage.")
    }
}
