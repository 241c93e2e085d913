/// One WELL12 check: twelve answers from 0 to 4 (nil when skipped), a recent event and notes.
public struct WellbeingCheck: Equatable, Sendable, Identifiable {
    public static let itemCount = 12
    public static let answerRange = 0...4

    public var id: String
    public var date: CalendarDay
    public var answers: [Int?]
    public var complete: Bool
    public var recentEvent: RecentEvent?
    public var recentEventText: String?
    public var notes: String?
    public var by: Author?
    public var unknownKeys: JSONObject = [:]

    public init(
        id: String, date: CalendarDay, answers: [Int?] = Array(repeating: nil, count: WellbeingCheck.itemCount),
        complete: Bool = false, recentEvent: RecentEvent? = nil, recentEventText: String? = nil, notes: String? = nil,
        by: Author? = nil
    ) {
        self.id = id
        self.date = date
        self.answers = answers
        self.complete = complete
        self.recentEvent = recentEvent
        self.recentEventText = recentEventText
        self.notes = notes
        self.by = by
    }
}

public enum RecentEvent: String, CaseIterable, Codable, Sendable {
    case yes, no, notSure
}

extension WellbeingCheck: Codable {
    enum CodingKeys: String, CodingKey {
        case id, date, answers, complete, recentEvent, recentEventText, notes, by
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        date = try c.decode(CalendarDay.self, forKey: .date)
        var read = try c.decodeList([Int?].self, forKey: .answers)
        guard read.count <= Self.itemCount else {
            throw DecodingError.dataCorruptedError(
                forKey: .answers, in: c, debugDescription: "has more than 12 answers")
        }
        guard read.allSatisfy({ $0.map(Self.answerRange.contains) ?? true }) else {
            throw DecodingError.dataCorruptedError(
                forKey: .answers, in: c, debugDescription: "has an answer that is not from 0 to 4")
        }
        read += Array(repeating: nil, count: Self.itemCount - read.count)
        answers = read
        complete = try c.decodeIfPresent(Bool.self, forKey: .complete) ?? false
        recentEvent = try c.decodeIfPresent(RecentEvent.self, forKey: .recentEvent)
        recentEventText = try c.decodeIfPresent(String.self, forKey: .recentEventText)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        by = try c.decodeIfPresent(Author.self, forKey: .by)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(date, forKey: .date)
        var list = c.nestedUnkeyedContainer(forKey: .answers)
        for answer in answers {
            if let answer { try list.encode(answer) } else { try list.encodeNil() }
        }
        try c.encode(complete, forKey: .complete)
        try c.encodeUnlessNil(recentEvent, forKey: .recentEvent)
        try c.encodeUnlessNil(recentEventText, forKey: .recentEventText)
        try c.encodeUnlessNil(notes, forKey: .notes)
        try c.encodeUnlessNil(by, forKey: .by)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}
