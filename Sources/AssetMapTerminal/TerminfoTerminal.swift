import AssetMapCore
import AssetMapUI
import CNcurses
import FoundationEssentials

public struct TerminalStartError: Error, CustomStringConvertible {
    public var description: String
}

/// The real terminal, described by terminfo (through ncursesw's library) and set to raw mode here; each frame is the
/// bytes for the cells that changed (`FrameBytes`), written at once; keys are read here (so the key decoder stays pure
/// and testable), and signals come as events through a pipe. ncurses's own screens are not used: they would keep
/// three copies of the whole screen that nothing reads.
public final class TerminfoTerminal: TerminalBackend {
    public private(set) var size: Size
    private var shown: Canvas?
    private var decoder = KeyDecoder()
    private var doubleClicks = DoubleClicks()
    private let clockStart = ContinuousClock.now
    /// Whether clicks and the wheel are wanted, and whether the terminal has been asked for them.
    private var mouseWanted = false
    private var mouseReported = false
    private let signalRead: Int32
    private let signalWrite: Int32
    private var frames: FrameBytes
    /// What enters and leaves the alternate screen, and what leaves the keypad's application mode.
    private let enterScreen: [UInt8]
    private let leaveScreen: [UInt8]
    private let keypadLocal: [UInt8]
    private var running = true
    private var savedStderr: Int32 = -1
    /// Set at the first frame: until then nothing has been sent to the terminal.
    private var started = false
    /// Without an alternate screen, the terminal keeps what scrolls off, so leaving clears its scrollback too.
    private let clearsScrollback: Bool
    /// How long a lone Esc waits for the rest of an escape sequence.
    private let escapeDelayMilliseconds: Int32 = 25

    public init(theme: Theme) throws {
        // One variable read as it is: the whole environment as a dictionary costs more than reading the description.
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        switch am_load_terminal() {
        case -1:
            throw TerminalStartError(
                description: "assetmap does not know this kind of terminal (TERM=\(term)); try TERM=xterm-256color.")
        case 0:
            throw TerminalStartError(
                description: "assetmap places text all over the screen, which this terminal (TERM=\(term)) cannot do; "
                    + "use a terminal program such as xterm, or see the plans without one with assetmap list.")
        default:
            break
        }
        // Before raw mode, so that leaving or a crash puts the terminal back as the person had it.
        am_save_terminal_settings()
        var fds: [Int32] = [-1, -1]
        guard am_pipe(&fds) == 0 else {
            am_unload_terminal()
            throw TerminalStartError(description: "assetmap could not set up its signal handling.")
        }
        signalRead = fds[0]
        signalWrite = fds[1]
        for signal in [SIGWINCH, SIGHUP, SIGTERM, SIGINT, SIGQUIT] {
            am_watch_signal(signal, signalWrite)
        }
        am_ignore_signal(SIGPIPE)
        // Stopped from outside, the program would leave the shell a terminal in raw mode.
        am_ignore_signal(SIGTSTP)
        am_enter_raw_mode()
        let description = TerminalDescription.codes(theme: theme)
        frames = FrameBytes(codes: description.codes)
        enterScreen = description.enterScreen
        leaveScreen = description.leaveScreen
        keypadLocal = description.keypadLocal
        clearsScrollback = enterScreen.isEmpty
        size = TerminfoTerminal.windowSize()
        // Anything written to stderr would corrupt the screen; a crash says one plain line instead.
        savedStderr = dup(2)
        am_prepare_for_crash(
            savedStderr,
            "\nassetmap stopped because of a fault. Plans are saved up to the last change; run assetmap check.\n",
            clearsScrollback ? 1 : 0)
        am_install_crash_handler()
        let null = open("/dev/null", O_WRONLY)
        if null >= 0 {
            dup2(null, 2)
            close(null)
        }
    }

    deinit { stop() }

    /// Puts the terminal back as it was: paste mode off, screen cleared (nothing personal left behind), cursor shown,
    /// the alternate screen left, and the settings from before raw mode. Without an alternate screen, clearing
    /// pushes the last screen into the scrollback, so that is cleared as well (ESC [3J, which terminals that cannot
    /// do it ignore).
    public func stop() {
        guard running else { return }
        running = false
        mouseWanted = false
        sendMouseMode()
        if started {
            TerminfoTerminal.writeAll(
                Array("\u{1B}[?2004l".utf8) + frames.farewell() + leaveScreen + Array("\r".utf8) + keypadLocal)
            if clearsScrollback { TerminfoTerminal.writeRaw("\u{1B}[3J") }
        }
        am_restore_terminal_settings()
        am_unload_terminal()
        if savedStderr >= 0 {
            dup2(savedStderr, 2)
            close(savedStderr)
            savedStderr = -1
        }
        for signal in [SIGWINCH, SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGTSTP] {
            am_default_signal(signal)
        }
    }

    public func draw(_ canvas: inout Canvas) {
        guard running, canvas.size == size else { return }
        if !started {
            // Only now, so that the first thing the terminal is sent is the whole first screen.
            TerminfoTerminal.writeAll(enterScreen + Array("\u{1B}[?2004h".utf8))
            started = true
            sendMouseMode()
        }
        TerminfoTerminal.writeAll(frames.frame(from: shown, to: canvas))
        let before = shown
        shown = canvas
        canvas = before ?? Canvas(size: canvas.size)
    }

    public func reportMouse(_ on: Bool) {
        mouseWanted = on
        if started { sendMouseMode() }
    }

    /// Button presses and the wheel (1000) in the SGR form (1006), which has no limit on the column or row.
    /// With reports on, most terminals still select text for copying when Shift is held.
    private func sendMouseMode() {
        guard mouseWanted != mouseReported else { return }
        TerminfoTerminal.writeRaw(mouseWanted ? "\u{1B}[?1000h\u{1B}[?1006h" : "\u{1B}[?1006l\u{1B}[?1000l")
        mouseReported = mouseWanted
    }

    private var milliseconds: Int {
        let elapsed = ContinuousClock.now - clockStart
        return Int(elapsed.components.seconds) * 1000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
    }

    private func counted(_ keys: [Key]) -> [TerminalEvent] {
        keys.map { key in
            guard case .mouse(let event) = key else { return .key(key) }
            return .key(.mouse(doubleClicks.count(event, atMilliseconds: milliseconds)))
        }
    }

    public func waitForEvents(timeoutMilliseconds: Int) -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        var fds = [
            pollfd(fd: 0, events: Int16(POLLIN), revents: 0), pollfd(fd: signalRead, events: Int16(POLLIN), revents: 0),
        ]
        let timeout = decoder.isWaiting ? escapeDelayMilliseconds : Int32(clamping: timeoutMilliseconds)
        let ready = poll(&fds, 2, timeout)
        if ready == 0, decoder.isWaiting {
            return counted(decoder.flush())
        }
        guard ready > 0 else { return [] }
        if fds[1].revents & Int16(POLLIN) != 0 {
            events += readSignals()
        }
        if fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count > 0 {
                events += counted(decoder.feed(buffer[0..<count]))
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                events.append(.hangUp)
            }
        }
        return events
    }

    private func readSignals() -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBytes { read(signalRead, $0.baseAddress, $0.count) }
        for byte in buffer.prefix(max(0, count)) {
            switch Int32(byte) {
            case SIGWINCH:
                var rows: Int32 = 0
                var cols: Int32 = 0
                guard am_window_size(&rows, &cols) == 0 else { continue }
                size = Size(width: Int(cols), height: Int(rows))
                shown = nil
                events.append(.resize(size))
            case SIGHUP:
                events.append(.hangUp)
            default:
                events.append(.terminate)
            }
        }
        return events
    }

    /// The size the terminal driver gives, else `LINES` and `COLUMNS`, else the description's, else 80 by 24.
    private static func windowSize() -> Size {
        var rows: Int32 = 0
        var cols: Int32 = 0
        if am_window_size(&rows, &cols) == 0 { return Size(width: Int(cols), height: Int(rows)) }
        func number(_ variable: String, _ capability: String, _ fallback: Int) -> Int {
            if let text = getenv(variable), let value = Int(String(cString: text)), value > 0 { return value }
            let described = Int(am_number(capability))
            return described > 0 ? described : fallback
        }
        return Size(width: number("COLUMNS", "cols", 80), height: number("LINES", "lines", 24))
    }

    private static func writeRaw(_ text: String) {
        writeAll(Array(text.utf8))
    }

    /// All of the bytes, in as few writes as the terminal takes: a write cut short by a signal or a full buffer goes on.
    private static func writeAll(_ bytes: [UInt8]) {
        am_flush_stdout()
        bytes.withUnsafeBytes { buffer in
            var sent = 0
            while sent < buffer.count {
                let count = write(1, buffer.baseAddress! + sent, buffer.count - sent)
                if count > 0 {
                    sent += count
                } else if count < 0, errno == EINTR {
                    continue
                } else if count < 0, errno == EAGAIN {
                    var ready = pollfd(fd: 1, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, 100)
                } else {
                    return
                }
            }
        }
    }
}
