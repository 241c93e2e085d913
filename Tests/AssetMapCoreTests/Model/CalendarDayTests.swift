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

    @Test func theDayOfAMomentDependsOnTheTimeZone() {
        let lateEvening = Date(timeIntervalSince1970: 1_777_852_800 - 1_800)  // 3 May 2026 23:30 UTC
        #expect(CalendarDay(lateEvening, in: TimeZone(identifier: "UTC")!).iso == "2026-05-03")
        #expect(CalendarDay(lateEvening, in: TimeZone(identifier: "Europe/London")!).iso == "2026-05-04")
    }
}
