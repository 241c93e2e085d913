import AssetMapCore
import Foundation
import Testing

@Suite struct CalendarDayTests {
    @Test func readsIsoDatesAndTheDatePartOfTimestamps() {
        #expect(CalendarDay(iso: "2026-05-03") == CalendarDay(year: 2026, month: 5, day: 3))
        #expect(CalendarDay(iso: "2026-05-03T23:59:00+01:00") == CalendarDay(year: 2026, month: 5, day: 3))
    }

    @Test func refusesDatesThatDoNotExist() {
        #expect(CalendarDay(iso: "2026-02-29") == nil)
        #expect(CalendarDay(iso: "2028-02-29") != nil)
        #expect(CalendarDay(iso: "2026-13-01") == nil)
        #expect(CalendarDay(iso: "3 May") == nil)
        #expect(CalendarDay(iso: "2026-5-3") == nil)
        #expect(CalendarDay(iso: "+026-05-03") == nil)
        #expect(CalendarDay(iso: "2026-05-3x") == nil)
        #expect(CalendarDay(iso: "２０２６-05-03") == nil)
    }

    @Test func dayNumbersCountDaysAndGoBothWays() {
        let day = CalendarDay(year: 2026, month: 3, day: 1)!
        #expect(CalendarDay(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(day.adding(days: -1) == CalendarDay(year: 2026, month: 2, day: 28))
        #expect(CalendarDay(dayNumber: day.dayNumber) == day)
        #expect(
            CalendarDay(year: 2024, month: 12, day: 31)!.adding(days: 1) == CalendarDay(year: 2025, month: 1, day: 1))
    }

    /// The day of a moment is counted without a calendar; it must be the day the Gregorian calendar gives, at midnight
    /// and a moment either side of it, in summer time and out of it, from 1582 to 9999, and before and after those.
    @Test(arguments: ["UTC", "Europe/London", "America/St_Johns", "Pacific/Kiritimati", "Asia/Kolkata"])
    func theDayOfAMomentIsTheCalendarsDay(zoneName: String) throws {
        let zone = try #require(TimeZone(identifier: zoneName))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var moments: [Double] = [
            -12_219_292_800 - 86_400, -12_219_292_800, -86_400.5, -0.25, 0, 1_777_852_800 - 1_800, 253_402_300_799,
            253_402_300_800 + 86_400,
        ]
        // Two thousand moments spread over the years, each at a different time of day.
        for index in 0..<2_000 {
            moments.append(-12_219_292_800 + Double(index) * 132_810_797 + Double(index % 48) * 1_800)
        }
        for moment in moments {
            for nudge in [-1.0, -0.001, 0, 0.001, 1] {
                let date = Date(timeIntervalSince1970: moment + nudge)
                let parts = calendar.dateComponents([.year, .month, .day], from: date)
                let counted = CalendarDay(date, in: zone)
                #expect(
                    [counted.year, counted.month, counted.day] == [parts.year, parts.month, parts.day],
                    "\(date) in \(zoneName)")
            }
        }
    }

    @Test func theDayOfAMomentDependsOnTheTimeZone() {
        let lateEvening = Date(timeIntervalSince1970: 1_777_852_800 - 1_800)  // 3 May 2026 23:30 UTC
        #expect(CalendarDay(lateEvening, in: TimeZone(identifier: "UTC")!).iso == "2026-05-03")
        #expect(CalendarDay(lateEvening, in: TimeZone(identifier: "Europe/London")!).iso == "2026-05-04")
    }
}
