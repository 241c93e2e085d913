/// The six parts of a plan, switched with 1–6 or Tab.
public enum PlanSection: Int, CaseIterable, Sendable {
    case overview = 1
    case network, strengths, goals, wellbeing, notes

    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .network: return "Network"
        case .strengths: return "Strengths"
        case .goals: return "Goals"
        case .wellbeing: return "Wellbeing"
        case .notes: return "Notes"
        }
    }

    func moved(by offset: Int) -> PlanSection {
        let count = Self.allCases.count
        return PlanSection(rawValue: (rawValue - 1 + offset + count) % count + 1) ?? .overview
    }
}
