import FoundationEssentials

/// Any JSON value. Used to carry keys this version of assetmap does not know,
/// so a file written by a newer version or by hand keeps them when saved again.
public enum JSONValue: Hashable, Sendable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

public typealias JSONObject = [String: JSONValue]

/// A coding key made from any string, for reading and writing keys not in a model's own list.
struct AnyCodingKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

extension Decoder {
    /// Every key in this object that `Keys` does not list, with its value. Asked of every connection, step and
    /// check of every plan read, so each key is tried against `Keys` itself rather than a set built each time.
    func unknownKeys<Keys: CodingKey>(besides _: Keys.Type) throws -> JSONObject {
        let container = try self.container(keyedBy: AnyCodingKey.self)
        var unknown = JSONObject()
        for key in container.allKeys where Keys(stringValue: key.stringValue) == nil {
            unknown[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        return unknown
    }
}

extension Encoder {
    func encodeUnknownKeys(_ unknown: JSONObject) throws {
        guard !unknown.isEmpty else { return }
        var container = self.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknown {
            try container.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

extension KeyedDecodingContainer {
    /// Arrays may be missing from a file and then mean empty (file format v1).
    func decodeList<T: Decodable>(_ type: [T].Type, forKey key: Key) throws -> [T] {
        try decodeIfPresent(type, forKey: key) ?? []
    }

    /// Text that may be missing from a file and then means empty.
    func decodeText(forKey key: Key) throws -> String {
        try decodeIfPresent(String.self, forKey: key) ?? ""
    }
}

extension KeyedEncodingContainer {
    /// Optional values are left out of the file rather than written as null.
    mutating func encodeUnlessNil<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }
}
