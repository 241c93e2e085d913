import AssetMapCore

/// What the program needs from a terminal. The real one writes to it as its terminfo entry says; tests use a recording one.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// Shows a canvas, sending only the cells that changed since the last one, and hands back one to draw the next
    /// frame on (the frame shown before, which it no longer needs), so that drawing does not take new memory each time.
    func draw(_ canvas: inout Canvas)
    /// Waits up to `timeoutMilliseconds` for keys, a resize or a signal; returns what happened (maybe nothing).
    func waitForEvents(timeoutMilliseconds: Int) -> [TerminalEvent]
    /// Asks the terminal to report clicks and the wheel, or to stop (the setting "The mouse").
    func reportMouse(_ on: Bool)
}

public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    /// The terminal went away (window closed, connection dropped).
    case hangUp
    /// Asked to stop (SIGTERM or SIGINT).
    case terminate
}
