/// A strength or resource, written down by the person or by the worker about themselves.
public struct Asset: Equatable, Sendable, Identifiable {
    public var id: String
    public var owner: AssetOwner
    public var kind: AssetKind
    public var text: String
    /// A life area (see `LifeArea`); free text from a hand-written file is kept as it is.
    public var domain: String?
    public var by: Author?
    public var unknownKeys: JSONObject = [:]

    public init(id: String, owner: AssetOwner, kind: AssetKind, text: String, domain: String? = nil, by: Author? = nil)
    {
        self.id = id
        self.owner = owner
        self.kind = kind
        self.text = text
        self.domain = domain
        self.by = by
    }
}

public enum AssetOwner: String, CaseIterable, Codable, Sendable {
    case person, worker
}

public enum AssetKind: String, CaseIterable, Codable, Sendable {
    case strength, skill, interest, resource, place, value
}

extension Asset: Codable {
    enum CodingKeys: String, CodingKey { case id, owner, kind, text, domain, by }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        owner = try c.decode(AssetOwner.self, forKey: .owner)
        kind = try c.decode(AssetKind.self, forKey: .kind)
        text = try c.decode(String.self, forKey: .text)
        domain = try c.decodeIfPresent(String.self, forKey: .domain)
        by = try c.decodeIfPresent(Author.self, forKey: .by)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(owner, forKey: .owner)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encodeUnlessNil(domain, forKey: .domain)
        try c.encodeUnlessNil(by, forKey: .by)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}
