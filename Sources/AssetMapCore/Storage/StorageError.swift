import FoundationEssentials

/// Why something could not be read or saved, in one plain sentence that never names the person.
public struct StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case diskFull
        case notWritable
        case folderMissing
        case notFound
        case damaged(FormatProblem)
        case newerVersion(Int)
        case lockHeld(holder: String)
        case changedOnDisk
        case locked
        case other(errno: Int32)
    }

    public var reason: Reason
    /// The file or folder concerned; named by id only, never by a person's name.
    public var path: String

    public init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    public init(errno code: Int32, path: String) {
        switch code {
        case ENOSPC, EDQUOT: self.init(.diskFull, path: path)
        case EROFS, EACCES, EPERM: self.init(.notWritable, path: path)
        case ENOENT, ENOTDIR: self.init(.folderMissing, path: path)
        default: self.init(.other(errno: code), path: path)
        }
    }

    public var description: String { message }

    public var message: String {
        switch reason {
        case .diskFull: return "The disk is full, so the plan could not be saved; free some space and it will be saved again."
        case .notWritable: return "The folder \(path) cannot be written to; check its permissions."
        case .folderMissing: return "The folder for \(path) is missing; check the data folder is still there."
        case .notFound: return "There is no plan at \(path)."
        case .damaged(let problem): return "\(path) could not be read: \(problem)."
        case .newerVersion(let version): return "\(path) was made by a newer assetmap (format \(version)); it opens read-only."
        case .lockHeld(let holder): return "This plan is open in another assetmap (\(holder)); it opens read-only."
        case .changedOnDisk: return "\(path) was changed by another program since it was opened."
        case .locked: return "The data folder is locked with a passphrase."
        case .other(let code): return "\(path) could not be used: \(String(cString: strerror(code)))."
        }
    }
}
