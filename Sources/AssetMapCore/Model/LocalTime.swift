import FoundationEssentials

/// The machine's own time zone, from the C library: FoundationEssentials by itself knows no time zone but GMT
/// (the others come with ICU), and a day must be the day it is where the person is.
public enum LocalTime {
    /// The zone's offset from GMT at that moment, summer time included.
    public static func zone(at date: Date) -> TimeZone {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return .gmt }
        return TimeZone(secondsFromGMT: parts.tm_gmtoff) ?? .gmt
    }
}
