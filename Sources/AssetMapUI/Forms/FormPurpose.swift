import AssetMapCore

/// What saving a form does.
public enum FormPurpose: Equatable, Sendable {
    case newPlan
    case addDirectoryEntry
    case editDirectoryEntry(id: String)
    case settings
    case addGoal
    case editGoal(id: String)
    case addStep(goalID: String)
    case editStep(goalID: String, stepID: String)
    case addBarrier(goalID: String)
    case editBarrier(goalID: String, barrierID: String)
    case riskPlan(goalID: String)
    case addStage
    case editStage(id: String)
    case export
    case group(GroupFormPurpose)

    /// Forms about the person's strengths and hopes, where deficit words get a gentle suggestion.
    var usesStrengthsWording: Bool {
        switch self {
        case .addGoal, .editGoal, .addStep, .editStep: return true
        case .addBarrier, .editBarrier, .riskPlan, .addStage, .editStage, .export: return false
        case .newPlan, .addDirectoryEntry, .editDirectoryEntry, .settings: return false
        case .group(let purpose): return purpose.usesStrengthsWording
        }
    }
}
