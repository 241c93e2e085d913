/// One stage of the worker stepping back, so the person carries on with less help.
public struct Stage: Equatable, Sendable, Identifiable {
    public var id: String
    public var text: String
    public var by: CalendarDay?
    public var unknownKeys: JSONObject = [:]

    public init(id: String, text: String, by: CalendarDay? = nil) {
        self.id = id
        self.text = text
        self.by = by
    }
}

extension Stage: Codable {
    enum CodingKeys: String, CodingKey { case id, text, by }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        text = try c.decode(String.self, forKey: .text)
        by = try c.decodeIfPresent(CalendarDay.self, forKey: .by)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encodeUnlessNil(by, forKey: .by)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}
