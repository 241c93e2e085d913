import AssetMapCore

/// How a check is named on screen: by its day, and by its place among checks done the same day, so that two
/// checks on 3 December read "3 Dec (1)" and "3 Dec (2)" rather than the same twice.
enum CheckLabels {
    /// "3 Dec", or "3 Dec (2)" when there were others that day, in at most `width` columns.
    static func short(_ index: Int, in checks: [WellbeingCheck], today: CalendarDay, width: Int = .max) -> String {
        let day = DayText.brief(checks[index].date, today: today)
        guard let number = sameDayNumber(index, in: checks) else { return day }
        let spaced = "\(day) (\(number))"
        return spaced.displayWidth <= width ? spaced : "\(day)(\(number))"
    }

    /// "3 December", or "3 December (2)" when there were others that day, for sentences.
    static func long(_ index: Int, in checks: [WellbeingCheck], today: CalendarDay) -> String {
        let day = DayText.show(checks[index].date, today: today)
        return sameDayNumber(index, in: checks).map { "\(day) (\($0))" } ?? day
    }

    /// The check's place among that day's checks, counting from 1; nil when it was the only one.
    static func sameDayNumber(_ index: Int, in checks: [WellbeingCheck]) -> Int? {
        let date = checks[index].date
        guard checks.count(where: { $0.date == date }) > 1 else { return nil }
        return checks[...index].count { $0.date == date }
    }

    /// "25", or "30/44" when items were skipped, and "*" when the check is not finished.
    static func total(_ check: WellbeingCheck) -> String {
        let score = Well12.score(check)
        return (score.isWhole ? "\(score.total)" : "\(score.total)/\(score.outOf)") + (check.complete ? "" : "*")
    }
}
