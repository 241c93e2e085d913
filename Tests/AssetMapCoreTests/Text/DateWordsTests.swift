import AssetMapCore
import TestSupport
import Testing

/// Dates as people say them, read with a fixed today. Thursday 3 December 2026 is near a year end;
/// the leap day is tried from both sides of it.
@Suite struct DateWordsTests {
    static let thursday = "2026-12-03"

    @Test(arguments: [
        // today, typed words, what it is for, the day meant
        (thursday, "today", DateWords.Meaning.due, "2026-12-03"),
        (thursday, "Tomorrow", .due, "2026-12-04"),
        (thursday, "yesterday", .happened, "2026-12-02"),
        (thursday, "the day after tomorrow", .due, "2026-12-05"),
        (thursday, "Saturday", .due, "2026-12-05"),
        (thursday, "sat", .due, "2026-12-05"),
        (thursday, "on Saturday", .due, "2026-12-05"),
        (thursday, "next Saturday", .due, "2026-12-12"),
        (thursday, "Friday", .due, "2026-12-04"),
        (thursday, "this Friday", .due, "2026-12-04"),
        (thursday, "next Friday", .due, "2026-12-11"),
        (thursday, "this Saturday", .due, "2026-12-05"),
        (thursday, "Thursday", .due, "2026-12-10"),
        (thursday, "this Thursday", .due, "2026-12-03"),
        (thursday, "next thurs", .due, "2026-12-10"),
        (thursday, "Monday", .due, "2026-12-07"),
        (thursday, "Monday", .happened, "2026-11-30"),
        (thursday, "Thursday", .happened, "2026-12-03"),
        (thursday, "last Thursday", .happened, "2026-11-26"),
        (thursday, "last tues", .happened, "2026-12-01"),
        (thursday, "in 3 days", .due, "2026-12-06"),
        (thursday, "in 2 weeks", .due, "2026-12-17"),
        (thursday, "in two weeks", .due, "2026-12-17"),
        (thursday, "in a fortnight", .due, "2026-12-17"),
        (thursday, "fortnight", .due, "2026-12-17"),
        (thursday, "a fortnight", .due, "2026-12-17"),
        (thursday, "In a fortnight's time", .due, "2026-12-17"),
        (thursday, "in two weeks' time", .due, "2026-12-17"),
        (thursday, "a fortnight ago", .happened, "2026-11-19"),
        // A day of the month alone: the next one for what is due, the latest for what happened.
        (thursday, "the 5th", .due, "2026-12-05"),
        (thursday, "the 3rd", .due, "2026-12-03"),
        (thursday, "the 2nd", .due, "2027-01-02"),
        (thursday, "the 5th", .happened, "2026-11-05"),
        (thursday, "the 1st", .happened, "2026-12-01"),
        ("2027-01-31", "the 31st", .due, "2027-01-31"),
        ("2027-02-01", "the 31st", .due, "2027-03-31"),
        ("2027-03-15", "the 30th", .happened, "2027-01-30"),
        (thursday, "in a month", .due, "2027-01-03"),
        (thursday, "in 1 month", .due, "2027-01-03"),
        (thursday, "in a year", .due, "2027-12-03"),
        (thursday, "3 days ago", .happened, "2026-11-30"),
        (thursday, "a week ago", .happened, "2026-11-26"),
        (thursday, "next week", .due, "2026-12-10"),
        (thursday, "last week", .happened, "2026-11-26"),
        (thursday, "end of the month", .due, "2026-12-31"),
        (thursday, "End of month.", .due, "2026-12-31"),
        (thursday, "end of next month", .due, "2027-01-31"),
        (thursday, "next month", .due, "2027-01-03"),
        // No year: the next such date for what is due, the latest not after today for what happened.
        (thursday, "31 January", .due, "2027-01-31"),
        (thursday, "31 Jan", .due, "2027-01-31"),
        (thursday, "31st January", .due, "2027-01-31"),
        (thursday, "January 31", .due, "2027-01-31"),
        (thursday, "31/1", .due, "2027-01-31"),
        (thursday, "31 January", .happened, "2026-01-31"),
        (thursday, "3 December", .due, "2026-12-03"),
        (thursday, "3 December", .happened, "2026-12-03"),
        (thursday, "4 December", .happened, "2025-12-04"),
        (thursday, "2 Dec", .due, "2027-12-02"),
        (thursday, "25/12", .due, "2026-12-25"),
        (thursday, "21 sept", .due, "2027-09-21"),
        (thursday, "Saturday 5 December", .due, "2026-12-05"),
        // With a year, the year typed.
        (thursday, "31/01/2027", .due, "2027-01-31"),
        (thursday, "31/1/27", .happened, "2027-01-31"),
        (thursday, "31-1-2027", .due, "2027-01-31"),
        (thursday, "31.1.2027", .due, "2027-01-31"),
        (thursday, "2027-01-31", .due, "2027-01-31"),
        (thursday, "3 May 2025", .due, "2025-05-03"),
        // 29 February: the next one that exists, or the last one.
        (thursday, "29 Feb", .due, "2028-02-29"),
        (thursday, "29/2", .happened, "2024-02-29"),
        ("2028-02-28", "tomorrow", .due, "2028-02-29"),
        ("2028-02-29", "in a year", .due, "2029-02-28"),
        ("2028-01-31", "in a month", .due, "2028-02-29"),
        ("2028-03-31", "a month ago", .happened, "2028-02-29"),
        // Across the year end.
        ("2026-12-30", "Saturday", .due, "2027-01-02"),
        ("2027-01-02", "last Wednesday", .happened, "2026-12-30"),
        ("2026-12-31", "1 Jan", .due, "2027-01-01"),
        ("2027-01-01", "31 Dec", .happened, "2026-12-31"),
        ("2026-12-20", "in 2 weeks", .due, "2027-01-03"),
    ])
    func readsDatesAsPeopleSayThem(today: String, typed: String, meaning: DateWords.Meaning, expected: String) {
        #expect(DateWords.read(typed, today: Samples.day(today), meaning: meaning) == Samples.day(expected))
    }

    @Test(arguments: [
        "", "   ", "soon", "31 Feb", "31/4", "3/13/2026", "May", "in weeks", "in 3 parsecs", "next soon", "5",
        "the 32nd", "in a time",
        "32 Jan", "0/1", "Saturday 40 December", "٣/٥", "12345678901234567890 days ago", "in -3 days",
    ])
    func saysNothingForWordsItCannotRead(typed: String) {
        #expect(DateWords.read(typed, today: Samples.day(Self.thursday), meaning: .due) == nil)
        #expect(DateWords.read(typed, today: Samples.day(Self.thursday), meaning: .happened) == nil)
    }

    @Test func theDaysOfTheWeekRunFromMonday() {
        #expect(Samples.day("2026-12-07").weekday == 0)
        #expect(Samples.day("2026-12-03").weekday == 3)
        #expect(Samples.day("1970-01-01").weekday == 3)
        #expect(Samples.day("1969-12-28").weekday == 6)
    }
}
