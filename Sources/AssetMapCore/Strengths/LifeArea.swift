/// The areas of wellbeing in the Care Act 2014, in plain words. Stored in an asset's `domain`.
public enum LifeArea: String, CaseIterable, Sendable {
    case health
    case home
    case money
    case workAndLearning = "work-and-learning"
    case familyAndRelationships = "family-and-relationships"
    case communityAndContribution = "community-and-contribution"
    case controlOverDailyLife = "control-over-daily-life"
    case feelingSafe = "feeling-safe"
    case dignity

    public var words: String {
        switch self {
        case .health: return "health and wellbeing"
        case .home: return "home"
        case .money: return "money"
        case .workAndLearning: return "work and learning"
        case .familyAndRelationships: return "family and relationships"
        case .communityAndContribution: return "community and giving back"
        case .controlOverDailyLife: return "control over daily life"
        case .feelingSafe: return "feeling safe"
        case .dignity: return "dignity and respect"
        }
    }

    /// The words for a stored domain; free text written by hand is shown as it is.
    public static func words(for domain: String?) -> String? {
        guard let domain = domain?.nonEmpty else { return nil }
        return LifeArea(rawValue: domain)?.words ?? domain
    }
}

extension AssetKind {
    public var words: String { rawValue }
}
