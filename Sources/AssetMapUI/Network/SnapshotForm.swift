import AssetMapCore

/// Keeping a snapshot of the map as it is today, with an optional label.
public struct SnapshotForm: TypedForm {
    var label: FormField

    var order: [WritableKeyPath<SnapshotForm, FormField>] { [\.label] }

    static func make() -> FormState {
        FormState(
            title: "Keep the map as it is today",
            content: SnapshotForm(
                label: .text(label: "A label", note: "Optional: what was happening, for example “after moving house”.")),
            intro: "A snapshot lets you look back later and see who is new and who moved closer.")
    }

    func action(plan: Plan, env: Environment) -> PlanAction {
        .addSnapshot(Snapshot(id: env.newID(), date: env.today, label: label.typed, network: plan.network))
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try state.save(self, in: \.network, env: env) { _, context in
            guard context.apply(action(plan: context.plan, env: context.env)) else { return false }
            context.say(.info("Kept: the map as it is today. Press c later to compare."))
            return true
        }
    }
}
