import Foundation
import TestSupport
import Testing

/// A data folder of its own for one end-to-end test, with ways to start the program on it and read what it saved.
struct EndToEndFolder {
    let temporary = TemporaryFolder("assetmap-e2e")
    var dataDir: String { temporary.url.appendingPathComponent("data").path }

    func start(_ arguments: [String] = [], width: Int = 80, height: Int = 24) throws -> TmuxSession {
        try TmuxSession([Program.path] + arguments + ["--data-dir", dataDir], width: width, height: height)
    }

    /// The program started on a plan's overview: `["new", name]`, or `["open", name or id]`.
    func startOnOverview(
        _ arguments: [String], width: Int = 80, height: Int = 24,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> TmuxSession {
        let session = try start(arguments, width: width, height: height)
        try session.waitFor("[1 Overview]", sourceLocation: sourceLocation)
        return session
    }

    /// An empty caseload, a new plan started, and its walk-through of a first meeting at the first question.
    func startFirstMeeting(named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> TmuxSession
    {
        let session = try start()
        try session.waitFor("No plans yet", sourceLocation: sourceLocation)
        try session.typeNewPlan(named: name, sourceLocation: sourceLocation)
        try session.press("C-s")
        try session.waitFor("A first meeting, one part at a time", sourceLocation: sourceLocation)
        try session.press("Enter")
        try session.waitFor("What would a good life look like", sourceLocation: sourceLocation)
        return session
    }

    func planFiles() -> [URL] {
        let folder = URL(fileURLWithPath: dataDir).appendingPathComponent("plans")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { folder.appendingPathComponent($0) }
    }

    func savedText() -> String {
        planFiles().compactMap { try? String(contentsOf: $0, encoding: .utf8) }.joined()
    }

    /// The only plan, as JSON.
    func savedPlan() throws -> [String: Any] {
        let files = planFiles()
        try #require(files.count == 1)
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: files[0])) as? [String: Any])
    }

    func waitUntilSaved(_ text: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if savedText().contains(text) { return true }
            usleep(50_000)
        }
        return false
    }
}
