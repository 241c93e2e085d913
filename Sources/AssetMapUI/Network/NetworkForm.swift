import AssetMapCore

/// The forms of the map, saved by the map.
public enum NetworkForm: HoldsFormFields {
    case connection(ConnectionForm)
    case snapshot(SnapshotForm)

    var fields: [FormField] {
        get {
            switch self {
            case .connection(let form): return form.fields
            case .snapshot(let form): return form.fields
            }
        }
        set {
            switch self {
            case .connection(var form):
                form.fields = newValue
                self = .connection(form)
            case .snapshot(var form):
                form.fields = newValue
                self = .snapshot(form)
            }
        }
    }
}

/// Keeping a snapshot of the map as it is today, with an optional label.
public struct SnapshotForm: TypedForm {
    var label: FormField

    var order: [WritableKeyPath<SnapshotForm, FormField>] { [\.label] }

    static func make() -> FormState {
        FormState(title: "Keep the map as it is today", kind: .network(.snapshot(SnapshotForm(
            label: .text(label: "A label", note: "Optional: what was happening, for example “after moving house”.")))),
            intro: "A snapshot lets you look back later and see who is new and who moved closer.")
    }

    func action(plan: Plan, env: Environment) -> PlanAction {
        .addSnapshot(Snapshot(id: env.newID(), date: env.today, label: label.typed, network: plan.network))
    }
}
