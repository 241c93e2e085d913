import FoundationEssentials

/// Which plans and which dates a caseload report counts: from a day on, and one keyworker's plans if asked.
public struct ReportScope: Equatable, Sendable {
    public var since: CalendarDay?
    /// Compared without regard to capitals, accents or spaces at either end. Never written in the report.
    public var keyworker: String?

    public init(since: CalendarDay? = nil, keyworker: String? = nil) {
        self.since = since
        self.keyworker = keyworker?.nonEmpty
    }

    public func includes(_ plan: Plan) -> Bool {
        guard let keyworker else { return true }
        guard let theirs = plan.person.keyworker?.trimmed else { return false }
        return SearchQuery.fold(theirs) == SearchQuery.fold(keyworker)
    }

    /// Whether something dated on this day falls in the period.
    public func counts(_ day: CalendarDay) -> Bool {
        since.map { day >= $0 } ?? true
    }
}

/// An average kept in tenths, so that it is rounded once and written the same everywhere: "+4.5", "-0.3", "0.0".
public struct Average: Equatable, Sendable, Comparable {
    public var tenths: Int

    public init(tenths: Int) {
        self.tenths = tenths
    }

    /// Halves are rounded away from zero; nil when there is nothing to average.
    public init?(sum: Int, count: Int) {
        guard count > 0 else { return nil }
        tenths = Int((Double(sum) * 10 / Double(count)).rounded(.toNearestOrAwayFromZero))
    }

    public init?(_ values: [Int]) {
        self.init(sum: values.reduce(0, +), count: values.count)
    }

    /// "4.5", "-0.3": for amounts, and for spreadsheets (which would take a leading + as a formula).
    public var plain: String {
        let size = abs(tenths)
        return (tenths < 0 ? "-" : "") + "\(size / 10).\(size % 10)"
    }

    /// "+4.5", "-0.3", "0.0": for changes, so the direction is written and not only implied.
    public var signed: String {
        tenths > 0 ? "+" + plain : plain
    }

    public var value: Double { Double(tenths) / 10 }

    public static func < (lhs: Average, rhs: Average) -> Bool { lhs.tenths < rhs.tenths }
}

/// Three months of the year, for charts over time with enough people in each bar.
public struct Quarter: Hashable, Comparable, Sendable {
    public var year: Int
    /// 1 for January to March … 4 for October to December.
    public var number: Int

    public init(_ day: CalendarDay) {
        year = day.year
        number = (day.month - 1) / 3 + 1
    }

    /// "Jan–Mar 2026".
    public var words: String {
        let months = ["Jan–Mar", "Apr–Jun", "Jul–Sep", "Oct–Dec"]
        return "\(months[number - 1]) \(year)"
    }

    /// "2026 Q1", for spreadsheets.
    public var code: String { "\(year) Q\(number)" }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }
}
