import FoundationEssentials

/// Something the person wants from life, worked towards in small steps.
public struct Goal: Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var why: String?
    /// `steps[0]` is the bottom rung of the ladder.
    public var steps: [Step]
    public var barriers: [Barrier]
    public var risk: RiskPlan?
    public var status: GoalStatus
    public var createdAt: Date
    /// The day the goal was marked done; missing for goals done before this was recorded.
    public var doneOn: CalendarDay?
    public var unknownKeys: JSONObject = [:]

    public init(
        id: String, title: String, why: String? = nil, steps: [Step] = [], barriers: [Barrier] = [],
        risk: RiskPlan? = nil, status: GoalStatus = .active, createdAt: Date, doneOn: CalendarDay? = nil
    ) {
        self.id = id
        self.title = title
        self.why = why
        self.steps = steps
        self.barriers = barriers
        self.risk = risk
        self.status = status
        self.createdAt = createdAt
        self.doneOn = doneOn
    }

    public var doneStepCount: Int { steps.count { $0.status == .done } }

    /// The rung the person is on now: the lowest step not yet done.
    public var currentStepIndex: Int? { steps.firstIndex { $0.status != .done } }
}

public enum GoalStatus: String, CaseIterable, Codable, Sendable {
    case active, done, paused
}

extension Goal: Codable {
    enum CodingKeys: String, CodingKey { case id, title, why, steps, barriers, risk, status, createdAt, doneOn }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        why = try c.decodeIfPresent(String.self, forKey: .why)
        steps = try c.decodeList([Step].self, forKey: .steps)
        barriers = try c.decodeList([Barrier].self, forKey: .barriers)
        risk = try c.decodeIfPresent(RiskPlan.self, forKey: .risk)
        status = try c.decodeIfPresent(GoalStatus.self, forKey: .status) ?? .active
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        doneOn = try c.decodeIfPresent(CalendarDay.self, forKey: .doneOn)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encodeUnlessNil(why, forKey: .why)
        try c.encode(steps, forKey: .steps)
        try c.encode(barriers, forKey: .barriers)
        try c.encodeUnlessNil(risk, forKey: .risk)
        try c.encode(status, forKey: .status)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encodeUnlessNil(doneOn, forKey: .doneOn)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}

/// One rung of a goal's ladder.
public struct Step: Equatable, Sendable, Identifiable {
    public var id: String
    public var text: String
    /// `StepHelper`'s raw value: "person", "worker", or a connection's id.
    public var who: String?
    public var due: CalendarDay?
    public var status: StepStatus
    public var assetIds: [String]
    public var connectionIds: [String]
    /// What a link pointed to before it was taken off the plan, so the step can say so.
    public var removedLinks: [String]
    /// The day the step was marked done; missing for steps done before this was recorded.
    public var doneOn: CalendarDay?
    public var by: Author?
    public var unknownKeys: JSONObject = [:]

    public init(
        id: String, text: String, who: String? = nil, due: CalendarDay? = nil, status: StepStatus = .todo,
        assetIds: [String] = [], connectionIds: [String] = [], removedLinks: [String] = [],
        doneOn: CalendarDay? = nil, by: Author? = nil
    ) {
        self.id = id
        self.text = text
        self.who = who
        self.due = due
        self.status = status
        self.assetIds = assetIds
        self.connectionIds = connectionIds
        self.removedLinks = removedLinks
        self.doneOn = doneOn
        self.by = by
    }
}

public enum StepStatus: String, CaseIterable, Codable, Sendable {
    case todo, doing, done
}

/// Who will do a step.
public enum StepHelper: Equatable, Sendable {
    case person
    case worker
    case connection(id: String)

    public init(rawValue: String) {
        switch rawValue {
        case "person": self = .person
        case "worker": self = .worker
        default: self = .connection(id: rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .person: return "person"
        case .worker: return "worker"
        case .connection(let id): return id
        }
    }
}

extension Step: Codable {
    enum CodingKeys: String, CodingKey {
        case id, text, who, due, status, assetIds, connectionIds, removedLinks, doneOn, by
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        text = try c.decode(String.self, forKey: .text)
        who = try c.decodeIfPresent(String.self, forKey: .who)
        due = try c.decodeIfPresent(CalendarDay.self, forKey: .due)
        status = try c.decodeIfPresent(StepStatus.self, forKey: .status) ?? .todo
        assetIds = try c.decodeList([String].self, forKey: .assetIds)
        connectionIds = try c.decodeList([String].self, forKey: .connectionIds)
        removedLinks = try c.decodeList([String].self, forKey: .removedLinks)
        doneOn = try c.decodeIfPresent(CalendarDay.self, forKey: .doneOn)
        by = try c.decodeIfPresent(Author.self, forKey: .by)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encodeUnlessNil(who, forKey: .who)
        try c.encodeUnlessNil(due, forKey: .due)
        try c.encode(status, forKey: .status)
        try c.encode(assetIds, forKey: .assetIds)
        try c.encode(connectionIds, forKey: .connectionIds)
        if !removedLinks.isEmpty { try c.encode(removedLinks, forKey: .removedLinks) }
        try c.encodeUnlessNil(doneOn, forKey: .doneOn)
        try c.encodeUnlessNil(by, forKey: .by)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}

/// Something in the way of a goal, and what might help with it.
public struct Barrier: Equatable, Sendable, Identifiable {
    public var id: String
    public var text: String
    public var whatHelps: String?
    public var by: Author?
    public var unknownKeys: JSONObject = [:]

    public init(id: String, text: String, whatHelps: String? = nil, by: Author? = nil) {
        self.id = id
        self.text = text
        self.whatHelps = whatHelps
        self.by = by
    }
}

extension Barrier: Codable {
    enum CodingKeys: String, CodingKey { case id, text, whatHelps, by }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        text = try c.decode(String.self, forKey: .text)
        whatHelps = try c.decodeIfPresent(String.self, forKey: .whatHelps)
        by = try c.decodeIfPresent(Author.self, forKey: .by)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encodeUnlessNil(whatHelps, forKey: .whatHelps)
        try c.encodeUnlessNil(by, forKey: .by)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}

/// A positive-risk plan: taking a chance on purpose, with a plan for if it goes wrong.
public struct RiskPlan: Equatable, Sendable {
    public var benefits: String
    public var risks: String
    public var contingency: String
    public var reviewOn: CalendarDay?
    public var notTakenBecause: String?
    public var unknownKeys: JSONObject = [:]

    public init(
        benefits: String = "", risks: String = "", contingency: String = "",
        reviewOn: CalendarDay? = nil, notTakenBecause: String? = nil
    ) {
        self.benefits = benefits
        self.risks = risks
        self.contingency = contingency
        self.reviewOn = reviewOn
        self.notTakenBecause = notTakenBecause
    }
}

extension RiskPlan: Codable {
    enum CodingKeys: String, CodingKey { case benefits, risks, contingency, reviewOn, notTakenBecause }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        benefits = try c.decodeText(forKey: .benefits)
        risks = try c.decodeText(forKey: .risks)
        contingency = try c.decodeText(forKey: .contingency)
        reviewOn = try c.decodeIfPresent(CalendarDay.self, forKey: .reviewOn)
        notTakenBecause = try c.decodeIfPresent(String.self, forKey: .notTakenBecause)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(benefits, forKey: .benefits)
        try c.encode(risks, forKey: .risks)
        try c.encode(contingency, forKey: .contingency)
        try c.encodeUnlessNil(reviewOn, forKey: .reviewOn)
        try c.encodeUnlessNil(notTakenBecause, forKey: .notTakenBecause)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}
