import Foundation
import TestSupport

/// A small tmpfs to fill up or make read-only, for real disk-full and read-only faults. Needs root.
final class SmallDisk {
    let url: URL

    /// Whether this machine lets the tests mount one (true for root, as in CI).
    static let available: Bool = {
        guard getuid() == 0, let disk = try? SmallDisk(kilobytes: 64) else { return false }
        _ = disk
        return true
    }()

    init(kilobytes: Int) throws {
        url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
            "assetmap-disk-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let result = try ChildProcess.run([
            "mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0700", "tmpfs", url.path,
        ])
        guard result.status == 0 else { throw POSIXError(.EPERM) }
    }

    deinit {
        _ = try? ChildProcess.run(["umount", "-l", url.path])
        try? FileManager.default.removeItem(at: url)
    }

    /// Fills every free byte with a file called "filler".
    func fill() {
        let fd = open(url.appendingPathComponent("filler").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer { close(fd) }
        let block = [UInt8](repeating: 0, count: 4096)
        while block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
    }

    func makeRoom() throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent("filler"))
    }

}

/// A folder made read-only in place, by mounting it over itself read-only, as a full or protected drive
/// would behave. Needs root; whatever else has files open elsewhere on the disk is not disturbed.
final class ReadOnlyFolder {
    let path: String
    private var mounted = false

    init(_ path: String) throws {
        self.path = path
        guard try ChildProcess.run(["mount", "--bind", path, path]).status == 0 else { throw POSIXError(.EPERM) }
        mounted = true
        guard try ChildProcess.run(["mount", "-o", "remount,bind,ro", path]).status == 0 else {
            throw POSIXError(.EPERM)
        }
    }

    func release() {
        guard mounted else { return }
        _ = try? ChildProcess.run(["umount", path])
        mounted = false
    }

    deinit { release() }
}
