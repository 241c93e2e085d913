import Foundation
import Testing
import TestSupport

/// A tmux server of its own running one program in one pane, driven with send-keys and read with capture-pane.
final class TmuxSession {
    let socket = "assetmap-e2e-\(UUID().uuidString.prefix(8))"
    private(set) var isRunning = false

    init(_ command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        var arguments = ["new-session", "-d", "-x", "\(width)", "-y", "\(height)"]
        for (key, value) in ["LANG": "C.UTF-8", "TERM": "xterm-256color"].merging(environment, uniquingKeysWith: { $1 }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        arguments.append("exec " + command.map(Self.quote).joined(separator: " "))
        try tmux(arguments, startsServer: true)
        try tmux(["set-option", "-t", "0", "remain-on-exit", "on"])
        isRunning = true
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Keys by tmux name ("Enter", "Escape", "Down", "C-s") or literal text.
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", "0"]).components(separatedBy: "\n")
    }

    /// Everything the pane ever showed, including what scrolled off the top.
    func history() throws -> String {
        try tmux(["capture-pane", "-p", "-S", "-1000", "-t", "0"])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    var processID: Int32 {
        get throws { Int32(try tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 }
    }

    /// True once the program in the pane has ended.
    var hasExited: Bool {
        get throws { try tmux(["display-message", "-p", "-t", "0", "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1" }
    }

    var exitStatus: Int32? {
        get throws { Int32(try tmux(["display-message", "-p", "-t", "0", "#{pane_dead_status}"]).trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Waits until the screen shows the text; fails the test with the screen if it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines: [String] = []
        while Date() < deadline {
            lines = try screen()
            if lines.joined(separator: "\n").contains(text) { return lines }
            usleep(50_000)
        }
        Issue.record("The screen never showed \"\(text)\". It showed:\n\(lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return lines
    }

    func waitForExit(timeout: Double = 10) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try hasExited { return true }
            usleep(50_000)
        }
        return false
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
        let command = ["tmux", "-u", "-L", socket, "-f", "/dev/null"] + arguments
        guard !startsServer else {
            _ = try ChildProcess.run(["sh", "-c", command.map(Self.quote).joined(separator: " ") + " >/dev/null 2>&1 </dev/null"])
            return ""
        }
        return try ChildProcess.run(command).output
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
