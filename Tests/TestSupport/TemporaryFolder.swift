import Foundation

/// A folder under the system's temporary folder, removed when the value goes away.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public init(_ label: String = "assetmap-test") {
        url = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("\(label)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Folders made read-only by a test must be writable again to be removed.
        chmod(url.path, 0o700)
        if let names = FileManager.default.enumerator(atPath: url.path) {
            for case let name as String in names { chmod(url.appendingPathComponent(name).path, 0o700) }
        }
        try? FileManager.default.removeItem(at: url)
    }

    public var path: String { url.path }

    public func file(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }
}

/// The JSON files in `Tests/Fixtures`, written by hand from the file format in DESIGN.md.
public enum Fixtures {
    public static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Fixtures")
    }

    public static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// The root of the package, for finding the built program and the theme files.
    public static var packageRoot: URL {
        folder.deletingLastPathComponent().deletingLastPathComponent()
    }
}

/// Reading a file's permission bits, for checking files are 0600 and folders 0700.
public func permissions(of path: String) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { return -1 }
    return Int(info.st_mode & 0o777)
}

/// Runs `body` with the process umask set, then puts it back.
public func withUmask<T>(_ mask: mode_t, _ body: () throws -> T) rethrows -> T {
    let old = umask(mask)
    defer { umask(old) }
    return try body()
}
