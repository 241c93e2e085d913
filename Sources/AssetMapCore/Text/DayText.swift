import Foundation

/// Dates as people read and type them in the UK: "3 May 2026", "3/5/2026", "today", "tomorrow".
public enum DayText {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// "3 May 2026"; the year is left off when it is this year.
    public static func show(_ day: CalendarDay, today: CalendarDay? = nil) -> String {
        let base = "\(day.day) \(monthNames[day.month - 1])"
        return day.year == today?.year ? base : "\(base) \(day.year)"
    }

    /// "3 May", or "3 May 25" in another year: for narrow columns.
    public static func brief(_ day: CalendarDay, today: CalendarDay) -> String {
        let base = "\(day.day) \(monthNames[day.month - 1].prefix(3))"
        return day.year == today.year ? base : base + String(format: " %02d", day.year % 100)
    }

    /// "3 May 2026" always, for lists that mix years.
    public static func long(_ day: CalendarDay) -> String {
        "\(day.day) \(monthNames[day.month - 1]) \(day.year)"
    }

    /// "today", "yesterday", "3 days ago", otherwise the date.
    public static func relative(_ day: CalendarDay, today: CalendarDay) -> String {
        switch today.dayNumber - day.dayNumber {
        case 0: return "today"
        case 1: return "yesterday"
        case 2...6: return "\(today.dayNumber - day.dayNumber) days ago"
        case -1: return "tomorrow"
        default: return show(day, today: today)
        }
    }

    /// A moment said by its day and time of day here: "today at 10:44", "3 December at 09:05".
    public static func moment(_ date: Date, today: CalendarDay) -> String {
        let parts = Calendar.current.dateComponents([.hour, .minute], from: date)
        return relative(CalendarDay(date), today: today) + " at " + String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// When a step is due, said kindly: "by 3 May", "today", "was due 3 May".
    /// `brief` shortens the month ("3 Dec") for narrow columns.
    public static func due(_ day: CalendarDay, today: CalendarDay, brief: Bool = false) -> String {
        let when = brief ? "\(day.day) \(monthNames[day.month - 1].prefix(3))" : show(day, today: today)
        if day == today { return "due today" }
        if day < today { return "was due \(when)" }
        return "by \(when)"
    }

    /// Reads a typed date; nil when it cannot be understood. Day before month, as in the UK.
    public static func parse(_ text: String, today: CalendarDay) -> CalendarDay? {
        let words = text.trimmed.lowercased()
        switch words {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        case "next week": return today.adding(days: 7)
        default: break
        }
        if let day = CalendarDay(iso: words), words.count == 10 { return day }
        let parts = words.split { $0 == "/" || $0 == " " || $0 == "-" || $0 == "." || $0 == "," }.map(String.init)
        guard parts.count == 2 || parts.count == 3, let day = Int(parts[0].filter(\.isNumber)) else { return nil }
        guard let month = Int(parts[1]) ?? monthNumber(parts[1]) else { return nil }
        var year = today.year
        if parts.count == 3 {
            guard let typed = Int(parts[2]) else { return nil }
            year = typed < 100 ? 2000 + typed : typed
        }
        return CalendarDay(year: year, month: month, day: day)
    }

    static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return monthNames.firstIndex { $0.lowercased().hasPrefix(word) }.map { $0 + 1 }
    }
}
