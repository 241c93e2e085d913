import FoundationEssentials

/// Outcomes across a caseload, in numbers only: no names, ids or anything written in a plan, so it can be
/// shared with managers and commissioners. A group of fewer than five people is never broken down further.
public struct CaseloadReport: Equatable, Sendable {
    public static let smallestGroup = 5

    public var made: CalendarDay
    public var scope: ReportScope
    /// Plans counted: every readable plan, or one keyworker's.
    public var people: Int
    /// Plan files that could not be read, and so are not counted.
    public var unreadable: Int
    public var wellbeing: WellbeingOutcomes
    public var map: MapOutcomes
    /// Nil when the caseload is fewer than five people.
    public var goals: GoalOutcomes?

    /// Whether the caseload is big enough to be broken down at all.
    public var isBrokenDown: Bool { people >= Self.smallestGroup }

    public init(
        plans: [Plan], unreadable: Int = 0, scope: ReportScope = ReportScope(), made: CalendarDay,
        timeZone: TimeZone? = nil
    ) {
        let counted = plans.filter(scope.includes)
        self.made = made
        self.scope = scope
        self.unreadable = unreadable
        people = counted.count
        let enough = counted.count >= Self.smallestGroup
        wellbeing = WellbeingOutcomes(counted, scope: scope, brokenDown: enough)
        map = MapOutcomes(counted, scope: scope, brokenDown: enough)
        goals = enough ? GoalOutcomes(counted, scope: scope, timeZone: timeZone) : nil
    }
}

/// WELL12 totals from each person's first to latest complete check in the period.
public struct WellbeingOutcomes: Equatable, Sendable {
    /// People with two or more complete checks in the period.
    public var people: Int
    /// The rest is nil or empty when `people` is fewer than five.
    public var change: Average?
    public var up = 0
    public var same = 0
    public var down = 0
    /// Each area's average change, over the people who answered it both times; nil where fewer than five did.
    public var areas: [Average?] = Array(repeating: nil, count: Well12.items.count)
    /// Average total of complete checks with all twelve answered, each person's latest in the quarter;
    /// `total` is nil for a quarter with fewer than five people.
    public var quarters: [QuarterTotal] = []

    public var isBrokenDown: Bool { change != nil }

    /// The areas that went up most on average (several when tied), none when no area went up.
    public var mostUp: [Well12.Item] { extreme(of: 1) }
    public var mostDown: [Well12.Item] { extreme(of: -1) }

    init(_ plans: [Plan], scope: ReportScope, brokenDown: Bool) {
        let series = plans.map { Well12.ordered($0.checks.filter { $0.complete && scope.counts($0.date) }) }
        let measured = series.filter { $0.count >= 2 }
        people = measured.count
        guard brokenDown else { return }
        quarters = Self.quarters(series)
        guard measured.count >= CaseloadReport.smallestGroup else { return }
        let changes = measured.compactMap { Well12.totalChange(from: $0[0], to: $0[$0.count - 1]) }
        change = Average(changes)
        up = changes.count { $0 > 0 }
        same = changes.count { $0 == 0 }
        down = changes.count { $0 < 0 }
        let itemChanges = measured.map { Well12.itemChanges(from: $0[0], to: $0[$0.count - 1]) }
        areas = Well12.items.indices.map { item in
            let moved = itemChanges.compactMap { $0[item] }
            return moved.count >= CaseloadReport.smallestGroup ? Average(moved) : nil
        }
    }

    private static func quarters(_ series: [[WellbeingCheck]]) -> [QuarterTotal] {
        var totals: [Quarter: [Int]] = [:]
        for checks in series {
            var latest: [Quarter: Int] = [:]
            for check in checks where Well12.score(check).isWhole {
                latest[Quarter(check.date)] = Well12.score(check).total
            }
            for (quarter, total) in latest { totals[quarter, default: []].append(total) }
        }
        return totals.keys.sorted().map { quarter in
            let values = totals[quarter] ?? []
            return QuarterTotal(
                quarter: quarter, people: values.count,
                total: values.count >= CaseloadReport.smallestGroup ? Average(values) : nil)
        }
    }

    private func extreme(of sign: Int) -> [Well12.Item] {
        let moved = areas.compactMap { $0 }.filter { $0.tenths * sign > 0 }
        guard let best = moved.map({ $0.tenths * sign }).max() else { return [] }
        return Well12.items.indices.filter { areas[$0].map { $0.tenths * sign == best } ?? false }.map {
            Well12.items[$0]
        }
    }
}

/// The average WELL12 total in one quarter, and how many people it is over.
public struct QuarterTotal: Equatable, Sendable {
    public var quarter: Quarter
    public var people: Int
    /// Nil when fewer than five people had a check in the quarter.
    public var total: Average?
}

/// Everyone on the map (people, groups, places, services and pets), and those on rings 1 and 2.
public struct MapCounts: Equatable, Sendable {
    public var all: Average
    public var closest: Average

    init?(_ networks: [[Connection]]) {
        guard let all = Average(networks.map(\.count)),
            let closest = Average(networks.map { $0.count { $0.ring <= 2 } })
        else { return nil }
        self.all = all
        self.closest = closest
    }
}

/// How many are on each person's map now, and how that changed since their first snapshot in the period.
public struct MapOutcomes: Equatable, Sendable {
    /// Over the whole caseload; nil when it is fewer than five people.
    public var now: MapCounts?
    public var peopleWithSnapshot: Int
    /// For the people with a snapshot, when there are five or more of them.
    public var atFirstSnapshot: MapCounts?
    public var nowForThem: MapCounts?
    public var change: MapCounts?

    init(_ plans: [Plan], scope: ReportScope, brokenDown: Bool) {
        let firsts = plans.compactMap { plan -> (then: [Connection], now: [Connection])? in
            let first = plan.snapshots.filter { scope.counts($0.date) }.min { $0.date < $1.date }
            return first.map { ($0.network, plan.network) }
        }
        peopleWithSnapshot = firsts.count
        now = brokenDown ? MapCounts(plans.map(\.network)) : nil
        guard brokenDown, firsts.count >= CaseloadReport.smallestGroup else { return }
        atFirstSnapshot = MapCounts(firsts.map(\.then))
        nowForThem = MapCounts(firsts.map(\.now))
        guard let all = Average(firsts.map { $0.now.count - $0.then.count }),
            let closest = Average(
                firsts.map { pair in pair.now.count { $0.ring <= 2 } - pair.then.count { $0.ring <= 2 } })
        else { return }
        change = MapCounts(all: all, closest: closest)
    }
}

extension MapCounts {
    public init(all: Average, closest: Average) {
        self.all = all
        self.closest = closest
    }
}

/// Goals set and reached, and steps done, in the period.
public struct GoalOutcomes: Equatable, Sendable {
    public var set: Int
    public var reached: Int
    public var stepsDone: Int
    /// Done before the day it was done was recorded: counted when the report covers all dates, not in a period.
    public var reachedUndated: Int
    public var stepsUndated: Int

    init(_ plans: [Plan], scope: ReportScope, timeZone: TimeZone?) {
        let goals = plans.flatMap(\.goals)
        let steps = goals.flatMap(\.steps).filter { $0.status == .done }
        let reachedGoals = goals.filter { $0.status == .done }
        set = goals.count { scope.counts(CalendarDay($0.createdAt, in: timeZone)) }
        func inPeriod(_ day: CalendarDay?) -> Bool { day.map(scope.counts) ?? (scope.since == nil) }
        reached = reachedGoals.count { inPeriod($0.doneOn) }
        stepsDone = steps.count { inPeriod($0.doneOn) }
        reachedUndated = scope.since == nil ? 0 : reachedGoals.count { $0.doneOn == nil }
        stepsUndated = scope.since == nil ? 0 : steps.count { $0.doneOn == nil }
    }
}
