import AssetMapCore

/// The forms of Goals, saved by Goals.
public enum GoalsForm: HoldsFormFields {
    case goal(GoalForm)
    case step(StepForm)
    case barrier(BarrierForm)
    case risk(RiskForm)
    case stage(StageForm)

    var fields: [FormField] {
        get {
            switch self {
            case .goal(let form): return form.fields
            case .step(let form): return form.fields
            case .barrier(let form): return form.fields
            case .risk(let form): return form.fields
            case .stage(let form): return form.fields
            }
        }
        set {
            switch self {
            case .goal(var form):
                form.fields = newValue
                self = .goal(form)
            case .step(var form):
                form.fields = newValue
                self = .step(form)
            case .barrier(var form):
                form.fields = newValue
                self = .barrier(form)
            case .risk(var form):
                form.fields = newValue
                self = .risk(form)
            case .stage(var form):
                form.fields = newValue
                self = .stage(form)
            }
        }
    }

    /// A goal and its steps are the person's hopes: deficit words there get a gentle suggestion.
    var usesStrengthsWording: Bool {
        switch self {
        case .goal, .step: return true
        case .barrier, .risk, .stage: return false
        }
    }
}
