import FoundationEssentials

/// Dates as people read and type them in the UK: "3 May 2026", "3/5/2026", "today", "tomorrow".
public enum DayText {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// "3 May 2026"; the year is left off when it is this year.
    public static func show(_ day: CalendarDay, today: CalendarDay? = nil) -> String {
        let base = "\(day.day) \(monthNames[day.month - 1])"
        return day.year == today?.year ? base : "\(base) \(day.year)"
    }

    /// "3 May", or "3 May 25" in another year: for narrow columns.
    public static func brief(_ day: CalendarDay, today: CalendarDay) -> String {
        let base = "\(day.day) \(monthNames[day.month - 1].prefix(3))"
        return day.year == today.year ? base : base + String(printf: " %02d", day.year % 100)
    }

    /// "3 May 2026" always, for lists that mix years.
    public static func long(_ day: CalendarDay) -> String {
        "\(day.day) \(monthNames[day.month - 1]) \(day.year)"
    }

    /// "3 Sep 2026": the month cut to three letters, for the heads of narrow columns.
    public static func abbreviated(_ day: CalendarDay) -> String {
        "\(day.day) \(monthNames[day.month - 1].prefix(3)) \(day.year)"
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
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = LocalTime.zone(at: date)
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return relative(CalendarDay(date), today: today) + " at "
            + String(printf: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// When a step is due, said kindly: "by 3 May", "today", "was due 3 May".
    /// `brief` shortens the month ("3 Dec") for narrow columns.
    public static func due(_ day: CalendarDay, today: CalendarDay, brief: Bool = false) -> String {
        let when = brief ? "\(day.day) \(monthNames[day.month - 1].prefix(3))" : show(day, today: today)
        if day == today { return "due today" }
        if day < today { return "was due \(when)" }
        return "by \(when)"
    }

    /// "Saturday 5 December", with the year when it is not this year: how a typed date was understood.
    public static func spoken(_ day: CalendarDay, today: CalendarDay) -> String {
        "\(weekdayNames[day.weekday]) \(show(day, today: today))"
    }
}
