/// A dated note from a session.
public struct Note: Equatable, Sendable, Identifiable {
    public var id: String
    public var date: CalendarDay
    public var text: String
    public var by: Author?
    public var unknownKeys: JSONObject = [:]

    public init(id: String, date: CalendarDay, text: String, by: Author? = nil) {
        self.id = id
        self.date = date
        self.text = text
        self.by = by
    }
}

extension Note: Codable {
    enum CodingKeys: String, CodingKey { case id, date, text, by }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        date = try c.decode(CalendarDay.self, forKey: .date)
        text = try c.decode(String.self, forKey: .text)
        by = try c.decodeIfPresent(Author.self, forKey: .by)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(date, forKey: .date)
        try c.encode(text, forKey: .text)
        try c.encodeUnlessNil(by, forKey: .by)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}

/// The network as it was on a day, kept so the person can see how it has changed.
public struct Snapshot: Equatable, Sendable, Identifiable {
    public var id: String
    public var date: CalendarDay
    public var label: String
    public var network: [Connection]
    public var unknownKeys: JSONObject = [:]

    public init(id: String, date: CalendarDay, label: String = "", network: [Connection]) {
        self.id = id
        self.date = date
        self.label = label
        self.network = network
    }
}

extension Snapshot: Codable {
    enum CodingKeys: String, CodingKey { case id, date, label, network }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        date = try c.decode(CalendarDay.self, forKey: .date)
        label = try c.decodeText(forKey: .label)
        network = try c.decodeList([Connection].self, forKey: .network)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(date, forKey: .date)
        try c.encode(label, forKey: .label)
        try c.encode(network, forKey: .network)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}
