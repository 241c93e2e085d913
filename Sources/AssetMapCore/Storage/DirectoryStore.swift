import FoundationEssentials

/// Reads and changes `community.json`. Each change is a short transaction: take the lock, read the
/// latest file, apply the change, save durably, let go. Two copies of assetmap editing at once therefore
/// both keep their changes, and each is told when the other changed something.
public final class DirectoryStore: @unchecked Sendable {
    public let folder: DataFolder
    public let codec: FileCodec
    /// The file as it was last read or written here, to notice changes made elsewhere.
    private var fingerprint: FileFingerprint?
    private var hasRead = false

    public init(folder: DataFolder, codec: FileCodec = PlainCodec()) {
        self.folder = folder
        self.codec = codec
    }

    public var url: URL { folder.community }

    /// The directory as it is on disk; empty when there is no file yet.
    public func read() throws(StorageError) -> CommunityDirectory {
        hasRead = true
        guard FileManager.default.fileExists(atPath: url.path) else {
            fingerprint = nil
            return CommunityDirectory()
        }
        let data = try codec.unseal(try DurableFile.read(url), path: url.path)
        fingerprint = FileFingerprint(path: url.path)
        do {
            return try PlanJSON.decode(CommunityDirectory.self, from: data)
        } catch {
            throw StorageError(.damaged(error), path: url.path)
        }
    }

    /// True when another program has changed the file since this store last read or wrote it.
    public var changedElsewhere: Bool {
        FileFingerprint(path: url.path) != fingerprint
    }

    /// Applies one change to the latest directory on disk and saves it.
    /// Returns the directory as saved, and a note for the person when the change met one made elsewhere.
    public func change(_ action: DirectoryAction) throws -> (directory: CommunityDirectory, note: String?) {
        try folder.prepare()
        let lock = try acquireLock()
        defer { lock.release() }
        let seenBefore = hasRead ? fingerprint : nil
        let sawBefore = hasRead
        var directory = try read()
        guard directory.schemaVersion <= CommunityDirectory.currentSchemaVersion else {
            throw StorageError(.newerVersion(directory.schemaVersion), path: url.path)
        }
        var note = try directory.apply(action)
        if note == nil, sawBefore, seenBefore != fingerprint {
            note = "Changed in another assetmap too; both changes are kept."
        }
        try DurableFile.write(try codec.seal(try PlanJSON.encode(directory)), to: url)
        fingerprint = FileFingerprint(path: url.path)
        return (directory, note)
    }

    /// Another copy may be part-way through its own short change; wait a moment for it.
    private func acquireLock() throws(StorageError) -> FileLock {
        var lastError = StorageError(.lockHeld(holder: "someone else"), path: url.path)
        for _ in 0..<40 {
            do {
                return try FileLock.acquire(folder.lockFile(name: "community"))
            } catch {
                guard error.isLockHeld else { throw error }
                lastError = error
                usleep(25_000)
            }
        }
        throw lastError
    }
}
