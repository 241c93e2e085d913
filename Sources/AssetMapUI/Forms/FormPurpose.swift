/// What saving a form does.
public enum FormPurpose: Equatable, Sendable {
    case newPlan
    case consent
    case addConnection
    case editConnection(id: String)

    /// Forms about the person's strengths and hopes, where deficit words get a gentle suggestion.
    var usesStrengthsWording: Bool {
        switch self {
        case .newPlan, .consent, .addConnection, .editConnection: return false
        }
    }
}
