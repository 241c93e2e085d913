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
    /// How far round its ring, from 0 up to 1, kept so nobody moves when others come and go.
    /// Missing in older files: `placementOrDefault` works one out from the id, the same every time.
    public var placement: Double?
    /// Kept off every copy made to print or take home, unless asked for.
    public var isPrivate: Bool = false
    public var by: Author?
    public var unknownKeys: JSONObject = [:]

    public init(
        id: String, name: String, ring: Int, kind: ConnectionKind = .person, feeling: Feeling = .supportive,
        gives: String = "", receives: String = "", contact: String? = nil, note: String? = nil,
        placement: Double? = nil, isPrivate: Bool = false, by: Author? = nil
    ) {
        self.id = id
        self.name = name
        self.ring = ring
        self.kind = kind
        self.feeling = feeling
        self.gives = gives
        self.receives = receives
        self.contact = contact
        self.note = note
        self.placement = placement.map(Self.wrappedPlacement)
        self.isPrivate = isPrivate
        self.by = by
    }

    /// A placement taken round to where it is on the ring: 1.25 and -0.75 are both a quarter of the way round.
    public static func wrappedPlacement(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        let wrapped = value - value.rounded(.down)
        return wrapped < 1 ? wrapped : 0
    }

    /// The saved placement, or one worked out from the id (FNV-1a), which is the same on every computer and every run.
    public var placementOrDefault: Double {
        if let placement { return placement }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Double(hash >> 11) / Double(UInt64(1) << 53)
    }

    /// They give the person something.
    public var givesSupport: Bool { Self.hasWords(gives) }
    /// The person gives them something back.
    public var receivesSupport: Bool { Self.hasWords(receives) }

    /// Whether the text has anything but white space. Most start with a letter, which its first byte tells.
    static func hasWords(_ text: String) -> Bool {
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return true }
        return text.contains { !$0.isWhitespace }
    }
    public var isTwoWay: Bool { givesSupport && receivesSupport }
    /// The person helps them: something written under "What I give them", for someone who can be helped.
    /// A place, a service or anyone paid to be in the person's life (ring 4) is given forms, visits or money,
    /// which is not the person supporting them.
    public var isHelpedByThePerson: Bool {
        Self.isHelped(receiving: receives, kind: kind, ring: ring)
    }

    static func isHelped(receiving receives: String, kind: ConnectionKind, ring: Int) -> Bool {
        hasWords(receives) && [.person, .group, .pet].contains(kind) && ring != 4
    }
}

public enum ConnectionKind: String, CaseIterable, Codable, Sendable {
    case person, group, place, service, pet
}

public enum Feeling: String, CaseIterable, Codable, Sendable {
    case supportive, mixed, draining
}

extension Connection: Codable {
    enum CodingKeys: String, CodingKey {
        case id, name, ring, kind, feeling, gives, receives, contact, note, placement
        case isPrivate = "private"
        case by
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        ring = try c.decode(Int.self, forKey: .ring)
        guard Connection.rings.contains(ring) else {
            throw DecodingError.dataCorruptedError(
                forKey: .ring, in: c, debugDescription: "must be a number from 1 to 5")
        }
        kind = try c.decode(ConnectionKind.self, forKey: .kind)
        feeling = try c.decode(Feeling.self, forKey: .feeling)
        gives = try c.decodeText(forKey: .gives)
        receives = try c.decodeText(forKey: .receives)
        contact = try c.decodeIfPresent(String.self, forKey: .contact)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        placement = try c.decodeIfPresent(Double.self, forKey: .placement).map(Self.wrappedPlacement)
        isPrivate = try c.decodeIfPresent(Bool.self, forKey: .isPrivate) ?? false
        by = try c.decodeIfPresent(Author.self, forKey: .by)
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
        try c.encodeUnlessNil(placement, forKey: .placement)
        if isPrivate { try c.encode(true, forKey: .isPrivate) }
        try c.encodeUnlessNil(by, forKey: .by)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}
