import AssetMapCore

/// Which form is open, with its fields: each part's forms are saved by that part.
public enum FormKind: Equatable, Sendable {
    case newPlan(NewPlanForm)
    case settings(SettingsForm)
    case overview(OverviewForm)
    case network(NetworkForm)
    case strengths(AssetForm)
    case goals(GoalsForm)
    case notes(NoteForm)
    case untyped(UntypedForm)

    var fields: [FormField] {
        get {
            switch self {
            case .newPlan(let form): return form.fields
            case .settings(let form): return form.fields
            case .overview(let form): return form.fields
            case .network(let form): return form.fields
            case .strengths(let form): return form.fields
            case .goals(let form): return form.fields
            case .notes(let form): return form.fields
            case .untyped(let form): return form.fields
            }
        }
        set {
            switch self {
            case .newPlan(var form):
                form.fields = newValue
                self = .newPlan(form)
            case .settings(var form):
                form.fields = newValue
                self = .settings(form)
            case .overview(var form):
                form.fields = newValue
                self = .overview(form)
            case .network(var form):
                form.fields = newValue
                self = .network(form)
            case .strengths(var form):
                form.fields = newValue
                self = .strengths(form)
            case .goals(var form):
                form.fields = newValue
                self = .goals(form)
            case .notes(var form):
                form.fields = newValue
                self = .notes(form)
            case .untyped(var form):
                form.fields = newValue
                self = .untyped(form)
            }
        }
    }

    /// Forms about the person's strengths and hopes, where deficit words get a gentle suggestion.
    var usesStrengthsWording: Bool {
        switch self {
        case .strengths: return true
        case .goals(let form): return form.usesStrengthsWording
        case .newPlan, .settings, .overview, .network, .notes: return false
        case .untyped(let form): return form.purpose.usesStrengthsWording
        }
    }
}

/// A form whose fields are found by a key.
public struct UntypedForm: Equatable, Sendable {
    public var fields: [FormField]
    public var purpose: FormPurpose
}
