import FoundationEssentials

/// Files written so that a crash or power cut leaves either the old or the new contents, never half of either.
///
/// Foundation's atomic write neither syncs to disk nor keeps the file private, so this is done by hand:
/// a private temporary file in the same folder, written and synced, renamed over the old one,
/// then the folder itself synced so the rename survives a power cut.
public enum DurableFile {
    public static let fileMode: mode_t = 0o600
    public static let folderMode: mode_t = 0o700

    public static func write(_ data: Data, to url: URL) throws(StorageError) {
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-" + UUID().uuidString.prefix(8).lowercased()
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw StorageError(errno: errno, path: folder) }
        do throws(StorageError) {
            // The umask may have taken bits away from the mode given to open(2).
            guard fchmod(fd, fileMode) == 0 else { throw StorageError(errno: errno, path: folder) }
            try writeAll(data, to: fd, path: folder)
            guard fsync(fd) == 0 else { throw StorageError(errno: errno, path: folder) }
            guard close(fd) == 0 else {
                unlink(temporary)
                throw StorageError(errno: errno, path: folder)
            }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, url.path) == 0 else {
            let code = errno
            unlink(temporary)
            throw StorageError(errno: code, path: folder)
        }
        try syncFolder(folder)
    }

    /// Reads a whole file. Only a plain file is read: a named pipe would wait for ever and a device may never end,
    /// so they are refused before a byte is read; `limit` (in bytes) refuses anything bigger.
    public static func read(_ url: URL, limit: Int? = nil) throws(StorageError) -> Data {
        // Without O_NONBLOCK, opening a named pipe waits until something writes to it.
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw StorageError.reading(errno: errno, path: url.path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StorageError.reading(errno: errno, path: url.path) }
        if let kind = notPlainFile(info.st_mode) { throw StorageError(.notAPlainFile(kind: kind), path: url.path) }
        if let limit, info.st_size > limit { throw StorageError(.tooBig(megabytes: limit >> 20), path: url.path) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw StorageError.reading(errno: errno, path: url.path)
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
            // A file still growing as it is read is held to the same limit.
            if let limit, data.count > limit { throw StorageError(.tooBig(megabytes: limit >> 20), path: url.path) }
        }
    }

    /// What a file is when it is not a plain one, in words; nil for a plain file.
    static func notPlainFile(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    /// Makes a folder (and any missing parents) and keeps it private to this user.
    public static func makePrivateFolder(_ url: URL) throws(StorageError) {
        try makeFolder(url.path)
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw StorageError(.folderMissing, path: url.path) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw StorageError(.notAFolder, path: url.path) }
        guard chmod(url.path, folderMode) == 0 else { throw StorageError(errno: errno, path: url.path) }
    }

    /// Parents that already exist are left as they are: only folders made here are private.
    private static func makeFolder(_ path: String) throws(StorageError) {
        guard mkdir(path, folderMode) != 0 else { return }
        switch errno {
        case EEXIST:
            return
        case ENOENT:
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard parent != path, !parent.isEmpty else { throw StorageError(.folderMissing, path: path) }
            try makeFolder(parent)
            guard mkdir(path, folderMode) == 0 || errno == EEXIST else { throw StorageError(errno: errno, path: path) }
        default:
            throw StorageError(errno: errno, path: path)
        }
    }

    /// Moves a file within the data folder, durably: both folders are synced afterwards.
    public static func move(_ source: URL, to destination: URL) throws(StorageError) {
        guard rename(source.path, destination.path) == 0 else { throw StorageError(errno: errno, path: source.path) }
        try syncFolder(source.deletingLastPathComponent().path)
        try syncFolder(destination.deletingLastPathComponent().path)
    }

    static func syncFolder(_ path: String) throws(StorageError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StorageError(errno: errno, path: path) }
        defer { close(fd) }
        guard fsync(fd) == 0 || errno == EINVAL else { throw StorageError(errno: errno, path: path) }
    }

    private static func writeAll(_ data: Data, to fd: Int32, path: String) throws(StorageError) {
        var result: StorageError?
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    result = StorageError(errno: errno, path: path)
                    return
                }
                offset += written
            }
        }
        if let result { throw result }
    }
}
