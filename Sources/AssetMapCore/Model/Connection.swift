/// Someone or something in the person's life, placed on one of five rings by closeness.
public struct Connection: Equatable, Sendable, Identifiable {
    public static let rings = 1...5

    public var id: String
    public var name: String
    /// 1 is closest to the person, 5 is people and places they could connect with.
    public var ring: Int
    public var kind: ConnectionKind
    public var feeling: Feeling
    /// What they give the person.
    public var gives: String
    /// What the person gives them.
    public var receives: String
    public var contact: String?
    public var note: String?
    public var unknownKeys: JSONObject = [:]

    public init(id: String, name: String, ring: Int, kind: ConnectionKind = .person, feeling: Feeling = .supportive,
                gives: String = "", receives: String = "", contact: String? = nil, note: String? = nil) {
        self.id = id
        self.name = name
        self.ring = ring
        self.kind = kind
        self.feeling = feeling
        self.gives = gives
        self.receives = receives
        self.contact = contact
        self.note = note
    }

    /// They give the person something.
    public var givesSupport: Bool { gives.contains { !$0.isWhitespace } }
    /// The person gives them something back.
    public var receivesSupport: Bool { receives.contains { !$0.isWhitespace } }
    public var isTwoWay: Bool { givesSupport && receivesSupport }
}

public enum ConnectionKind: String, CaseIterable, Codable, Sendable {
    case person, group, place, service, pet
}

public enum Feeling: String, CaseIterable, Codable, Sendable {
    case supportive, mixed, draining
}

extension Connection: Codable {
    enum CodingKeys: String, CodingKey {
        case id, name, ring, kind, feeling, gives, receives, contact, note
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        ring = try c.decode(Int.self, forKey: .ring)
        guard Connection.rings.contains(ring) else {
            throw DecodingError.dataCorruptedError(forKey: .ring, in: c, debugDescription: "must be a number from 1 to 5")
        }
        kind = try c.decode(ConnectionKind.self, forKey: .kind)
        feeling = try c.decode(Feeling.self, forKey: .feeling)
        gives = try c.decodeText(forKey: .gives)
        receives = try c.decodeText(forKey: .receives)
        contact = try c.decodeIfPresent(String.self, forKey: .contact)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(ring, forKey: .ring)
        try c.encode(kind, forKey: .kind)
        try c.encode(feeling, forKey: .feeling)
        try c.encode(gives, forKey: .gives)
        try c.encode(receives, forKey: .receives)
        try c.encodeUnlessNil(contact, forKey: .contact)
        try c.encodeUnlessNil(note, forKey: .note)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}
