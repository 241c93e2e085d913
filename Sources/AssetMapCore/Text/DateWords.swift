/// Dates as people say and type them in the UK, read in this one place: "today", "Saturday",
/// "next Saturday", "in 2 weeks", "in a fortnight", "the 5th", "end of the month", "31 Jan", "31/1", "31/01/2027", "2027-01-31".
public enum DateWords {
    /// What a date is for, which decides the year when none is typed and the week when only a day is.
    public enum Meaning: Sendable {
        /// Something to be done (a step, a review): "31 January" is the next one from today.
        case due
        /// Something that happened (a note, a check): "31 January" is the latest one not after today.
        case happened
    }

    /// The day meant, or nil when the words cannot be understood. Day before month, as in the UK.
    public static func read(_ text: String, today: CalendarDay, meaning: Meaning) -> CalendarDay? {
        var words = text.lowercased().split { $0 == " " || $0 == "," || $0 == "\t" }.map(String.init)
        while let last = words.last, last.hasSuffix(".") { words[words.count - 1] = String(last.dropLast()) }
        words.removeAll { $0.isEmpty || $0 == "the" || $0 == "on" }
        // "in a fortnight's time", "in two weeks' time": the time adds nothing.
        if words.count > 2, words.last == "time" {
            words.removeLast()
            var unit = words[words.count - 1]
            for ending in ["'s", "’s", "'", "’"] where unit.hasSuffix(ending) { unit.removeLast(ending.count) }
            words[words.count - 1] = unit
        }
        guard !words.isEmpty else { return nil }
        if let day = named(words, today: today) { return day }
        if let day = dayOfThisMonth(words, today: today, meaning: meaning) { return day }
        if let day = counted(words, today: today) { return day }
        if let day = weekday(words, today: today, meaning: meaning) { return day }
        // A weekday before a date, as assetmap itself shows dates ("Saturday 5 December"), is a courtesy.
        if words.count > 1, weekdayNumber(words[0]) != nil { words.removeFirst() }
        return calendarDate(words, today: today, meaning: meaning)
    }

    private static func named(_ words: [String], today: CalendarDay) -> CalendarDay? {
        switch words.joined(separator: " ") {
        case "today", "now": return today
        case "tomorrow": return today.adding(days: 1)
        case "day after tomorrow": return today.adding(days: 2)
        case "yesterday": return today.adding(days: -1)
        case "day before yesterday": return today.adding(days: -2)
        case "next week": return today.adding(days: 7)
        case "fortnight", "a fortnight", "next fortnight": return today.adding(days: 14)
        case "last week": return today.adding(days: -7)
        case "next month": return today.addingMonths(1)
        case "last month": return today.addingMonths(-1)
        case "end of month", "end of this month": return today.endOfMonth
        case "end of next month": return today.addingMonths(1, clampedTo: 1).endOfMonth
        default: return nil
        }
    }

    /// "in 3 days", "in a fortnight", "in two months"; "3 days ago", "a week ago".
    private static func counted(_ words: [String], today: CalendarDay) -> CalendarDay? {
        let sign: Int
        let rest: ArraySlice<String>
        if words.first == "in", words.count == 3 {
            sign = 1
            rest = words.dropFirst()
        } else if words.last == "ago", words.count == 3 {
            sign = -1
            rest = words.dropLast()
        } else {
            return nil
        }
        guard let first = rest.first, let number = count(first), let unit = rest.last else { return nil }
        switch unit.hasSuffix("s") ? String(unit.dropLast()) : unit {
        case "day": return today.adding(days: sign * number)
        case "week": return today.adding(days: sign * number * 7)
        case "fortnight": return today.adding(days: sign * number * 14)
        case "month": return today.addingMonths(sign * number)
        case "year": return today.addingMonths(sign * number * 12)
        default: return nil
        }
    }

    /// "Saturday", "this Saturday", "next Saturday" (a week after this one), "last Saturday".
    private static func weekday(_ words: [String], today: CalendarDay, meaning: Meaning) -> CalendarDay? {
        guard let name = words.last, let wanted = weekdayNumber(name), words.count <= 2 else { return nil }
        let ahead = (wanted - today.weekday + 7) % 7
        let behind = (today.weekday - wanted + 7) % 7
        switch words.count == 2 ? words[0] : "" {
        // As many in the UK say it: on a Thursday, "Friday" is tomorrow and "next Friday" the one a week after.
        case "next": return today.adding(days: ahead == 0 ? 7 : ahead + 7)
        case "last": return today.adding(days: behind == 0 ? -7 : -behind)
        case "this": return meaning == .due ? today.adding(days: ahead) : today.adding(days: -behind)
        case "":
            // A step due "Friday", typed on a Friday, is next week's: today would have been said "today".
            return meaning == .due ? today.adding(days: ahead == 0 ? 7 : ahead) : today.adding(days: -behind)
        default: return nil
        }
    }

    /// "the 5th": the next 5th of a month for what is due, the latest one for what happened. The ending is needed,
    /// as a number alone may be the start of a date still being typed.
    private static func dayOfThisMonth(_ words: [String], today: CalendarDay, meaning: Meaning) -> CalendarDay? {
        guard words.count == 1, let word = words.first, ["st", "nd", "rd", "th"].contains(where: word.hasSuffix),
            let wanted = dayOfMonth(word), (1...31).contains(wanted)
        else { return nil }
        let step = meaning == .due ? 1 : -1
        // The 31st is not in every month: the nearest month that has one.
        for months in 0...2 {
            let month = today.addingMonths(step * months, clampedTo: 1)
            guard let candidate = CalendarDay(year: month.year, month: month.month, day: wanted) else { continue }
            if meaning == .due ? candidate >= today : candidate <= today { return candidate }
        }
        return nil
    }

    /// "31 Jan", "31st January 2027", "Jan 31", "31/1", "31-01-27", "31.1.2027", "2027-01-31".
    private static func calendarDate(_ words: [String], today: CalendarDay, meaning: Meaning) -> CalendarDay? {
        var parts = words
        if parts.count == 1 {
            if let day = CalendarDay(iso: parts[0]), parts[0].count == 10 { return day }
            parts = parts[0].split { $0 == "/" || $0 == "-" || $0 == "." }.map(String.init)
        }
        guard parts.count == 2 || parts.count == 3 else { return nil }
        var day = dayOfMonth(parts[0])
        var month = Int(parts[1]) ?? monthNumber(parts[1])
        if day == nil || month == nil, let swappedMonth = monthNumber(parts[0]), let swappedDay = dayOfMonth(parts[1]) {
            day = swappedDay
            month = swappedMonth
        }
        guard let day, let month, (1...12).contains(month), (1...31).contains(day) else { return nil }
        guard parts.count == 3 else { return nearest(month: month, day: day, today: today, meaning: meaning) }
        guard parts[2].allSatisfy(\.isASCII), let typed = Int(parts[2]), typed >= 0 else { return nil }
        return CalendarDay(year: typed < 100 ? 2000 + typed : typed, month: month, day: day)
    }

    /// The next such date from today, or the latest not after it; 29 February looks to the next leap year.
    private static func nearest(month: Int, day: Int, today: CalendarDay, meaning: Meaning) -> CalendarDay? {
        let step = meaning == .due ? 1 : -1
        for offset in 0...8 {
            guard let candidate = CalendarDay(year: today.year + step * offset, month: month, day: day) else {
                continue
            }
            if meaning == .due ? candidate >= today : candidate <= today { return candidate }
        }
        return nil
    }

    private static func dayOfMonth(_ word: String) -> Int? {
        var digits = Substring(word)
        for ending in ["st", "nd", "rd", "th"] where digits.hasSuffix(ending) {
            digits = digits.dropLast(2)
        }
        guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy(\.isASCII) else { return nil }
        return Int(digits)
    }

    static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return DayText.monthNames.firstIndex { $0.lowercased().hasPrefix(word) }.map { $0 + 1 }
    }

    /// Monday is 0, as in the UK week.
    static func weekdayNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        let word = word == "tues" ? "tue" : word == "thur" || word == "thurs" ? "thu" : word
        return DayText.weekdayNames.firstIndex { $0.lowercased().hasPrefix(word) }
    }

    private static func count(_ word: String) -> Int? {
        if let number = Int(word), number >= 0, number <= 1000, word.allSatisfy(\.isASCII) { return number }
        let words = [
            "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        ]
        return words[word]
    }
}

extension CalendarDay {
    /// Monday is 0 and Sunday 6; 1 January 1970 was a Thursday.
    public var weekday: Int {
        ((dayNumber + 3) % 7 + 7) % 7
    }

    public var endOfMonth: CalendarDay {
        CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year)) ?? self
    }

    /// The same day of another month, or that month's last day when it is shorter (31 January + 1 month is 28 or
    /// 29 February). `clampedTo` sets the day first, for "the end of next month".
    func addingMonths(_ months: Int, clampedTo fixedDay: Int? = nil) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        let wanted = fixedDay ?? day
        let newDay = min(wanted, CalendarDay.daysIn(month: newMonth, year: newYear))
        return CalendarDay(year: newYear, month: newMonth, day: newDay) ?? self
    }
}
