import AssetMapCore

/// A press of a mouse button or a turn of the wheel, at a cell of the screen (counted from 0, top left).
/// Releases and movement are not reported: nothing in assetmap is dragged.
public struct MouseEvent: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        case press(Button)
        case wheelUp, wheelDown
    }

    public enum Button: Hashable, Sendable {
        case left, middle, right
    }

    public var action: Action
    public var point: Point
    /// 2 for the second press of a double click, counted by `DoubleClicks`; otherwise 1.
    public var clicks: Int

    public init(_ action: Action, at point: Point, clicks: Int = 1) {
        self.action = action
        self.point = point
        self.clicks = clicks
    }

    public var isDoubleClick: Bool { clicks >= 2 }

    /// From an xterm report: the button number with its flags, and the column and row counted from 1.
    /// Nil for releases, movement, sideways wheels and places off the screen.
    static func fromReport(button: Int, column: Int, row: Int) -> MouseEvent? {
        guard column >= 1, row >= 1, button & 32 == 0 else { return nil }
        let point = Point(x: column - 1, y: row - 1)
        if button & 64 != 0 {
            switch button & 3 {
            case 0: return MouseEvent(.wheelUp, at: point)
            case 1: return MouseEvent(.wheelDown, at: point)
            default: return nil
            }
        }
        switch button & 3 {
        case 0: return MouseEvent(.press(.left), at: point)
        case 1: return MouseEvent(.press(.middle), at: point)
        case 2: return MouseEvent(.press(.right), at: point)
        default: return nil
        }
    }
}

/// Tells a double click from two single ones: a second left press on the same cell soon after the first.
/// The terminal counts with its own clock, so the reducers and their tests see the count, never a time.
public struct DoubleClicks: Sendable {
    public static let windowMilliseconds = 400

    private var last: (point: Point, milliseconds: Int)?

    public init() {}

    public mutating func count(_ event: MouseEvent, atMilliseconds now: Int) -> MouseEvent {
        guard event.action == .press(.left) else { return event }
        var counted = event
        if let last, last.point == event.point, now - last.milliseconds <= Self.windowMilliseconds {
            counted.clicks = 2
            // A third press starts again, rather than being a double click of its own.
            self.last = nil
        } else {
            counted.clicks = 1
            last = (event.point, now)
        }
        return counted
    }
}
