import AssetMapCore
import AssetMapUI
import CNcurses
import FoundationEssentials

public struct TerminalStartError: Error, CustomStringConvertible {
    public var description: String
}

/// The real terminal, through ncursesw. Draws only the cells that changed, reads keys itself
/// (so the key decoder stays pure and testable), and turns signals into events through a pipe.
public final class NcursesTerminal: TerminalBackend {
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
    private let styles: [Role: (attributes: attr_t, pair: Int16)]
    private var screen: OpaquePointer?
    private var savedStderr: Int32 = -1
    private var cursorVisible = false
    /// Set at the first frame: until then nothing has been sent to the terminal.
    private var started = false
    /// Without an alternate screen, the terminal keeps what scrolls off, so leaving clears its scrollback too.
    private let clearsScrollback: Bool
    /// How long a lone Esc waits for the rest of an escape sequence.
    private let escapeDelayMilliseconds: Int32 = 25

    public init(theme: Theme) throws {
        // One variable read as it is: the whole environment as a dictionary costs more than starting ncurses.
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        switch am_terminal_can_address_cursor() {
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
        // Before ncurses changes anything, so that a crash puts the terminal back as the person had it.
        am_save_terminal_settings()
        var fds: [Int32] = [-1, -1]
        guard am_pipe(&fds) == 0 else {
            throw TerminalStartError(description: "assetmap could not set up its signal handling.")
        }
        signalRead = fds[0]
        signalWrite = fds[1]
        for signal in [SIGWINCH, SIGHUP, SIGTERM, SIGINT, SIGQUIT] {
            am_watch_signal(signal, signalWrite)
        }
        am_ignore_signal(SIGPIPE)
        guard let screen = am_newterm() else {
            throw TerminalStartError(
                description: "assetmap does not know this kind of terminal (TERM=\(term)); try TERM=xterm-256color.")
        }
        self.screen = screen
        set_term(screen)
        clearsScrollback = am_has_alternate_screen() == 0
        raw()
        noecho()
        nonl()
        intrflush(am_stdscr(), false)
        // ncurses would look for typed keys while it updates the screen, sending what it has so far each time it looks;
        // the run loop reads every waiting key before it draws, so an update is sent whole, in fewer writes.
        typeahead(-1)
        let useColour = theme.colour && has_colors()
        if useColour {
            start_color()
            use_default_colors()
        }
        styles = NcursesTerminal.makeStyles(theme, colour: useColour)
        size = Size(width: Int(am_cols()), height: Int(am_lines()))
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

    /// Puts the terminal back as it was: paste mode off, screen cleared (nothing personal left behind), cursor shown.
    /// Without an alternate screen, clearing pushes the last screen into the scrollback, so that is cleared as well
    /// (ESC [3J, which terminals that cannot do it ignore).
    public func stop() {
        guard screen != nil else { return }
        mouseWanted = false
        sendMouseMode()
        NcursesTerminal.writeRaw("\u{1B}[?2004l")
        erase()
        refresh()
        curs_set(1)
        endwin()
        delscreen(screen)
        screen = nil
        if started, clearsScrollback { NcursesTerminal.writeRaw("\u{1B}[3J") }
        if savedStderr >= 0 {
            dup2(savedStderr, 2)
            close(savedStderr)
            savedStderr = -1
        }
        for signal in [SIGWINCH, SIGHUP, SIGTERM, SIGINT, SIGQUIT] {
            am_default_signal(signal)
        }
    }

    public func draw(_ canvas: Canvas) {
        guard screen != nil, canvas.size == size else { return }
        if !started {
            // Only now, so that the first thing the terminal is sent is the whole first screen.
            NcursesTerminal.writeRaw("\u{1B}[?2004h")
            curs_set(0)
            started = true
            sendMouseMode()
        }
        if shown?.size != canvas.size { erase() }
        var run = AsciiRun()
        CanvasDiff.forEachChange(from: shown, to: canvas) { point in
            guard let (byte, role) = canvas.printableASCII(at: point) else {
                put(run)
                run.clear()
                put(canvas[point.x, point.y], x: point.x, y: point.y)
                return
            }
            if run.extend(with: byte, role: role, at: point) { return }
            put(run)
            run.start(with: byte, role: role, at: point)
        }
        put(run)
        if let cursor = canvas.cursor {
            if !cursorVisible { curs_set(1) }
            cursorVisible = true
            move(Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        refresh()
        shown = canvas
    }

    public func reportMouse(_ on: Bool) {
        mouseWanted = on
        if started { sendMouseMode() }
    }

    /// Button presses and the wheel (1000) in the SGR form (1006), which has no limit on the column or row.
    /// With reports on, most terminals still select text for copying when Shift is held.
    private func sendMouseMode() {
        guard mouseWanted != mouseReported else { return }
        NcursesTerminal.writeRaw(mouseWanted ? "\u{1B}[?1000h\u{1B}[?1006h" : "\u{1B}[?1006l\u{1B}[?1000l")
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
                resizeterm(rows, cols)
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

    private func put(_ run: AsciiRun) {
        guard !run.bytes.isEmpty else { return }
        let style = styles[run.role] ?? (am_normal(), 0)
        run.bytes.withUnsafeBufferPointer { bytes in
            _ = am_put_ascii(
                Int32(run.origin.y), Int32(run.origin.x), bytes.baseAddress, Int32(bytes.count), style.attributes,
                style.pair)
        }
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let style = styles[cell.role] ?? (am_normal(), 0)
        var characters = cell.text.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        am_put_cell(Int32(y), Int32(x), characters, style.attributes, style.pair)
    }

    private static func makeStyles(_ theme: Theme, colour: Bool) -> [Role: (attributes: attr_t, pair: Int16)] {
        var styles: [Role: (attributes: attr_t, pair: Int16)] = [:]
        let colours = Int16(clamping: am_colors())
        for role in Role.allCases {
            let style = theme.style(for: role)
            var attributes = am_normal()
            if style.bold == true { attributes |= am_bold() }
            if style.reverse == true { attributes |= am_reverse() }
            if style.underline == true { attributes |= am_underline() }
            if style.dim == true { attributes |= am_dim() }
            var pair: Int16 = 0
            if colour, style.fg != nil || style.bg != nil {
                pair = Int16(role.rawValue) + 1
                let fg = number(style.fg, colours: colours, boldFallback: &attributes)
                let bg = number(style.bg, colours: colours, boldFallback: &attributes)
                init_pair(pair, fg, bg)
            }
            styles[role] = (attributes, pair)
        }
        return styles
    }

    /// Bright colours need a 16-colour terminal; on an 8-colour one they become the plain colour in bold.
    private static func number(_ colour: TerminalColour?, colours: Int16, boldFallback: inout attr_t) -> Int16 {
        guard let colour else { return -1 }
        if colour.number >= 8, colours < 16 {
            boldFallback |= am_bold()
            return colour.number - 8
        }
        return colour.number
    }

    private static func writeRaw(_ text: String) {
        am_flush_stdout()
        _ = text.withCString { write(1, $0, strlen($0)) }
    }
}

/// Changed cells of plain ASCII side by side on a row in one style: most of any screen, and far cheaper
/// to hand to ncurses as one string than a cell at a time.
struct AsciiRun {
    private(set) var origin = Point(x: 0, y: 0)
    private(set) var role = Role.normal
    private(set) var bytes: [CChar] = []

    /// Adds the cell if it carries straight on from the run; false if a new run is needed.
    mutating func extend(with byte: UInt8, role: Role, at point: Point) -> Bool {
        guard !bytes.isEmpty, point.y == origin.y, point.x == origin.x + bytes.count, role == self.role else {
            return false
        }
        bytes.append(CChar(bitPattern: byte))
        return true
    }

    /// Starts a new run with the cell.
    mutating func start(with byte: UInt8, role: Role, at point: Point) {
        bytes.removeAll(keepingCapacity: true)
        origin = point
        self.role = role
        bytes.append(CChar(bitPattern: byte))
    }

    mutating func clear() {
        bytes.removeAll(keepingCapacity: true)
    }
}
