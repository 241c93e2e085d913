import AssetMapCore

/// A plan for taking a positive risk: what could go well and wrong, what we'll do if it does, when we'll look
/// again, and, if we decide not to, why.
public struct RiskForm: TypedForm {
    var goalID: String
    var benefits: FormField
    var risks: FormField
    var contingency: FormField
    var reviewOn: FormField
    var notTakenBecause: FormField

    var order: [WritableKeyPath<RiskForm, FormField>] {
        [\.benefits, \.risks, \.contingency, \.reviewOn, \.notTakenBecause]
    }

    static func make(_ risk: RiskPlan?, goalID: String) -> FormState {
        FormState(
            title: "Taking a chance",
            content: RiskForm(
                goalID: goalID,
                benefits: .text(label: "What could go well", risk?.benefits ?? "", multiline: true),
                risks: .text(label: "What could go wrong", risk?.risks ?? "", multiline: true),
                contingency: .text(label: "What we'll do if it does", risk?.contingency ?? "", multiline: true),
                reviewOn: .date(label: "When we'll look again", risk?.reviewOn, meaning: .due),
                notTakenBecause: .text(
                    label: "If we decide not to, why", risk?.notTakenBecause ?? "", multiline: true, note: "Optional.")),
            intro: "Taking some risk is part of getting somewhere. Plan it together.")
    }

    func action(env: Environment) throws(FormProblem) -> PlanAction {
        let risk = RiskPlan(
            benefits: benefits.typed, risks: risks.typed, contingency: contingency.typed,
            reviewOn: try day(\.reviewOn, today: env.today, meaning: .due),
            notTakenBecause: notTakenBecause.typed.nonEmpty)
        let empty =
            risk.benefits.isEmpty && risk.risks.isEmpty && risk.contingency.isEmpty && risk.reviewOn == nil
            && risk.notTakenBecause == nil
        return .setRiskPlan(goalID: goalID, empty ? nil : risk)
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try state.save(self, in: \.goals, env: env) { goals, context throws(FormProblem) in
            try GoalsReducer.submit(action(env: context.env), goals: &goals, in: &context)
        }
    }
}
