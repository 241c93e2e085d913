/// What saving a form does.
public enum FormPurpose: Equatable, Sendable {
    case newPlan
    case consent

    /// Forms about the person's strengths and hopes, where deficit words get a gentle suggestion.
    var usesStrengthsWording: Bool {
        switch self {
        case .newPlan, .consent: return false
        }
    }
}
