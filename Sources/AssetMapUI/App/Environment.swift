import AssetMapCore
import FoundationEssentials

/// What the reducers need from the outside world, injected so tests can fix the clock and ids.
public struct Environment: Sendable {
    public var now: @Sendable () -> Date
    public var newID: @Sendable () -> String
    /// Nil for the machine's own.
    public var timeZone: TimeZone?

    public init(
        now: @escaping @Sendable () -> Date = { Date() },
        newID: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() },
        timeZone: TimeZone? = nil
    ) {
        self.now = now
        self.newID = newID
        self.timeZone = timeZone
    }

    public var today: CalendarDay { CalendarDay(now(), in: timeZone) }
}
