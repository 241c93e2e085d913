/// The WELL12 wellbeing check: its wording (exactly as published), answer scale and scoring.
public enum Well12 {
    public struct Item: Equatable, Sendable {
        public var number: Int
        public var statement: String
        /// A few words for tables and summaries ("Better since 3 March: sleep").
        public var shortName: String
    }

    public static let items: [Item] = [
        Item(number: 1, statement: "I get all the sleep I need", shortName: "sleep"),
        Item(number: 2, statement: "In general I feel physically well", shortName: "feeling physically well"),
        Item(number: 3, statement: "I'm happy with where I live", shortName: "where I live"),
        Item(number: 4, statement: "I can manage my current finances", shortName: "managing money"),
        Item(number: 5, statement: "There is someone I trust I can talk to", shortName: "someone to talk to"),
        Item(number: 6, statement: "I'm happy with my family situation", shortName: "family"),
        Item(number: 7, statement: "I've a social life and friendships that suit me", shortName: "social life"),
        Item(number: 8, statement: "I'm aware of my skills, talents and strengths", shortName: "my strengths"),
        Item(number: 9, statement: "I've a hobby, an interest that I can indulge myself in", shortName: "a hobby"),
        Item(number: 10, statement: "I feel confident in dealing with life's problems", shortName: "confidence"),
        Item(number: 11, statement: "There are things I'm planning to do", shortName: "things planned"),
        Item(number: 12, statement: "I feel hopeful about my future", shortName: "hope"),
    ]

    public static let recentEventQuestion =
        "Has there been a recent event or experience that has changed the way you feel about things?"
    public static let notesQuestion = "Notes"
    public static let maximumTotal = 48

    /// The answer scale, highest first, as it is read out.
    public static let answers: [(value: Int, words: String)] = [
        (4, "Yes, definitely"), (3, "Agree"), (2, "Not sure"), (1, "Disagree"), (0, "Definitely not"),
    ]

    public static func words(for answer: Int) -> String {
        answers.first { $0.value == answer }?.words ?? ""
    }

    public static func words(for event: RecentEvent) -> String {
        switch event {
        case .yes: return "Yes"
        case .no: return "No"
        case .notSure: return "Not sure"
        }
    }

    public struct Score: Equatable, Sendable {
        /// The sum of the answered items only.
        public var total: Int
        public var answered: Int

        public init(total: Int, answered: Int) {
            self.total = total
            self.answered = answered
        }
        /// The most the answered items could add up to (4 each).
        public var outOf: Int { answered * 4 }
        public var isWhole: Bool { answered == Well12.items.count }
    }

    public static func score(_ check: WellbeingCheck) -> Score {
        let given = check.answers.compactMap { $0 }
        return Score(total: given.reduce(0, +), answered: given.count)
    }

    /// Checks in date order; checks on the same day keep the order they were made in.
    public static func ordered(_ checks: [WellbeingCheck]) -> [WellbeingCheck] {
        checks.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// How each item moved between two checks; nil where either check skipped it.
    public static func itemChanges(from earlier: WellbeingCheck, to later: WellbeingCheck) -> [Int?] {
        (0..<items.count).map { index in
            guard let before = answer(earlier, index), let after = answer(later, index) else { return nil }
            return after - before
        }
    }

    /// The change in total, counted only over items answered both times so a skipped item
    /// never looks like a fall; nil when no item was answered both times.
    public static func totalChange(from earlier: WellbeingCheck, to later: WellbeingCheck) -> Int? {
        let changes = itemChanges(from: earlier, to: later).compactMap { $0 }
        return changes.isEmpty ? nil : changes.reduce(0, +)
    }

    /// Items that went up, then down, each by short name, for the sentence under the table.
    public static func movers(from earlier: WellbeingCheck, to later: WellbeingCheck) -> (better: [Item], lower: [Item])
    {
        let changes = itemChanges(from: earlier, to: later)
        let better = items.indices.filter { (changes[$0] ?? 0) > 0 }.map { items[$0] }
        let lower = items.indices.filter { (changes[$0] ?? 0) < 0 }.map { items[$0] }
        return (better, lower)
    }

    /// Where to carry on with an unfinished check: after the last item answered.
    public static func resumeIndex(_ check: WellbeingCheck) -> Int {
        guard let last = check.answers.lastIndex(where: { $0 != nil }) else { return 0 }
        return min(last + 1, items.count)
    }

    private static func answer(_ check: WellbeingCheck, _ index: Int) -> Int? {
        index < check.answers.count ? check.answers[index] : nil
    }
}
