import AssetMapCore

/// Something in the way of a goal, in the person's own words or picked from the common ones, and what might help.
/// The own words come first: typed into a list, letters would pick from it and split the words.
public struct BarrierForm: TypedForm {
    static let choices = ["(my own words, above)"] + GoalWords.commonBarriers

    var goalID: String
    /// The one being changed; nil for a new one.
    var barrierID: String?
    var common: FormField
    var text: FormField
    var whatHelps: FormField

    var order: [WritableKeyPath<BarrierForm, FormField>] { [\.text, \.common, \.whatHelps] }

    static func make(_ barrier: Barrier?, goalID: String) -> FormState {
        let common = barrier.flatMap { GoalWords.commonBarriers.firstIndex(of: $0.text) }
        return FormState(
            title: "Something in the way",
            content: BarrierForm(
                goalID: goalID, barrierID: barrier?.id,
                common: .choice(
                    label: "Or a common one", choices, selected: common.map { $0 + 1 } ?? 0,
                    note: "Things people often say, if the person's own words are not there above."),
                text: .text(
                    label: "In my own words", common == nil ? barrier?.text ?? "" : "",
                    note: "Or Tab to pick a common one below."),
                whatHelps: .text(label: "What might help", barrier?.whatHelps ?? "", multiline: true)))
    }

    func action(env: Environment) throws(FormProblem) -> PlanAction {
        let picked = common.chosen
        guard let words = text.typed.nonEmpty ?? (picked > 0 ? GoalWords.commonBarriers[picked - 1] : nil) else {
            throw problem(\.text, "Please pick a common one or type what is in the way.")
        }
        if let barrierID {
            return .updateBarrier(
                goalID: goalID, Barrier(id: barrierID, text: words, whatHelps: whatHelps.typed.nonEmpty))
        }
        return .addBarrier(goalID: goalID, Barrier(id: env.newID(), text: words, whatHelps: whatHelps.typed.nonEmpty))
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try state.save(self, in: \.goals, env: env) { goals, context throws(FormProblem) in
            try GoalsReducer.submit(action(env: context.env), goals: &goals, in: &context)
        }
    }
}
