import AssetMapCore

/// What saving a form does.
public enum FormPurpose: Equatable, Sendable {
    case addDirectoryEntry
    case editDirectoryEntry(id: String)
    case export
    case group(GroupFormPurpose)

    /// Forms about the person's strengths and hopes, where deficit words get a gentle suggestion.
    var usesStrengthsWording: Bool {
        switch self {
        case .export: return false
        case .addDirectoryEntry, .editDirectoryEntry: return false
        case .group(let purpose): return purpose.usesStrengthsWording
        }
    }
}
