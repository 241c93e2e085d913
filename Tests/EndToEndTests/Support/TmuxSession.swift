import Foundation
import TestSupport
import Testing

/// A tmux server of its own running one program in one pane, driven with send-keys and read with capture-pane.
final class TmuxSession {
    let socket = "assetmap-e2e-\(UUID().uuidString.prefix(8))"
    /// Set before the program starts, so a pane that ends at once is still there to be read.
    private let config = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
        "tmux-\(UUID().uuidString.prefix(8)).conf")
    /// The program runs under a shell that writes its exit status here: tmux's own record of it is not reliable.
    private let statusFile = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
        "status-\(UUID().uuidString.prefix(8))")
    private(set) var isRunning = false

    init(_ command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        var arguments = ["new-session", "-d", "-x", "\(width)", "-y", "\(height)"]
        for (key, value) in ["LANG": "C.UTF-8", "TERM": "xterm-256color"].merging(environment, uniquingKeysWith: { $1 })
        {
            arguments += ["-e", "\(key)=\(value)"]
        }
        arguments.append(command.map(Self.quote).joined(separator: " ") + "; echo $? > " + Self.quote(statusFile.path))
        try "set -g remain-on-exit on\n".write(to: config, atomically: true, encoding: .utf8)
        try tmux(arguments, startsServer: true)
        isRunning = true
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: config)
        try? FileManager.default.removeItem(at: statusFile)
    }

    /// Keys by tmux name ("Enter", "Escape", "Down", "C-s") or literal text.
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Bytes as the terminal would send them, whatever they are: a Latin-1 letter, say.
    func send(bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", "0", "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    /// Pastes text as a terminal does, marked as a paste when the program asked for that.
    /// tmux sends each line break as CR, as terminals do; `exactly` sends the bytes as they are (a CR LF stays one).
    func paste(_ text: String, exactly: Bool = false) throws {
        try tmux(["set-buffer", "--", text])
        try tmux(["paste-buffer", "-p", "-t", "0"] + (exactly ? ["-r"] : []))
    }

    /// Presses the keys that open a form, waits for its title, types into its first field, saves with Ctrl-S,
    /// and waits for what saving should show, when given.
    func fillIn(
        after keys: String..., form title: String, typing text: String, thenSee shown: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
        try waitFor(title, sourceLocation: sourceLocation)
        try type(text)
        try press("C-s")
        if let shown { try waitFor(shown, sourceLocation: sourceLocation) }
    }

    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", "0"]).components(separatedBy: "\n")
    }

    /// The screen with its styles, as the escape sequences that would draw it again.
    func styledScreen() throws -> [String] {
        try tmux(["capture-pane", "-p", "-e", "-t", "0"]).components(separatedBy: "\n")
    }

    /// Everything the pane ever showed, including what scrolled off the top.
    func history() throws -> String {
        try tmux(["capture-pane", "-p", "-S", "-1000", "-t", "0"])
    }

    /// One of tmux's values about the pane, such as "#{mouse_sgr_flag}" (1 while the program asks for SGR mouse reports).
    func paneValue(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pane's title, which a program can change with an escape sequence.
    func title() throws -> String {
        try tmux(["display-message", "-p", "-t", "0", "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The program's own process: the child of the shell the pane runs.
    var processID: Int32 {
        get throws {
            let shell = try tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(
                in: .whitespacesAndNewlines)
            let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            return try #require(children.split(separator: " ").first.flatMap { Int32($0) }, "assetmap is not running")
        }
    }

    /// True once the program has ended.
    var hasExited: Bool { exitStatus != nil }

    /// How the program ended: its exit status, or 128 plus the signal that killed it, as a shell says.
    var exitStatus: Int32? {
        (try? String(contentsOf: statusFile, encoding: .utf8)).flatMap {
            Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// Waits until the screen shows the text; fails the test with the screen if it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> [String]
    {
        let deadline = Date().addingTimeInterval(timeout)
        var lines: [String] = []
        while Date() < deadline {
            lines = try screen()
            if lines.joined(separator: "\n").contains(text) { return lines }
            usleep(50_000)
        }
        Issue.record(
            "The screen never showed \"\(text)\". It showed:\n\(lines.joined(separator: "\n"))",
            sourceLocation: sourceLocation)
        return lines
    }

    /// Waits until the whole screen satisfies a condition (a capture can catch a screen half redrawn).
    @discardableResult
    func waitUntil(
        _ description: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: ([String]) -> Bool
    ) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines: [String] = []
        while Date() < deadline {
            lines = try screen()
            if condition(lines) { return lines }
            usleep(50_000)
        }
        Issue.record(
            "The screen never showed \(description). It showed:\n\(lines.joined(separator: "\n"))",
            sourceLocation: sourceLocation)
        return lines
    }

    /// Waits for the program to end.
    func waitForExit(timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if hasExited { return true }
            usleep(50_000)
        }
        return false
    }

    /// From the caseload: the form for a new plan, with the name typed in and not yet kept.
    func typeNewPlan(named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try press("a")
        try waitFor("Start a plan", sourceLocation: sourceLocation)
        try type(name)
    }

    /// Back from a plan to the caseload and out of assetmap; true once the program has ended.
    func leavePlanAndQuit(sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        try press("q")
        try waitFor("Caseload", sourceLocation: sourceLocation)
        try press("q")
        return waitForExit()
    }

    /// Ends the session as closing a terminal window does: the program gets a hang-up.
    func hangUp() throws {
        try tmux(["kill-session", "-t", "0"])
        isRunning = false
    }

    /// Runs a tmux command. The call that starts the server must not be given a pipe: the server
    /// would keep it open, and reading it would never end.
    @discardableResult
    private func tmux(_ arguments: [String], startsServer: Bool = false) throws -> String {
        let command = ["tmux", "-u", "-L", socket, "-f", config.path] + arguments
        guard !startsServer else {
            _ = try ChildProcess.run([
                "sh", "-c", command.map(Self.quote).joined(separator: " ") + " >/dev/null 2>&1 </dev/null",
            ])
            return ""
        }
        return try ChildProcess.run(command).output
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
