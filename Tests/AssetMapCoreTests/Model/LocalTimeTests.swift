import AssetMapCore
import Foundation
import Testing

/// The program links no ICU, so FoundationEssentials alone would put every day in GMT: late on a summer evening
/// in the UK it would already be tomorrow. The day must be the day where the person is.
@Suite(.serialized) struct LocalTimeTests {
    func inTimeZone<T>(_ zone: String, _ body: () throws -> T) rethrows -> T {
        let old = getenv("TZ").map { String(cString: $0) }
        setenv("TZ", zone, 1)
        tzset()
        defer {
            if let old { setenv("TZ", old, 1) } else { unsetenv("TZ") }
            tzset()
        }
        return try body()
    }

    /// 23:30 GMT on 1 June 2026 is half past midnight on 2 June in London.
    let lateSummerEvening = Date(timeIntervalSince1970: 1_780_356_600)

    @Test func aSummerMidnightInLondonIsTheNextDay() {
        inTimeZone("Europe/London") {
            #expect(LocalTime.zone(at: lateSummerEvening).secondsFromGMT(for: lateSummerEvening) == 3600)
            #expect(CalendarDay(lateSummerEvening) == CalendarDay(iso: "2026-06-02")!)
            #expect(DayText.moment(lateSummerEvening, today: CalendarDay(iso: "2026-06-02")!).hasSuffix("at 00:30"))
        }
    }

    @Test func aWinterDayInLondonIsGMTAndNewYorkIsBehind() {
        let winter = Date(timeIntervalSince1970: 1_767_225_600 + 3 * 3600)
        inTimeZone("Europe/London") {
            #expect(CalendarDay(winter) == CalendarDay(iso: "2026-01-01")!)
        }
        inTimeZone("America/New_York") {
            #expect(CalendarDay(winter) == CalendarDay(iso: "2025-12-31")!)
        }
    }
}
