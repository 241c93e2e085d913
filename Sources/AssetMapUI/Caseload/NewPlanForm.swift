import AssetMapCore

/// Starting a plan: only the name is needed to begin.
public struct NewPlanForm: TypedForm {
    var name: FormField

    var order: [WritableKeyPath<NewPlanForm, FormField>] { [\.name] }

    static func make() -> FormState {
        FormState(
            title: "Start a plan",
            content: NewPlanForm(
                name: .text(
                    label: "Their name",
                    note: "The person's name as they would like it written. The rest can come later.")))
    }

    func plan(env: Environment) throws(FormProblem) -> Plan {
        let name = try required(\.name, "Please type the person's name.")
        return Plan(id: env.newID(), person: Person(name: name), createdAt: Timestamp.wholeSeconds(env.now()))
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try CaseloadReducer.submit(self, state: &state, env: env)
    }
}
