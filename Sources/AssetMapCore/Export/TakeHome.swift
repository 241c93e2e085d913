/// What a take-home copy says, worked out once from a plan so the Markdown and HTML copies say the same.
/// Session notes stay in assetmap: they are the worker's, not part of what the person takes home.
public struct TakeHome: Sendable {
    public struct Ring: Sendable {
        public var number: Int
        public var words: String
        public var connections: [Connection]
    }

    public struct GoalCopy: Sendable {
        public var goal: Goal
        /// Steps from the top of the ladder down, each with who, when, status and what helps.
        public var rungs: [(number: Int, step: Step, who: String?, links: [String])]
        public var current: Int?
    }

    public struct CheckColumn: Sendable {
        public var date: CalendarDay
        public var answers: [Int?]
        public var changes: [Int?]
        public var score: Well12.Score
        public var totalChange: Int?
        public var complete: Bool
        public var by: Author?
    }

    public let plan: Plan
    public let made: CalendarDay
    public let name: String
    public let rings: [Ring]
    public let summary: NetworkSummary
    public let personStrengths: [Asset]
    public let workerStrengths: [Asset]
    public let community: [CommunityAsset]
    public let goals: [GoalCopy]
    public let checks: [CheckColumn]
    /// The checks in tables of at most six, the latest first, each in date order: six fit across a printed page.
    public let checkTables: [[CheckColumn]]
    /// "Better since 3 March: sleep, hope" for the last two checks, when there are two.
    public let movers: String?
    /// For page one: each goal being worked on, with the step the person is on now.
    public let nextSteps: [NextStep]
    /// For page one: the keyworker, and the supportive people on the map who have a contact.
    public let contacts: [Contact]

    public init(plan: Plan, directory: CommunityDirectory, made: CalendarDay) {
        self.plan = plan
        self.made = made
        name =
            plan.person.displayName == plan.person.name
            ? plan.person.name : "\(plan.person.displayName) (\(plan.person.name))"
        rings = Connection.rings.map { ring in
            Ring(number: ring, words: RingWords.long(ring), connections: plan.network.filter { $0.ring == ring })
        }
        summary = NetworkSummary(plan.network)
        personStrengths = plan.assets.filter { $0.owner == .person }
        workerStrengths = plan.assets.filter { $0.owner == .worker }
        community = plan.communityLinks.compactMap(directory.entry)
        goals = plan.goals.map { goal in
            GoalCopy(
                goal: goal,
                rungs: goal.steps.indices.reversed().map { index in
                    let step = goal.steps[index]
                    return (index + 1, step, step.helperName(in: plan), step.linkNames(in: plan))
                }, current: goal.currentStepIndex.map { $0 + 1 })
        }
        let ordered = Well12.ordered(plan.checks)
        checks = ordered.indices.map { index in
            let check = ordered[index]
            let previous = index > 0 ? ordered[index - 1] : nil
            return CheckColumn(
                date: check.date, answers: check.answers,
                changes: previous.map { Well12.itemChanges(from: $0, to: check) } ?? Array(repeating: nil, count: 12),
                score: Well12.score(check), totalChange: previous.flatMap { Well12.totalChange(from: $0, to: check) },
                complete: check.complete, by: check.by)
        }
        checkTables = Self.tables(of: checks, size: 6)
        nextSteps = plan.goals.filter { $0.status == .active }.map { NextStep(goal: $0, plan: plan) }
        contacts = Contact.all(in: plan)
        if ordered.count >= 2 {
            let movers = Well12.movers(from: ordered[ordered.count - 2], to: ordered[ordered.count - 1])
            let since = DayText.long(ordered[ordered.count - 2].date)
            var text =
                movers.better.isEmpty
                ? "Nothing went up since \(since)."
                : "Better since \(since): \(movers.better.map(\.shortName).joined(separator: ", "))."
            if !movers.lower.isEmpty { text += " Lower: \(movers.lower.map(\.shortName).joined(separator: ", "))." }
            self.movers = text
        } else {
            movers = nil
        }
    }

    /// Columns in groups of `size`, the latest group first; each group keeps date order.
    static func tables(of columns: [CheckColumn], size: Int) -> [[CheckColumn]] {
        stride(from: columns.count, to: 0, by: -size).map { end in Array(columns[max(0, end - size)..<end]) }
    }

    /// "27 out of 40 (10 answered)" or "31 out of 48".
    public static func total(_ score: Well12.Score) -> String {
        score.isWhole ? "\(score.total) out of 48" : "\(score.total) out of \(score.outOf) (\(score.answered) answered)"
    }

    public static func change(_ change: Int?) -> String {
        guard let change else { return "" }
        return change > 0 ? "↑\(change)" : change < 0 ? "↓\(-change)" : "="
    }

    /// "person; supportive; gives me: …; I give: …; knows: …" for a connection, in words; the feeling is left out
    /// where it is written beside the name.
    public static func describe(_ connection: Connection, in plan: Plan, feeling: Bool = true) -> String {
        var parts = [connection.kind.rawValue] + (feeling ? [connection.feeling.words] : [])
        if connection.givesSupport { parts.append("gives me: \(connection.gives)") }
        if connection.receivesSupport { parts.append("I give: \(connection.receives)") }
        let known = plan.peopleKnown(by: connection.id)
        if !known.isEmpty { parts.append("knows: " + known.map(\.name).joined(separator: ", ")) }
        return parts.joined(separator: "; ") + Author.mark(connection.by)
    }

    public static func describe(_ step: Step, who: String?, today: CalendarDay) -> String {
        var parts = [step.status.words]
        if let who { parts.append(who) }
        if let due = step.due { parts.append(DayText.due(due, today: today)) }
        return parts.joined(separator: " · ") + Author.mark(step.by, after: " · ")
    }
}
