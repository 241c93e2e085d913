import Foundation
import TestSupport
import Testing

/// The built `assetmap` program, run as a person would run it.
enum Program {
    /// `$ASSETMAP_BINARY`, else the debug build in the package's `.build` folder.
    static var path: String {
        if let path = ProcessInfo.processInfo.environment["ASSETMAP_BINARY"], !path.isEmpty { return path }
        return Fixtures.packageRoot.appendingPathComponent(".build/debug/assetmap").path
    }

    /// Runs the program with arguments, without a terminal, and waits for it.
    static func run(
        _ arguments: [String], dataDir: String? = nil, environment: [String: String] = [:], input: String? = nil
    ) throws -> ChildProcess.Result {
        try #require(FileManager.default.isExecutableFile(atPath: path), "build assetmap first (swift build): \(path)")
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env.merge(environment) { _, new in new }
        return try ChildProcess.run(
            [path] + arguments + (dataDir.map { ["--data-dir", $0] } ?? []), environment: env, input: input)
    }
}
