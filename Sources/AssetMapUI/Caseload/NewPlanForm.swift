import AssetMapCore

/// Starting a plan: only the name is needed to begin.
enum NewPlanForm {
    static func make() -> FormState {
        FormState(title: "Start a plan", fields: [
            .text("name", "Their name", note: "The person's name as they would like it written. The rest can come later."),
        ], purpose: .newPlan)
    }

    static func plan(from form: FormState, env: Environment) throws(FormProblem) -> Plan {
        let name = try form.required("name", "Please type the person's name.")
        return Plan(id: env.newID(), person: Person(name: name), createdAt: Timestamp.wholeSeconds(env.now()))
    }
}
