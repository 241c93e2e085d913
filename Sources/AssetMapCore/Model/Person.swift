/// The person whose plan it is.
public struct Person: Equatable, Sendable {
    public var name: String
    public var preferredName: String?
    public var pronouns: String?
    public var keyworker: String?
    /// How to reach the keyworker (a phone number, an email, "the Hub, Mondays"), for the take-home sheet.
    public var keyworkerContact: String?
    public var unknownKeys: JSONObject = [:]

    public init(
        name: String, preferredName: String? = nil, pronouns: String? = nil, keyworker: String? = nil,
        keyworkerContact: String? = nil
    ) {
        self.name = name
        self.preferredName = preferredName
        self.pronouns = pronouns
        self.keyworker = keyworker
        self.keyworkerContact = keyworkerContact
    }

    /// What to call the person on screen: their preferred name when they have given one.
    public var displayName: String {
        if let preferred = preferredName?.trimmed, !preferred.isEmpty { return preferred }
        return name
    }
}

extension Person: Codable {
    enum CodingKeys: String, CodingKey { case name, preferredName, pronouns, keyworker, keyworkerContact }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        preferredName = try c.decodeIfPresent(String.self, forKey: .preferredName)
        pronouns = try c.decodeIfPresent(String.self, forKey: .pronouns)
        keyworker = try c.decodeIfPresent(String.self, forKey: .keyworker)
        keyworkerContact = try c.decodeIfPresent(String.self, forKey: .keyworkerContact)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encodeUnlessNil(preferredName, forKey: .preferredName)
        try c.encodeUnlessNil(pronouns, forKey: .pronouns)
        try c.encodeUnlessNil(keyworker, forKey: .keyworker)
        try c.encodeUnlessNil(keyworkerContact, forKey: .keyworkerContact)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}

/// The person agreed to this plan being kept.
public struct Consent: Equatable, Sendable {
    public var given: Bool
    public var date: CalendarDay
    public var note: String?
    public var unknownKeys: JSONObject = [:]

    public init(given: Bool, date: CalendarDay, note: String? = nil) {
        self.given = given
        self.date = date
        self.note = note
    }
}

extension Consent: Codable {
    enum CodingKeys: String, CodingKey { case given, date, note }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        given = try c.decode(Bool.self, forKey: .given)
        date = try c.decode(CalendarDay.self, forKey: .date)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(given, forKey: .given)
        try c.encode(date, forKey: .date)
        try c.encodeUnlessNil(note, forKey: .note)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}
