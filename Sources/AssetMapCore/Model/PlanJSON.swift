import FoundationEssentials

/// How plans and other data files are turned into JSON and back.
public enum PlanJSON {
    /// Sorted keys and indentation keep files readable and stable between saves.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "is not a date and time like 2026-05-03T10:00:00Z")
            }
            return date
        }
        return decoder
    }

    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        var data = try encoder().encode(value)
        data.append(0x0A)
        return data
    }

    /// Reads a value, turning a decoding failure into a `FormatProblem` that names the field but never its contents.
    /// Control characters in the file's text are left out: they never reach a plan, the screen or a terminal.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(FormatProblem) -> T {
        do {
            return try decoder().decode(type, from: JSONControlFilter.clean(data))
        } catch let error as DecodingError {
            throw FormatProblem(error)
        } catch {
            throw FormatProblem(path: "", reason: "is not valid JSON")
        }
    }

    /// The `schemaVersion` of a JSON object, read without understanding the rest.
    public static func schemaVersion(of data: Data) -> Int? {
        struct Versioned: Decodable { var schemaVersion: Int }
        return try? JSONDecoder().decode(Versioned.self, from: data).schemaVersion
    }
}

/// Moments in time (`createdAt`, `updatedAt`) as ISO 8601, to the second, in UTC.
public enum Timestamp {
    /// Whole seconds as "2026-05-03T10:00:00Z"; a time read with fractions of a second keeps its milliseconds.
    public static func format(_ date: Date) -> String {
        // Counted as Date keeps them, from 2001, so no precision is lost converting. Rounded here: the format
        // style cuts fractions short, so "…12.520Z" read back would be written "…12.519Z", a millisecond
        // earlier at every save.
        let seconds = date.timeIntervalSinceReferenceDate
        let whole = seconds.rounded(.down)
        let milliseconds = Int(((seconds - whole) * 1000).rounded())
        let text = Date(timeIntervalSinceReferenceDate: milliseconds == 1000 ? whole + 1 : whole).formatted(
            Date.ISO8601FormatStyle())
        guard milliseconds > 0, milliseconds < 1000, text.hasSuffix("Z") else { return text }
        return text.dropLast() + "." + String(printf: "%03d", milliseconds) + "Z"
    }

    /// Read to the millisecond, the most a file keeps, so that a time read, saved and read again is the same.
    public static func parse(_ text: String) -> Date? {
        if let date = (try? Date.ISO8601FormatStyle().parse(text))
            ?? (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
        {
            return Date(timeIntervalSinceReferenceDate: (date.timeIntervalSinceReferenceDate * 1000).rounded() / 1000)
        }
        guard text.count == 10, let day = CalendarDay(iso: text) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(day.dayNumber) * 86_400)
    }

    /// Whole seconds, so a moment survives a round trip through the file unchanged.
    public static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}

/// What is wrong with a data file, named by where it is ("network[2].ring"), never by what it holds.
public struct FormatProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        path.isEmpty ? "the file \(reason)" : "\(path) \(reason)"
    }

    init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(path: Self.path(context.codingPath + [key]), reason: "is missing")
        case .valueNotFound(_, let context):
            self.init(path: Self.path(context.codingPath), reason: "is empty but needs a value")
        case .typeMismatch(let type, let context):
            self.init(path: Self.path(context.codingPath), reason: "should be \(Self.describe(type))")
        case .dataCorrupted(let context):
            self.init(path: Self.path(context.codingPath), reason: Self.reason(for: context))
        @unknown default:
            self.init(path: "", reason: "could not be read")
        }
    }

    static func path(_ keys: [CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    private static func reason(for context: DecodingError.Context) -> String {
        guard let field = context.codingPath.last?.stringValue else { return "is not valid JSON" }
        // Foundation's own message here quotes the bad value, which may be personal.
        if context.debugDescription.hasPrefix("Cannot initialize") {
            return "is not one of: " + allowedWords(for: field, in: context.codingPath).joined(separator: ", ")
        }
        return context.debugDescription
    }

    private static func allowedWords(for field: String, in path: [CodingKey]) -> [String] {
        let inSteps = path.contains { $0.stringValue == "steps" }
        switch field {
        case "kind" where path.contains { $0.stringValue == "assets" }: return AssetKind.allCases.map(\.rawValue)
        case "kind": return ConnectionKind.allCases.map(\.rawValue)
        case "feeling": return Feeling.allCases.map(\.rawValue)
        case "owner": return AssetOwner.allCases.map(\.rawValue)
        case "status" where inSteps: return StepStatus.allCases.map(\.rawValue)
        case "status": return GoalStatus.allCases.map(\.rawValue)
        case "recentEvent": return RecentEvent.allCases.map(\.rawValue)
        case "by": return Author.allCases.map(\.rawValue)
        default: return ["the allowed words"]
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "a list"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object"
        }
    }
}
