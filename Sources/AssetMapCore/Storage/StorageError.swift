import FoundationEssentials

/// Why something could not be read or saved, in one plain sentence that never names the person.
public struct StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case diskFull
        case notWritable
        /// The file is there but its permissions do not let this user read it.
        case notReadable
        case folderMissing
        /// Something that is not a folder stands where a folder should be.
        case notAFolder
        /// A folder, a named pipe or a device where a file should be.
        case notAPlainFile(kind: String)
        /// Bigger than anything assetmap reads, in megabytes.
        case tooBig(megabytes: Int)
        case notFound
        case damaged(FormatProblem)
        case newerVersion(Int)
        case lockHeld(holder: String)
        case changedOnDisk
        /// A sealed file in a folder that has no keyring to open it.
        case locked
        /// A plain file in an encrypted folder: assetmap did not write it.
        case notSealed
        /// A plan whose id is not a UUID, so it cannot be used to name its files.
        case unusualID
        /// Two or more files hold plans with the same id; `path` names them all.
        case sharedID
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
        case ENOENT: self.init(.folderMissing, path: path)
        case ENOTDIR: self.init(.notAFolder, path: path)
        case EISDIR: self.init(.notAPlainFile(kind: "a folder"), path: path)
        default: self.init(.other(errno: code), path: path)
        }
    }

    /// The same problem met while reading: permission refused means the file cannot be read, not written.
    static func reading(errno code: Int32, path: String) -> StorageError {
        switch code {
        case ENOENT: return StorageError(.notFound, path: path)
        case EACCES, EPERM: return StorageError(.notReadable, path: path)
        default: return StorageError(errno: code, path: path)
        }
    }

    public var description: String { message }

    /// A whole sentence: what happened, and what to do next.
    public var message: String {
        switch reason {
        case .diskFull: return "The disk is full, so \(path) could not be written; free some space and try again."
        case .notWritable: return "The folder \(path) cannot be written to; check its permissions."
        case .notReadable:
            return "\(path) cannot be read: its permissions do not allow it; check who owns it and run chmod 600 on it."
        case .folderMissing: return "The folder \(path) is not there; check it has not been moved or taken away."
        case .notAFolder: return "\(path) is a file, not a folder; give a folder instead."
        case .notAPlainFile(let kind): return "\(path) is \(kind), not an ordinary file."
        case .tooBig(let megabytes):
            return "\(path) is bigger than \(megabytes) MB, far more than a plan holds; check it is the right file."
        case .notFound: return "There is no plan at \(path)."
        case .damaged(let problem): return "\(path) could not be read: \(problem)."
        case .newerVersion(let version):
            return "\(path) was made by a newer assetmap (format \(version)); it opens read-only."
        case .lockHeld(let holder): return "This plan is open in another assetmap (\(holder)); close it there first."
        case .changedOnDisk: return "\(path) was changed by another program since it was opened."
        case .locked:
            return
                "\(path) is encrypted, but this data folder has no keyring.json to open it; restore keyring.json from a backup."
        case .sharedID:
            return
                "These files hold plans with the same id: \(path). Move one out of the data folder and add it back with "
                + "assetmap import --as-new, which gives it an id of its own."
        case .notSealed, .unusualID, .other: return "\(path) could not be used: \(readReason)."
        }
    }

    /// Why a file could not be used, as a clause to follow "could not be read:" (no capital, no full stop).
    public var readReason: String {
        switch reason {
        case .diskFull: return "the disk is full"
        case .notWritable: return "its folder cannot be written to"
        case .notReadable: return "its permissions do not let you read it (run chmod 600 on it as its owner)"
        case .folderMissing: return "its folder is not there"
        case .notAFolder: return "a file stands where its folder should be"
        case .notAPlainFile(let kind): return "it is \(kind), not an ordinary file"
        case .tooBig(let megabytes): return "it is bigger than \(megabytes) MB, far more than a plan holds"
        case .notFound: return "it is not there any more"
        case .damaged(let problem): return problem.description
        case .newerVersion(let version): return "it was made by a newer assetmap (format \(version))"
        case .lockHeld(let holder): return "it is open in another assetmap (\(holder))"
        case .changedOnDisk: return "another program changed it since it was opened"
        case .locked: return "it is encrypted, but this data folder has no keyring.json to open it"
        case .notSealed:
            return
                "not sealed: put here by another program? To add a plan you trust, move the file out of the data folder and use assetmap import"
        case .unusualID: return "its id is not in the usual form"
        case .sharedID: return "another plan file holds a plan with the same id"
        case .other(let code): return String(cString: strerror(code)).lowercasingFirstLetter
        }
    }
}

extension String {
    /// For a clause put inside a sentence: "Is a directory" becomes "is a directory".
    var lowercasingFirstLetter: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
