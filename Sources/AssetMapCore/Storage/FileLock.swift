import FoundationEssentials

/// A kernel lock on a lock file, held while a plan (or the community directory) is open for changes.
/// The file records who holds it, so a second copy of assetmap can say so.
public final class FileLock: @unchecked Sendable {
    public let url: URL
    private var fd: Int32

    private init(url: URL, fd: Int32) {
        self.url = url
        self.fd = fd
    }

    deinit { release() }

    /// Takes the lock, or throws `lockHeld` naming the other holder (user, machine, process, time).
    /// A shared lock can be held by many at once, and keeps out anyone wanting it alone.
    public static func acquire(_ url: URL, now: Date = Date(), shared: Bool = false) throws(StorageError) -> FileLock {
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, DurableFile.fileMode)
        guard fd >= 0 else { throw StorageError(errno: errno, path: url.deletingLastPathComponent().path) }
        fchmod(fd, DurableFile.fileMode)
        guard flock(fd, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) == 0 else {
            let code = errno
            let holder = readHolder(fd)
            close(fd)
            if code == EWOULDBLOCK { throw StorageError(.lockHeld(holder: holder), path: url.path) }
            throw StorageError(errno: code, path: url.path)
        }
        if !shared {
            let holder = "\(userName()) on \(hostName()), process \(getpid()), since \(Timestamp.format(now))"
            ftruncate(fd, 0)
            _ = holder.utf8CString.withUnsafeBufferPointer { pwrite(fd, $0.baseAddress, $0.count - 1, 0) }
        }
        return FileLock(url: url, fd: fd)
    }

    public func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    public var isHeld: Bool { fd >= 0 }

    private static func readHolder(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        let text = count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : ""
        return text.isEmpty ? "someone else" : text
    }

    private static func userName() -> String {
        ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "this computer" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
