import AssetMapCore

/// What saving a form does.
public enum FormPurpose: Equatable, Sendable {
    case newPlan
    case consent
    case addConnection
    case editConnection(id: String)
    case addAsset(AssetOwner)
    case editAsset(id: String)
    case addDirectoryEntry
    case editDirectoryEntry(id: String)
    case settings

    /// Forms about the person's strengths and hopes, where deficit words get a gentle suggestion.
    var usesStrengthsWording: Bool {
        switch self {
        case .addAsset, .editAsset: return true
        case .newPlan, .consent, .addConnection, .editConnection, .addDirectoryEntry, .editDirectoryEntry, .settings: return false
        }
    }
}
