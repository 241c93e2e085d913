import FoundationEssentials

/// One person's plan over time: on each dated line, the WELL12 total, how the map changed, goals set and
/// reached, steps done and the notes written that day, so the pair can see what changed together.
public struct Timeline: Equatable, Sendable {
    public enum Event: Equatable, Sendable {
        case check(Well12.Score, change: Int?, complete: Bool)
        /// A snapshot of the map was kept; `change` is since the snapshot before, nil for the first.
        case mapKept(label: String, count: Int, change: MapChange?)
        /// The map as it is today, when it differs from the latest snapshot.
        case mapNow(count: Int, change: MapChange)
        case goalSet(String)
        case stepDone(step: String, goal: String)
        case goalReached(String)
        case note
    }

    public struct Line: Equatable, Sendable {
        public var date: CalendarDay
        public var events: [Event]
    }

    /// Oldest first.
    public var lines: [Line]
    /// Steps and goals marked done before assetmap recorded the day: they are done, but cannot be placed.
    public var undated: [Event]

    /// For a copy to print or take home, give the plan as the copy has it (`Plan.leavingPrivatePeopleOut`).
    public init(plan: Plan, today: CalendarDay, timeZone: TimeZone? = nil) {
        var byDay: [CalendarDay: [Event]] = [:]
        let checks = Well12.ordered(plan.checks)
        for (index, check) in checks.enumerated() {
            let change = index > 0 ? Well12.totalChange(from: checks[index - 1], to: check) : nil
            byDay[check.date, default: []].append(.check(Well12.score(check), change: change, complete: check.complete))
        }
        Self.addMap(plan, today: today, to: &byDay)
        var undated: [Event] = []
        for goal in plan.goals {
            byDay[CalendarDay(goal.createdAt, in: timeZone), default: []].append(.goalSet(goal.title))
        }
        for goal in plan.goals {
            for step in goal.steps where step.status == .done {
                let event = Event.stepDone(step: step.text, goal: goal.title)
                if let day = step.doneOn { byDay[day, default: []].append(event) } else { undated.append(event) }
            }
        }
        for goal in plan.goals where goal.status == .done {
            if let day = goal.doneOn {
                byDay[day, default: []].append(.goalReached(goal.title))
            } else {
                undated.append(.goalReached(goal.title))
            }
        }
        for note in plan.notes where byDay[note.date]?.last != .note {
            byDay[note.date, default: []].append(.note)
        }
        lines = byDay.keys.sorted().map { Line(date: $0, events: byDay[$0] ?? []) }
        self.undated = undated
    }

    private static func addMap(
        _ plan: Plan, today: CalendarDay, to byDay: inout [CalendarDay: [Event]]
    ) {
        let snapshots = plan.snapshots.enumerated().sorted {
            ($0.element.date, $0.offset) < ($1.element.date, $1.offset)
        }.map(\.element)
        var previous: [Connection]?
        for snapshot in snapshots {
            let network = snapshot.network
            byDay[snapshot.date, default: []].append(
                .mapKept(
                    label: snapshot.label.trimmed, count: network.count,
                    change: previous.map { MapChange(from: $0, to: network) }))
            previous = network
        }
        guard let previous else { return }
        let now = plan.network
        let change = MapChange(from: previous, to: now)
        if !change.isEmpty { byDay[today, default: []].append(.mapNow(count: now.count, change: change)) }
    }
}

extension Timeline.Event {
    /// The event in a sentence, the same on screen and in every copy.
    public var words: String {
        switch self {
        case .check(let score, let change, let complete):
            var text = "WELL12 total " + TakeHome.total(score)
            if let change {
                text += change > 0 ? ", up \(change)" : change < 0 ? ", down \(-change)" : ", the same as before"
            }
            return text + (complete ? "" : " (not finished)")
        case .mapKept(let label, let count, let change):
            let kept = "Map kept" + (label.isEmpty ? "" : " (\(label))") + ": \(Self.onMap(count))"
            guard let change else { return kept }
            return kept + ". " + Self.describe(change)
        case .mapNow(let count, let change):
            return "The map now: \(Self.onMap(count)). " + Self.describe(change)
        case .goalSet(let title): return "Goal set: \(title)"
        case .stepDone(let step, let goal): return "Step done: \(step) (towards: \(goal))"
        case .goalReached(let title): return "Goal reached: \(title)"
        case .note: return "Session notes written"
        }
    }

    static func onMap(_ count: Int) -> String {
        count == 1 ? "1 on it" : "\(count) on it"
    }

    /// "Came in: Kez. Moved closer: Dad (2 → 1). Left: Lee." or "No change since the snapshot before."
    static func describe(_ change: MapChange) -> String {
        var parts: [String] = []
        if !change.new.isEmpty { parts.append("Came in: " + change.new.map(\.name).joined(separator: ", ")) }
        if !change.closer.isEmpty { parts.append("Moved closer: " + change.closer.map(move).joined(separator: ", ")) }
        if !change.further.isEmpty {
            parts.append("Moved further: " + change.further.map(move).joined(separator: ", "))
        }
        if !change.gone.isEmpty { parts.append("Left: " + change.gone.map(\.name).joined(separator: ", ")) }
        return parts.isEmpty ? "No change since the snapshot before." : parts.joined(separator: ". ") + "."
    }

    private static func move(_ move: MapChange.Move) -> String {
        "\(move.name) (ring \(move.from) → \(move.to))"
    }
}
