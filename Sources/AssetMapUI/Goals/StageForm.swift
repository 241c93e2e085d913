import AssetMapCore

/// One stage of the worker stepping back.
public struct StageForm: TypedForm {
    /// The stage being changed; nil for a new one.
    var stageID: String?
    var text: FormField
    var by: FormField

    var order: [WritableKeyPath<StageForm, FormField>] { [\.text, \.by] }

    static func make(_ stage: Stage?) -> FormState {
        FormState(
            title: "Stepping back",
            content: StageForm(
                stageID: stage?.id,
                text: .text(
                    label: "What changes", stage?.text ?? "",
                    note: "For example: we meet every two weeks instead of every week."),
                by: .date(label: "By when", stage?.by, meaning: .due)))
    }

    func action(env: Environment) throws(FormProblem) -> PlanAction {
        let text = try required(\.text, "Please type what changes at this stage.")
        let byWhen = try day(\.by, today: env.today, meaning: .due)
        if let stageID { return .updateStage(Stage(id: stageID, text: text, by: byWhen)) }
        return .addStage(Stage(id: env.newID(), text: text, by: byWhen))
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try state.save(self, in: \.goals, env: env) { goals, context throws(FormProblem) in
            try GoalsReducer.submit(action(env: context.env), goals: &goals, in: &context)
        }
    }
}
