import AssetMapCore

/// Something in the way of a goal, picked from the common ones or in the person's own words, and what might help.
public struct BarrierForm: TypedForm {
    static let choices = ["(in my own words, below)"] + GoalWords.commonBarriers

    var goalID: String
    /// The one being changed; nil for a new one.
    var barrierID: String?
    var common: FormField
    var text: FormField
    var whatHelps: FormField

    var order: [WritableKeyPath<BarrierForm, FormField>] { [\.common, \.text, \.whatHelps] }

    static func make(_ barrier: Barrier?, goalID: String) -> FormState {
        let common = barrier.flatMap { GoalWords.commonBarriers.firstIndex(of: $0.text) }
        return FormState(title: "Something in the way", content: BarrierForm(
            goalID: goalID, barrierID: barrier?.id,
            common: .choice(label: "Common ones", choices, selected: common.map { $0 + 1 } ?? 0,
                            note: "Things people often say; or write it in the person's own words below."),
            text: .text(label: "In my own words", common == nil ? barrier?.text ?? "" : "", note: "Or pick a common one above."),
            whatHelps: .text(label: "What might help", barrier?.whatHelps ?? "", multiline: true)))
    }

    func action(env: Environment) throws(FormProblem) -> PlanAction {
        let picked = common.chosen
        guard let words = text.typed.nonEmpty ?? (picked > 0 ? GoalWords.commonBarriers[picked - 1] : nil) else {
            throw problem(\.text, "Please pick a common one or type what is in the way.")
        }
        if let barrierID {
            return .updateBarrier(goalID: goalID, Barrier(id: barrierID, text: words, whatHelps: whatHelps.typed.nonEmpty))
        }
        return .addBarrier(goalID: goalID, Barrier(id: env.newID(), text: words, whatHelps: whatHelps.typed.nonEmpty))
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try state.save(self, in: \.goals, env: env) { goals, context throws(FormProblem) in
            try GoalsReducer.submit(action(env: context.env), goals: &goals, in: &context)
        }
    }
}
