import AssetMapCore
import Crypto
import FoundationEssentials

/// The files of a data folder that a team shares, by their path in the shared history:
/// `plans/<id>.json`, `community.json` and `keyring.json`. Nothing else is ever read or written for a team.
struct LocalFiles {
    let data: DataFolder

    static let singles = ["community.json", "keyring.json"]

    static func isShared(_ path: String) -> Bool {
        if singles.contains(path) { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == "plans" && parts[1].hasSuffix(".json") && !parts[1].hasPrefix(".")
    }

    func url(_ path: String) -> URL {
        data.root.appendingPathComponent(path, isDirectory: false)
    }

    /// Every shared file as it is now.
    func read() throws(TeamProblem) -> [String: Data] {
        var files: [String: Data] = [:]
        let paths = DataFolder.dataFileNames(in: data.plans).map { "plans/" + $0 } + Self.singles
        for path in paths {
            if let contents = try readOne(path) { files[path] = contents }
        }
        return files
    }

    func readOne(_ path: String) throws(TeamProblem) -> Data? {
        do {
            return try DurableFile.read(url(path))
        } catch  where error.reason == .notFound {
            return nil
        } catch {
            throw .storage(error)
        }
    }

    func write(_ contents: Data, to path: String) throws(TeamProblem) {
        do {
            try data.prepare()
            try DurableFile.write(contents, to: url(path))
        } catch {
            throw .storage(error)
        }
    }

    /// A plan taken off in the team goes to the bin here, never erased; false when it is open in assetmap now.
    func remove(_ path: String) throws(TeamProblem) -> Bool {
        let source = url(path)
        guard path.hasPrefix("plans/") else {
            guard unlink(source.path) == 0 || errno == ENOENT else {
                throw .storage(StorageError(errno: errno, path: source.path))
            }
            return true
        }
        let name = source.lastPathComponent
        let lock: FileLock
        do {
            lock = try FileLock.acquire(data.lockFile(name: String(name.dropLast(".json".count))))
        } catch {
            return false
        }
        defer { lock.release() }
        do {
            try data.prepare()
            var destination = data.bin.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: destination.path) {
                let stamp = Timestamp.format(Date()).replacing(":", with: "-")
                destination = data.bin.appendingPathComponent(name.dropLast(".json".count) + "-\(stamp).json")
            }
            try DurableFile.move(source, to: destination)
        } catch  where error.reason == .folderMissing {
            return true
        } catch {
            throw .storage(error)
        }
        return true
    }

    /// The id git gives these contents.
    static func blobID(_ contents: Data) -> String {
        var hash = Insecure.SHA1()
        hash.update(data: Data("blob \(contents.count)\0".utf8))
        hash.update(data: contents)
        return hash.finalize().map { String(printf: "%02x", $0) }.joined()
    }
}

/// Held while a sync runs. Its file descriptor is passed on to git, so that if assetmap is killed part-way the
/// lock stays held until the git it started has finished too, and the next sync never meets it half done.
final class SyncLock {
    private var fd: Int32

    private init(fd: Int32) {
        self.fd = fd
    }

    deinit { release() }

    static func acquire(_ url: URL, waitingSeconds: Double = 30) throws(TeamProblem) -> SyncLock {
        let fd = open(url.path, O_RDWR | O_CREAT, DurableFile.fileMode)
        guard fd >= 0 else { throw .storage(StorageError(errno: errno, path: url.deletingLastPathComponent().path)) }
        fchmod(fd, DurableFile.fileMode)
        let deadline = ChildProgram.monotonicSeconds() + waitingSeconds
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, ChildProgram.monotonicSeconds() < deadline else {
                close(fd)
                throw .busy
            }
            usleep(50_000)
        }
        return SyncLock(fd: fd)
    }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }
}
