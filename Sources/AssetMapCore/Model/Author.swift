/// Who wrote an entry: the plan is made together, and it can show whose words are whose.
/// Files from before this was recorded have no `by`, and then nothing is said.
public enum Author: String, CaseIterable, Codable, Sendable {
    case person, worker, together
}

/// Two people on the map who know each other ("they know each other"), by their connection ids.
public struct ConnectionLink: Equatable, Sendable, Identifiable {
    public var id: String
    public var a: String
    public var b: String
    public var unknownKeys: JSONObject = [:]

    public init(id: String, a: String, b: String) {
        self.id = id
        self.a = a
        self.b = b
    }

    /// Whether this link joins the two connections, in either order.
    public func joins(_ one: String, _ other: String) -> Bool {
        (a == one && b == other) || (a == other && b == one)
    }

    public func involves(_ connectionID: String) -> Bool { a == connectionID || b == connectionID }
}

extension ConnectionLink: Codable {
    enum CodingKeys: String, CodingKey { case id, a, b }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        a = try c.decode(String.self, forKey: .a)
        b = try c.decode(String.self, forKey: .b)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(a, forKey: .a)
        try c.encode(b, forKey: .b)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}
