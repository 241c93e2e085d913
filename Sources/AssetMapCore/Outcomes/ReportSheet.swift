/// The caseload report in words and numbers, worked out once so the screen, Markdown, HTML and CSV say the same.
public struct ReportSheet: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var label: String
        /// As written for people: "+4.5", "12", "hope (+1.4)"; nil when withheld because the group is too small.
        public var shown: String?
        /// As written for a spreadsheet: "4.5" (no leading +, which a spreadsheet would take as a formula).
        public var number: String?
        /// How many people the figure is worked out over, when that is not the whole caseload.
        public var people: Int?

        /// An amount, such as an average number on the map: "3.5".
        static func amount(_ label: String, _ value: Average?, people: Int? = nil) -> Row {
            Row(label: label, shown: value?.plain, number: value?.plain, people: people)
        }

        /// A change, written with its sign for people ("+1.0") and without for a spreadsheet.
        static func change(_ label: String, _ value: Average?, people: Int? = nil) -> Row {
            Row(label: label, shown: value?.signed, number: value?.plain, people: people)
        }
    }

    public struct Section: Equatable, Sendable {
        /// A short name for the spreadsheet's first column.
        public var key: String
        public var title: String
        public var rows: [Row]
        /// Sentences under the rows: what was withheld and why, what was not counted.
        public var notes: [String]
    }

    public static let title = "Caseload report"
    public static let smallGroups =
        "Groups of fewer than five people are not broken down further, so that no one can be recognised."
    static let tooFew = "fewer than five people"

    public var intro: [String]
    public var sections: [Section]

    public init(_ report: CaseloadReport) {
        var intro = [
            "Made on \(DayText.long(report.made)) with assetmap. "
                + "Numbers only: no names, ids or anything written in the plans."
        ]
        if let since = report.scope.since {
            intro.append(
                "Counts what was recorded from \(DayText.long(since)) on: "
                    + "checks, snapshots, goals set, and steps and goals done.")
        } else {
            intro.append("Counts everything recorded in the plans.")
        }
        if report.scope.keyworker != nil { intro.append("Only the plans of one keyworker.") }
        if report.unreadable > 0 {
            intro.append(
                "\(Self.count(report.unreadable, "plan file", "plan files")) could not be read and "
                    + (report.unreadable == 1 ? "is" : "are") + " not counted; assetmap check lists them.")
        }
        intro.append(Self.smallGroups)
        self.intro = intro
        var caseload = Section(
            key: "caseload", title: "The caseload",
            rows: [Row(label: "People in the caseload", shown: "\(report.people)")],
            notes: [])
        if !report.isBrokenDown {
            caseload.notes.append("Fewer than five people: the report is not broken down further.")
        }
        // Withheld figures keep their rows (with no value), so a spreadsheet has the same rows every time.
        sections = [caseload] + Self.wellbeing(report) + [Self.map(report), Self.goals(report)]
    }

    /// The sections with at least one figure to show, for reading rather than for a spreadsheet.
    public var shownSections: [Section] {
        sections.filter { $0.rows.contains { $0.shown != nil } }
    }

    private static func wellbeing(_ report: CaseloadReport) -> [Section] {
        let outcomes = report.wellbeing
        let people = report.isBrokenDown ? outcomes.people : nil
        let since = report.scope.since.map { " from \(DayText.long($0)) on" } ?? ""
        var section = Section(
            key: "wellbeing", title: "Wellbeing (WELL12)",
            rows: [
                Row(label: "People with two or more complete checks\(since)", shown: people.map { "\($0)" })
            ], notes: [])
        let change = outcomes.change
        section.rows += [
            .change("Average change in the total, first to latest check", change, people: people),
            Row(label: "Went up", shown: change.map { _ in "\(outcomes.up)" }, people: people),
            Row(label: "Stayed the same", shown: change.map { _ in "\(outcomes.same)" }, people: people),
            Row(label: "Went down", shown: change.map { _ in "\(outcomes.down)" }, people: people),
            Row(
                label: "Area that went up most",
                shown: change.map { _ in movers(outcomes.mostUp, outcomes, none: "none went up") },
                number: change.map { _ in names(outcomes.mostUp) }, people: people),
            Row(
                label: "Area that went down most",
                shown: change.map { _ in movers(outcomes.mostDown, outcomes, none: "none went down") },
                number: change.map { _ in names(outcomes.mostDown) }, people: people),
        ]
        if report.isBrokenDown, change == nil {
            section.notes.append("Fewer than five people have two complete checks: not broken down further.")
        }
        var areas = Section(
            key: "areas", title: "Average change in each area, first to latest check",
            rows: Well12.items.indices.map { index in
                let item = Well12.items[index]
                let average = outcomes.areas[index]
                return .change("\(item.number). \(item.statement)", average)
            }, notes: ["Each answer is from 0 (definitely not) to 4 (yes, definitely)."])
        if change != nil, outcomes.areas.contains(nil) {
            areas.notes.append("An area answered both times by fewer than five people is not shown.")
        }
        var quarters = Section(
            key: "quarters", title: "Average WELL12 total by quarter (out of 48)",
            rows: outcomes.quarters.map {
                .amount($0.quarter.words, $0.total, people: $0.people)
            }, notes: ["Each person's latest complete check in the quarter, with all twelve answered."])
        if outcomes.quarters.contains(where: { $0.total == nil }) {
            quarters.notes.append("A quarter with checks from fewer than five people is not shown.")
        }
        return [section, areas, quarters]
    }

    private static func map(_ report: CaseloadReport) -> Section {
        let outcomes = report.map
        let since = report.scope.since.map { " from \(DayText.long($0)) on" } ?? ""
        let people = report.isBrokenDown ? outcomes.peopleWithSnapshot : nil
        let (now, first, them, change) = (outcomes.now, outcomes.atFirstSnapshot, outcomes.nowForThem, outcomes.change)
        var section = Section(
            key: "map", title: "The map",
            rows: [
                .amount("Average number on the map now", now?.all),
                .amount("Average number on rings 1 and 2 now", now?.closest),
                Row(label: "People with a snapshot of their map\(since)", shown: people.map { "\($0)" }),
                .amount("On the map at their first snapshot", first?.all, people: people),
                .amount("On the map now", them?.all, people: people),
                .change("Average change since their first snapshot", change?.all, people: people),
                .amount("On rings 1 and 2 at their first snapshot", first?.closest, people: people),
                .amount("On rings 1 and 2 now", them?.closest, people: people),
                .change("Average change on rings 1 and 2", change?.closest, people: people),
            ],
            notes: [
                "Everyone on the map counts: people, groups, places, services and pets. Rings 1 and 2 are the closest."
            ])
        if report.isBrokenDown, change == nil {
            section.notes.append("Fewer than five people have a snapshot: the change is not broken down further.")
        }
        return section
    }

    private static func goals(_ report: CaseloadReport) -> Section {
        let goals = report.goals
        var section = Section(
            key: "goals", title: "Goals and steps",
            rows: [
                Row(label: "Goals set", shown: goals.map { "\($0.set)" }),
                Row(label: "Goals reached", shown: goals.map { "\($0.reached)" }),
                Row(label: "Steps done", shown: goals.map { "\($0.stepsDone)" }),
            ], notes: [])
        if let goals, goals.reachedUndated + goals.stepsUndated > 0 {
            section.notes.append(
                "Not counted in the period: \(count(goals.reachedUndated, "goal", "goals")) reached and "
                    + "\(count(goals.stepsUndated, "step", "steps")) done "
                    + "before assetmap recorded the day they were done.")
        }
        return section
    }

    private static func movers(_ items: [Well12.Item], _ outcomes: WellbeingOutcomes, none: String) -> String {
        guard let first = items.first, let average = outcomes.areas[first.number - 1] else { return none }
        return names(items) + " (\(average.signed))"
    }

    private static func names(_ items: [Well12.Item]) -> String {
        items.map(\.shortName).joined(separator: ", ")
    }

    static func count(_ number: Int, _ one: String, _ many: String) -> String {
        "\(number) \(number == 1 ? one : many)"
    }
}
