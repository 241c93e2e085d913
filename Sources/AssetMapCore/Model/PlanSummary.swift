import FoundationEssentials

/// What the caseload shows about a plan, and what `assetmap list --json` prints.
public struct PlanSummary: Equatable, Sendable {
    public var id: String
    public var name: String
    public var preferredName: String?
    public var updatedAt: Date
    public var nextStep: NextStep?
    public var wellbeing: WellbeingTrend?
    /// Set when the plan was written by a newer assetmap and so can only be looked at.
    public var newerSchemaVersion: Int?
    /// Ids of community directory entries the plan links to, so the directory can count its users.
    public var communityLinks: [String]
    /// Both names folded for finding ("zoe" finds "Zoë"), worked out once and kept in the index.
    public let searchKey: String

    init(
        id: String, name: String, preferredName: String?, updatedAt: Date, nextStep: NextStep?,
        wellbeing: WellbeingTrend?,
        newerSchemaVersion: Int?, communityLinks: [String], searchKey: String
    ) {
        self.id = id
        self.name = name
        self.preferredName = preferredName
        self.updatedAt = updatedAt
        self.nextStep = nextStep
        self.wellbeing = wellbeing
        self.newerSchemaVersion = newerSchemaVersion
        self.communityLinks = communityLinks
        self.searchKey = searchKey
    }

    public init(plan: Plan) {
        id = plan.id
        name = plan.person.name
        preferredName = plan.person.preferredName?.nonEmpty
        updatedAt = plan.updatedAt
        nextStep = NextStep.find(in: plan)
        wellbeing = WellbeingTrend(checks: plan.checks)
        newerSchemaVersion = plan.schemaVersion > Plan.currentSchemaVersion ? plan.schemaVersion : nil
        communityLinks = plan.communityLinks
        searchKey = SearchQuery.fold(name + " " + (preferredName ?? ""))
    }

    /// The name to show: "Preferred (Full Name)" when they differ.
    public var displayName: String {
        guard let preferredName, preferredName != name else { return name }
        return "\(preferredName) (\(name))"
    }
}

/// The step a plan should move on next: the lowest undone step of each active goal, soonest due first.
public struct NextStep: Equatable, Sendable, Codable {
    public var goalID: String
    public var stepID: String
    public var text: String
    public var due: CalendarDay?

    public static func find(in plan: Plan) -> NextStep? {
        let candidates = plan.goals.filter { $0.status == .active }.compactMap { goal -> NextStep? in
            guard let index = goal.currentStepIndex else { return nil }
            let step = goal.steps[index]
            return NextStep(goalID: goal.id, stepID: step.id, text: step.text, due: step.due)
        }
        return candidates.enumerated().min { lhs, rhs in
            switch (lhs.element.due, rhs.element.due) {
            case (let left?, let right?): return left == right ? lhs.offset < rhs.offset : left < right
            case (.some, .none): return true
            case (.none, .some): return false
            case (.none, .none): return lhs.offset < rhs.offset
            }
        }?.element
    }
}

/// The latest WELL12 total and how it changed since the check before.
public struct WellbeingTrend: Equatable, Sendable, Codable {
    public var date: CalendarDay
    public var total: Int
    public var answered: Int
    /// Change in total since the previous check, when both have the same questions answered.
    public var change: Int?

    init(date: CalendarDay, total: Int, answered: Int, change: Int?) {
        self.date = date
        self.total = total
        self.answered = answered
        self.change = change
    }

    public init?(checks: [WellbeingCheck]) {
        let ordered = Well12.ordered(checks.filter(\.complete))
        guard let latest = ordered.last else { return nil }
        let score = Well12.score(latest)
        date = latest.date
        total = score.total
        answered = score.answered
        change = ordered.count > 1 ? Well12.totalChange(from: ordered[ordered.count - 2], to: latest) : nil
    }
}
