import AssetMapCore

/// The forms of the overview, saved by the overview.
public enum OverviewForm: HoldsFormFields {
    case consent(ConsentForm)
    case handOver(HandOverForm)

    var fields: [FormField] {
        get {
            switch self {
            case .consent(let form): return form.fields
            case .handOver(let form): return form.fields
            }
        }
        set {
            switch self {
            case .consent(var form):
                form.fields = newValue
                self = .consent(form)
            case .handOver(var form):
                form.fields = newValue
                self = .handOver(form)
            }
        }
    }
}
