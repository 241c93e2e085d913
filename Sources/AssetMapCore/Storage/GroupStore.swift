import FoundationEssentials

extension DataFolder {
    /// Group sessions, one file each, named by id: `groups/<id>.json`.
    public var groups: URL { root.appendingPathComponent("groups") }

    public func groupFile(id: String) -> URL {
        groups.appendingPathComponent("\(id).json")
    }
}

/// Reads and saves group sessions as plans are kept: one private file each, named by a random id, every save
/// atomic and synced to disk, sealed when the data folder has a passphrase, one writer at a time.
public final class GroupStore: @unchecked Sendable {
    public let folder: DataFolder
    public let codec: FileCodec

    public init(folder: DataFolder, codec: FileCodec = PlainCodec()) {
        self.folder = folder
        self.codec = codec
    }

    /// Starts a group: takes its lock and saves it straight away.
    public func create(_ session: GroupSession, now: Date = Date()) throws(StorageError) -> OpenGroup {
        try folder.prepare()
        try DurableFile.makePrivateFolder(folder.groups)
        try PlanID.check(session.id, path: folder.groups.path)
        let url = folder.groupFile(id: session.id)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw StorageError(.changedOnDisk, path: url.path)
        }
        let open = OpenGroup(
            url: url, lock: try FileLock.acquire(folder.lockFile(name: "group-" + session.id), now: now))
        try save(session, in: open)
        return open
    }

    public func save(_ session: GroupSession, in open: OpenGroup) throws(StorageError) {
        let folderPath = open.url.deletingLastPathComponent().path
        // A folder taken away is waited for, never quietly made again somewhere else.
        guard FileManager.default.fileExists(atPath: folderPath) else {
            throw StorageError(.folderMissing, path: folderPath)
        }
        let data: Data
        do {
            data = try codec.seal(try PlanJSON.encode(session))
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError(.other(errno: EINVAL), path: folderPath)
        }
        try DurableFile.write(data, to: open.url)
    }

    /// Reads and checks one group file; a damaged one is reported, never changed, and so is one whose id could
    /// not name its files.
    public func read(_ url: URL) throws(StorageError) -> GroupSession {
        let data = try codec.unseal(try DurableFile.read(url), path: url.path)
        let session: GroupSession
        do {
            session = try PlanJSON.decode(GroupSession.self, from: data)
        } catch {
            if let version = PlanJSON.schemaVersion(of: data), version > GroupSession.currentSchemaVersion {
                throw StorageError(.newerVersion(version), path: url.path)
            }
            throw StorageError(.damaged(error), path: url.path)
        }
        try PlanID.check(session.id, path: url.path)
        return session
    }

    /// The group files, without the temporary files of a save in progress.
    public func groupFiles() -> [URL] {
        DataFolder.dataFiles(in: folder.groups)
    }
}

/// A group being run: where it is saved, and the lock that keeps a second copy of assetmap from saving it too.
public final class OpenGroup: @unchecked Sendable {
    public let url: URL
    private let lock: FileLock

    init(url: URL, lock: FileLock) {
        self.url = url
        self.lock = lock
    }

    public func close() {
        lock.release()
    }
}
