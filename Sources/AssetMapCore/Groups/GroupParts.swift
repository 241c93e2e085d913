import FoundationEssentials

/// Someone in the group: by the plan they have in the caseload, or by a first name only when they have none yet.
public struct GroupMember: Equatable, Sendable, Identifiable {
    public var id: String
    /// The name the group knows them by: a first name only.
    public var name: String
    /// Their plan in the caseload; missing for someone without one.
    public var planID: String?
    /// What they chose at the end, once they have chosen.
    public var review: MemberReview?
    public var unknownKeys: JSONObject = [:]

    public init(id: String, name: String, planID: String? = nil, review: MemberReview? = nil) {
        self.id = id
        self.name = name
        self.planID = planID
        self.review = review
    }

    /// The first word of a name: what the shared screen shows of someone with a plan.
    public static func firstName(of name: String) -> String {
        name.trimmed.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? name.trimmed
    }
}

/// What a member chose to put into their plan at the end of the group, and what they said no to.
public struct MemberReview: Equatable, Sendable {
    public var day: CalendarDay
    /// Ids of the ideas that went into their plan.
    public var added: [String]
    public var declined: [String]
    /// Their plan was started from the group.
    public var startedPlan: Bool
    public var unknownKeys: JSONObject = [:]

    public init(day: CalendarDay, added: [String], declined: [String], startedPlan: Bool = false) {
        self.day = day
        self.added = added
        self.declined = declined
        self.startedPlan = startedPlan
    }
}

/// One question the group works through.
public struct GroupPrompt: Equatable, Sendable, Identifiable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        /// Ideas written under it are strengths.
        case strengths
        /// Ideas written under it are places and groups.
        case places
    }

    public var id: String
    public var text: String
    public var kind: Kind
    public var unknownKeys: JSONObject = [:]

    public init(id: String, text: String, kind: Kind) {
        self.id = id
        self.text = text
        self.kind = kind
    }
}

/// Something the group wrote under a question: for the whole group, or for one member.
public struct GroupIdea: Equatable, Sendable, Identifiable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case strength, place
    }

    public var id: String
    public var text: String
    public var kind: Kind
    public var promptID: String
    /// The member it is for; missing when it is the group's.
    public var forMember: String?
    /// The community directory entry made from it, once it was added there.
    public var directoryID: String?
    public var unknownKeys: JSONObject = [:]

    public init(
        id: String, text: String, kind: Kind, promptID: String, forMember: String? = nil, directoryID: String? = nil
    ) {
        self.id = id
        self.text = text
        self.kind = kind
        self.promptID = promptID
        self.forMember = forMember
        self.directoryID = directoryID
    }
}

extension GroupMember: Codable {
    enum CodingKeys: String, CodingKey { case id, name, planID, review }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        planID = try c.decodeIfPresent(String.self, forKey: .planID)
        review = try c.decodeIfPresent(MemberReview.self, forKey: .review)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encodeUnlessNil(planID, forKey: .planID)
        try c.encodeUnlessNil(review, forKey: .review)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}

extension MemberReview: Codable {
    enum CodingKeys: String, CodingKey { case day, added, declined, startedPlan }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        day = try c.decode(CalendarDay.self, forKey: .day)
        added = try c.decodeList([String].self, forKey: .added)
        declined = try c.decodeList([String].self, forKey: .declined)
        startedPlan = try c.decodeIfPresent(Bool.self, forKey: .startedPlan) ?? false
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(day, forKey: .day)
        try c.encode(added, forKey: .added)
        try c.encode(declined, forKey: .declined)
        if startedPlan { try c.encode(true, forKey: .startedPlan) }
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}

extension GroupPrompt: Codable {
    enum CodingKeys: String, CodingKey { case id, text, kind }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        text = try c.decode(String.self, forKey: .text)
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .strengths
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}

extension GroupIdea: Codable {
    enum CodingKeys: String, CodingKey { case id, text, kind, promptID, forMember, directoryID }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        text = try c.decode(String.self, forKey: .text)
        kind = try c.decode(Kind.self, forKey: .kind)
        promptID = try c.decodeText(forKey: .promptID)
        forMember = try c.decodeIfPresent(String.self, forKey: .forMember)
        directoryID = try c.decodeIfPresent(String.self, forKey: .directoryID)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try c.encode(promptID, forKey: .promptID)
        try c.encodeUnlessNil(forMember, forKey: .forMember)
        try c.encodeUnlessNil(directoryID, forKey: .directoryID)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}
