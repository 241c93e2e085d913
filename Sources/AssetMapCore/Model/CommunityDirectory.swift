import FoundationEssentials

/// Places, groups and services near here, kept for the whole data folder so what workers learn is not lost
/// when a worker leaves. Stored in `community.json`.
public struct CommunityDirectory: Equatable, Sendable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var entries: [CommunityAsset]
    public var unknownKeys: JSONObject = [:]

    public init(entries: [CommunityAsset] = [], schemaVersion: Int = CommunityDirectory.currentSchemaVersion) {
        self.schemaVersion = schemaVersion
        self.entries = entries
    }

    public func entry(_ id: String) -> CommunityAsset? {
        entries.first { $0.id == id }
    }
}

public struct CommunityAsset: Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var what: String
    public var `where`: String?
    public var when: String?
    public var cost: String?
    public var travel: String?
    public var access: String?
    public var contact: String?
    public var tags: [String]
    public var addedBy: String?
    public var checkedOn: CalendarDay?
    public var unknownKeys: JSONObject = [:]

    public init(
        id: String, name: String, what: String, where place: String? = nil, when: String? = nil, cost: String? = nil,
        travel: String? = nil, access: String? = nil, contact: String? = nil, tags: [String] = [],
        addedBy: String? = nil, checkedOn: CalendarDay? = nil
    ) {
        self.id = id
        self.name = name
        self.what = what
        self.where = place
        self.when = when
        self.cost = cost
        self.travel = travel
        self.access = access
        self.contact = contact
        self.tags = tags
        self.addedBy = addedBy
        self.checkedOn = checkedOn
    }

    /// Everything searchable about the entry, folded once.
    public var searchText: String {
        SearchQuery.fold(
            ([name, what, self.where ?? "", when ?? "", cost ?? "", access ?? ""] + tags).joined(separator: " "))
    }
}

extension CommunityDirectory: Codable {
    enum CodingKeys: String, CodingKey { case schemaVersion, entries }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        entries = try c.decodeList([CommunityAsset].self, forKey: .entries)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(entries, forKey: .entries)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}

extension CommunityAsset: Codable {
    enum CodingKeys: String, CodingKey {
        case id, name, what, `where`, when, cost, travel, access, contact, tags, addedBy, checkedOn
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        what = try c.decodeText(forKey: .what)
        self.where = try c.decodeIfPresent(String.self, forKey: .where)
        when = try c.decodeIfPresent(String.self, forKey: .when)
        cost = try c.decodeIfPresent(String.self, forKey: .cost)
        travel = try c.decodeIfPresent(String.self, forKey: .travel)
        access = try c.decodeIfPresent(String.self, forKey: .access)
        contact = try c.decodeIfPresent(String.self, forKey: .contact)
        tags = try c.decodeList([String].self, forKey: .tags)
        addedBy = try c.decodeIfPresent(String.self, forKey: .addedBy)
        checkedOn = try c.decodeIfPresent(CalendarDay.self, forKey: .checkedOn)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(what, forKey: .what)
        try c.encodeUnlessNil(self.where, forKey: .where)
        try c.encodeUnlessNil(when, forKey: .when)
        try c.encodeUnlessNil(cost, forKey: .cost)
        try c.encodeUnlessNil(travel, forKey: .travel)
        try c.encodeUnlessNil(access, forKey: .access)
        try c.encodeUnlessNil(contact, forKey: .contact)
        try c.encode(tags, forKey: .tags)
        try c.encodeUnlessNil(addedBy, forKey: .addedBy)
        try c.encodeUnlessNil(checkedOn, forKey: .checkedOn)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}
