import FoundationEssentials

/// A date on the calendar with no time and no time zone, such as when a step is due.
/// Stored as "2026-05-03"; a full ISO 8601 timestamp written by hand is read by its date part.
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDay.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads "2026-05-03", or the date part of "2026-05-03T10:00:00Z".
    public init?(iso text: String) {
        // Read from the text's own bytes where it keeps them together, as a native string does: the caseload's index
        // holds two dates for every plan.
        let bytes = text.utf8
        guard let parts = bytes.withContiguousStorageIfAvailable(Self.isoParts) ?? Self.isoParts(Array(bytes)) else {
            return nil
        }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    private typealias Parts = (year: Int, month: Int, day: Int)

    private static func isoParts<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Parts?
    where Bytes.Index == Int {
        let start = bytes.startIndex
        guard bytes.count >= 10, bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-") else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = bytes[start + index]
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
                value = value * 10 + Int(digit - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return (year, month, day)
    }

    /// The day a moment falls on in the given time zone (the machine's own by default).
    /// Counted from the moment's seconds and the zone's offset, as the Gregorian calendar counts days, without making a
    /// calendar (which took a twentieth of the work before the first frame); before the calendar began in October
    /// 1582, when Foundation's calendar counts Julian days, and after 9999, the calendar is asked.
    public init(_ date: Date, in timeZone: TimeZone? = nil) {
        let zone = timeZone ?? LocalTime.zone(at: date)
        let days = ((date.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: date))) / 86_400).rounded(.down)
        if days >= Double(Self.gregorianStart), days <= Double(Self.lastCounted) {
            let counted = CalendarDay(dayNumber: Int(days))
            (year, month, day) = (counted.year, counted.month, counted.day)
            return
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        year = parts.year ?? 1970
        month = parts.month ?? 1
        day = parts.day ?? 1
    }

    public var iso: String {
        String(printf: "%04d-%02d-%02d", year, month, day)
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1 January 1970, so that days can be counted without a calendar or time zone.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// 15 October 1582 and 31 December 9999, as day numbers.
    static let gregorianStart = -141_427
    static let lastCounted = 2_932_896

    public func adding(days: Int) -> CalendarDay {
        CalendarDay(dayNumber: dayNumber + days)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "is not a date like 2026-05-03")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
