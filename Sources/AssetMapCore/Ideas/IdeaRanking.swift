/// A place or group from the community directory suggested to one person, with why.
public struct Idea: Equatable, Sendable, Identifiable {
    public var entry: CommunityAsset
    /// How well it fits: higher first.
    public var score: Int
    /// Why, in the person's terms: "you like singing", "for your goal “Get fitter”", "it's free".
    public var reasons: [String]

    public var id: String { entry.id }

    /// "you like singing: St Anne's choir, Tuesdays, free".
    public var sentence: String {
        reasons.joined(separator: ", ") + ": "
            + ([entry.name] + [entry.when, entry.cost].compactMap { $0?.nonEmpty }).joined(separator: ", ")
    }
}

/// Ranks the community directory for one person, as GENIE does with its resource database: by how well each
/// entry fits what the person said in their plan. Only entries that fit something they said are suggested;
/// cost and travel only move entries up or down, and only when the person said those get in the way.
public enum IdeaRanking {
    public static func ideas(for plan: Plan, in directory: CommunityDirectory) -> [Idea] {
        let signals = Signal.all(in: plan)
        let concerns = Concerns(plan)
        let onTheMap = Set(plan.network.map { SearchQuery.fold($0.name.trimmed) })
        var ideas: [Idea] = []
        for entry in directory.entries {
            guard !plan.notForMe.contains(entry.id), !plan.communityLinks.contains(entry.id),
                !onTheMap.contains(SearchQuery.fold(entry.name.trimmed))
            else { continue }
            let words = IdeaWords.stems(([entry.name, entry.what] + entry.tags).joined(separator: " "))
            let fits = signals.filter { !$0.words.isDisjoint(with: words) }
            guard !fits.isEmpty else { continue }
            var reasons: [String] = []
            for fit in fits.sorted(by: { $0.weight > $1.weight })
            where !reasons.contains(fit.reason) && reasons.count < 2 {
                reasons.append(fit.reason)
            }
            let practical = concerns.judge(entry)
            reasons += practical.reasons
            ideas.append(
                Idea(entry: entry, score: fits.reduce(0) { $0 + $1.weight } + practical.score, reasons: reasons))
        }
        return ideas.sorted { ($0.score, $1.entry.name.lowercased()) > ($1.score, $0.entry.name.lowercased()) }
    }

    /// Something the person said that a place could fit, and how to say so.
    struct Signal {
        var words: Set<String>
        var reason: String
        var weight: Int

        static func all(in plan: Plan) -> [Signal] {
            let own = plan.assets.filter { $0.owner == .person }.map {
                Signal(words: IdeaWords.stemsWithRelated($0.text), reason: IdeaWords.phrase($0), weight: 3)
            }
            let goals = plan.goals.filter { $0.status == .active }.map { goal in
                let words = [goal.title, goal.why ?? ""] + goal.steps.filter { $0.status != .done }.map(\.text)
                return Signal(
                    words: IdeaWords.stemsWithRelated(words.joined(separator: " ")),
                    reason: "for your goal “\(goal.title.trimmed)”",
                    weight: 3)
            }
            return own + goals + areasToWorkOn(plan)
        }

        /// The parts of life the person's latest complete WELL12 check says they would like better: the statements
        /// they disagreed with.
        static func areasToWorkOn(_ plan: Plan) -> [Signal] {
            guard let latest = Well12.ordered(plan.checks).last(where: \.complete) else { return [] }
            return latest.answers.enumerated().compactMap { index, answer in
                guard let answer, answer <= 1, index < LifePart.all.count else { return nil }
                let part = LifePart.all[index]
                return Signal(
                    words: Set(part.words.map(IdeaWords.stem)), reason: "could help with \(part.phrase)", weight: 2)
            }
        }
    }

    /// Cost and travel, when the person said they get in the way of a goal.
    struct Concerns {
        var money = false
        var travel = false

        init(_ plan: Plan) {
            for goal in plan.goals where goal.status == .active {
                for barrier in goal.barriers {
                    let text = barrier.text + " " + (barrier.whatHelps ?? "")
                    let words = IdeaWords.stems(text)
                    money = money || !words.isDisjoint(with: Self.moneyWords)
                    // "Hard to get to", one of the common barriers, is all small words.
                    travel =
                        travel || !words.isDisjoint(with: Self.travelWords) || SearchQuery.fold(text).contains("get to")
                }
            }
        }

        static let moneyWords = Set(
            ["money", "cost", "costs", "afford", "expensive", "skint", "broke", "cash", "price", "fee", "fees"]
                .map(IdeaWords.stem))
        static let travelWords = Set(
            ["travel", "transport", "bus", "buses", "far", "distance", "lift", "lifts", "journey"]
                .map(IdeaWords.stem))
        static let easyTravel = Set(
            [
                "walk", "walking", "bus", "buses", "minutes", "near", "close", "step", "tram", "train", "station",
                "door", "lift", "lifts",
            ].map(IdeaWords.stem))
        static let hardTravel = Set(["car", "drive", "driving", "taxi"].map(IdeaWords.stem))

        func judge(_ entry: CommunityAsset) -> (score: Int, reasons: [String]) {
            var score = 0
            var reasons: [String] = []
            if money, let cost = entry.cost?.nonEmpty {
                if Self.isFree(cost) {
                    score += 2
                    reasons.append("it's free")
                } else if cost.contains(where: \.isNumber) {
                    score -= 2
                }
            }
            if travel, let way = entry.travel?.nonEmpty {
                let words = Set(
                    SearchQuery.fold(way).split(whereSeparator: { !$0.isLetter }).map { IdeaWords.stem(String($0)) })
                if !words.isDisjoint(with: Self.hardTravel) {
                    score -= 1
                } else if !words.isDisjoint(with: Self.easyTravel) {
                    score += 1
                    reasons.append("easy to get to (\(way))")
                }
            }
            return (score, reasons)
        }

        static func isFree(_ cost: String) -> Bool {
            let folded = SearchQuery.fold(cost)
            return ["free", "no cost", "no charge", "£0", "nothing"].contains { folded.contains($0) }
        }
    }
}

/// The WELL12 statements as parts of life, with the words a place that helps might use.
struct LifePart {
    var phrase: String
    var words: [String]

    /// In the order of the twelve statements.
    static let all: [LifePart] = [
        LifePart(phrase: "sleep", words: ["sleep", "relax", "relaxation", "calm", "mindfulness", "meditation"]),
        LifePart(
            phrase: "feeling physically well",
            words: ["walk", "exercise", "fitness", "swim", "sport", "gym", "yoga", "health", "dance"]),
        LifePart(phrase: "feeling at home", words: ["home", "housing", "neighbours", "tenants", "garden"]),
        LifePart(
            phrase: "managing money", words: ["money", "debt", "benefits", "budget", "budgeting", "pantry", "advice"]),
        LifePart(
            phrase: "having someone to talk to",
            words: ["talk", "listening", "befriending", "peer", "chat", "friendship"]),
        LifePart(phrase: "family life", words: ["family", "families", "parents", "carers", "children"]),
        LifePart(
            phrase: "your social life",
            words: ["social", "friends", "friendship", "club", "coffee", "lunch", "chat", "company"]),
        LifePart(
            phrase: "knowing your strengths", words: ["volunteer", "volunteering", "skills", "course", "learning"]),
        LifePart(
            phrase: "having a hobby",
            words: ["hobby", "craft", "crafts", "art", "music", "singing", "choir", "knitting", "games", "reading"]),
        LifePart(phrase: "confidence", words: ["confidence", "peer", "recovery", "course", "assertiveness"]),
        LifePart(
            phrase: "having things to plan for",
            words: ["volunteer", "volunteering", "course", "trips", "events", "classes"]),
        LifePart(phrase: "feeling hopeful", words: ["recovery", "wellbeing", "peer", "hope"]),
    ]
}
