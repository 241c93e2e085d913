import FoundationEssentials

/// A group session: people sparking ideas off one another, one question at a time. It holds only what the group
/// wrote together and who was there, never anything from anyone's plan. Stored in `groups/<id>.json`; key names
/// are a contract (see the README).
public struct GroupSession: Equatable, Sendable, Identifiable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var id: String
    public var createdAt: Date
    public var updatedAt: Date
    /// Who ran the group: written as "added by" on the places it adds to the community directory.
    public var worker: String?
    public var members: [GroupMember]
    /// The questions the group works through, in order.
    public var prompts: [GroupPrompt]
    public var ideas: [GroupIdea]
    public var unknownKeys: JSONObject = [:]

    public init(
        id: String, createdAt: Date, worker: String? = nil, members: [GroupMember],
        prompts: [GroupPrompt] = GroupPrompts.standard
    ) {
        schemaVersion = Self.currentSchemaVersion
        self.id = id
        self.createdAt = createdAt
        updatedAt = createdAt
        self.worker = worker
        self.members = Self.namedApart(members)
        self.prompts = prompts
        ideas = []
    }

    /// Two people with the same first name are "Sam" and "Sam 2", so an idea is never for the wrong one; no surname is
    /// brought in to tell them apart.
    static func namedApart(_ members: [GroupMember]) -> [GroupMember] {
        var seen: [String: Int] = [:]
        return members.map { member in
            var named = member
            let key = SearchQuery.fold(member.name)
            seen[key, default: 0] += 1
            if let count = seen[key], count > 1 { named.name += " \(count)" }
            return named
        }
    }

    public func member(_ id: String?) -> GroupMember? {
        guard let id else { return nil }
        return members.first { $0.id == id }
    }

    public func ideas(under promptID: String) -> [GroupIdea] {
        ideas.filter { $0.promptID == promptID }
    }

    /// Whose idea it is, in words for the shared screen and the sheets: "the group" or a first name.
    public func owner(of idea: GroupIdea) -> String {
        member(idea.forMember)?.name ?? "the group"
    }

    /// The places the group named, its own and each member's.
    public var places: [GroupIdea] {
        ideas.filter { $0.kind == .place }
    }
}

extension GroupSession: Codable {
    enum CodingKeys: String, CodingKey {
        case schemaVersion, id, createdAt, updatedAt, worker, members, prompts, ideas
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        id = try c.decode(String.self, forKey: .id)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        updatedAt = try c.decodeIfPresent(Date.self, forKey: .updatedAt) ?? createdAt
        worker = try c.decodeIfPresent(String.self, forKey: .worker)
        members = try c.decodeList([GroupMember].self, forKey: .members)
        prompts = try c.decodeList([GroupPrompt].self, forKey: .prompts)
        ideas = try c.decodeList([GroupIdea].self, forKey: .ideas)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(id, forKey: .id)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encodeUnlessNil(worker, forKey: .worker)
        try c.encode(members, forKey: .members)
        try c.encode(prompts, forKey: .prompts)
        try c.encode(ideas, forKey: .ideas)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}
