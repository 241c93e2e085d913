import FoundationEssentials

/// Lists, reads, saves, locks and bins the plans in a data folder. The only code that touches plan files.
public final class PlanStore: @unchecked Sendable {
    public let folder: DataFolder
    public let codec: FileCodec

    public init(folder: DataFolder, codec: FileCodec = PlainCodec()) {
        self.folder = folder
        self.codec = codec
    }

    /// One line of the caseload: a plan that was read, or a file that could not be.
    public enum Entry: Equatable, Sendable {
        /// `sharesID`: another file in the folder holds a plan with the same id (a copied file, say).
        case plan(PlanSummary, path: String, sharesID: Bool)
        case unreadable(path: String, reason: String)
    }

    /// Every plan file in the folder, most recently changed first; files that cannot be read are listed last.
    /// Only plans changed since the index was written are read.
    public func list() -> [Entry] {
        let cached = PlanIndex.read(folder, codec: codec)
        var index = PlanIndex()
        var readAgain = false
        var plans: [(PlanSummary, String)] = []
        var problems: [Entry] = []
        // Room made at once for a caseload of thousands, rather than grown over and over.
        index.entries.reserveCapacity(cached.entries.count)
        plans.reserveCapacity(cached.entries.count)
        let folderPath = folder.plans.path
        let plansFolder = Glibc.open(folderPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if plansFolder >= 0 { close(plansFolder) } }
        for name in DataFolder.dataFileNames(in: folder.plans) {
            let path = folderPath + "/" + name
            // Taken before reading: a file replaced meanwhile then looks changed next time, never the reverse.
            guard let fingerprint = FileFingerprint(folder: plansFolder, name: name) else { continue }
            if let entry = cached.entries[name], entry.fingerprint == fingerprint, PlanID.isUsual(entry.summary.id) {
                index.entries[name] = entry
                plans.append((entry.summary, path))
                continue
            }
            do {
                let summary = PlanSummary(plan: try read(URL(fileURLWithPath: path, isDirectory: false)))
                index.entries[name] = PlanIndex.Entry(fingerprint: fingerprint, summary: summary)
                plans.append((summary, path))
                readAgain = true
            } catch {
                problems.append(.unreadable(path: path, reason: error.readReason))
            }
        }
        // Nothing new read and nothing gone: the index on disk is already this one.
        if readAgain || index.entries.count != cached.entries.count { index.write(folder, codec: codec) }
        plans.sort { $0.0.updatedAt > $1.0.updatedAt }
        var holders: [String: Int] = [:]
        holders.reserveCapacity(plans.count)
        for (summary, _) in plans { holders[PlanID.key(summary.id), default: 0] += 1 }
        return plans.map { Entry.plan($0.0, path: $0.1, sharesID: holders[PlanID.key($0.0.id)]! > 1) } + problems
    }

    /// The plan files themselves, without temporary files from a save in progress.
    public func planFiles() -> [URL] {
        DataFolder.dataFiles(in: folder.plans)
    }

    /// Reads and checks one plan file. A newer format that still reads is returned; the caller opens it read-only.
    /// A plan whose id is not in the usual form is refused, since its id would become part of a path.
    public func read(_ url: URL) throws(StorageError) -> Plan {
        let data = try codec.unseal(try DurableFile.read(url), path: url.path)
        let plan: Plan
        do {
            plan = try PlanJSON.decode(Plan.self, from: data)
        } catch {
            if let version = PlanJSON.schemaVersion(of: data), version > Plan.currentSchemaVersion {
                throw StorageError(.newerVersion(version), path: url.path)
            }
            throw StorageError(.damaged(error), path: url.path)
        }
        try PlanID.check(plan.id, path: url.path)
        return plan
    }

    /// Opens the plan with this id, when exactly one file holds it.
    public func open(id: String, now: Date = Date()) throws(StorageError) -> OpenPlan {
        try open(try fileURL(forID: id), now: now)
    }

    /// Opens the plan in this file for changing: takes its lock, or opens it read-only and says why.
    public func open(_ url: URL, now: Date = Date()) throws(StorageError) -> OpenPlan {
        let plan = try read(url)
        let fingerprint = FileFingerprint(path: url.path)
        if plan.schemaVersion > Plan.currentSchemaVersion {
            return OpenPlan(
                plan: plan, url: url, lock: nil, fingerprint: fingerprint, readOnly: .newerVersion(plan.schemaVersion))
        }
        do {
            let lock = try FileLock.acquire(lockFile(forID: plan.id), now: now)
            removeLeftoverTemporaryFiles(for: url)
            return OpenPlan(plan: plan, url: url, lock: lock, fingerprint: fingerprint, readOnly: nil)
        } catch let error where error.isLockHeld {
            return OpenPlan(
                plan: plan, url: url, lock: nil, fingerprint: fingerprint, readOnly: .heldElsewhere(error.holder))
        }
    }

    /// Starts a new plan and saves it straight away.
    public func create(_ plan: Plan, now: Date = Date()) throws(StorageError) -> OpenPlan {
        try folder.prepare()
        let url = try planFile(forID: plan.id)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw StorageError(.changedOnDisk, path: url.path)
        }
        let lock = try FileLock.acquire(lockFile(forID: plan.id), now: now)
        let open = OpenPlan(plan: plan, url: url, lock: lock, fingerprint: nil, readOnly: nil)
        try save(plan, in: open)
        return open
    }

    /// Saves over the plan's file durably. Refuses if something else changed the file since it was read,
    /// unless `overwriting` says the person chose to keep their version.
    public func save(_ plan: Plan, in open: OpenPlan, overwriting: Bool = false) throws(StorageError) {
        guard open.readOnly == nil else { throw StorageError(.notWritable, path: open.path) }
        let folderPath = open.url.deletingLastPathComponent().path
        // A missing folder (a removed memory stick, say) is waited for, never quietly made again elsewhere.
        guard FileManager.default.fileExists(atPath: folderPath) else {
            throw StorageError(.folderMissing, path: folderPath)
        }
        if !overwriting, FileFingerprint(path: open.path) != open.fingerprint {
            throw StorageError(.changedOnDisk, path: open.path)
        }
        try DurableFile.write(try encode(plan), to: open.url)
        open.fingerprint = FileFingerprint(path: open.path)
    }

    /// Whether something else (a sync, another program) changed the open plan's file since it was read or saved here.
    public func changedElsewhere(_ open: OpenPlan) -> Bool {
        FileFingerprint(path: open.path) != open.fingerprint
    }

    /// Reads the open plan's file again as it is now; saves are checked against this version from then on.
    public func reread(_ open: OpenPlan) throws(StorageError) -> Plan {
        let fingerprint = FileFingerprint(path: open.path)
        let plan = try read(open.url)
        open.fingerprint = fingerprint
        return plan
    }

    /// Writes a plan that is not open anywhere (an import); refuses to replace an existing file.
    public func add(_ plan: Plan) throws(StorageError) -> URL {
        try folder.prepare()
        let url = try planFile(forID: plan.id)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw StorageError(.changedOnDisk, path: url.path)
        }
        let lock = try FileLock.acquire(lockFile(forID: plan.id))
        defer { lock.release() }
        try DurableFile.write(try encode(plan), to: url)
        return url
    }

    /// Moves one plan file into the bin (never erased) and returns where it went. The file is named by the
    /// caseload's row, never found by the id: two files may hold the same id. The bin names it by the id.
    public func moveToBin(_ url: URL, id: String) throws(StorageError) -> URL {
        let lock = try FileLock.acquire(lockFile(forID: id))
        defer { lock.release() }
        try folder.prepare()
        let key = PlanID.key(id)
        var destination = folder.bin.appendingPathComponent("\(key).json")
        if FileManager.default.fileExists(atPath: destination.path) {
            let stamp = Timestamp.format(Date()).replacing(":", with: "-")
            destination = folder.bin.appendingPathComponent("\(key)-\(stamp).json")
        }
        try DurableFile.move(url, to: destination)
        return destination
    }

    /// Puts a binned plan back in the file it was moved from.
    public func restore(fromBin url: URL, to destination: URL) throws(StorageError) {
        guard !FileManager.default.fileExists(atPath: destination.path) else {
            throw StorageError(.changedOnDisk, path: destination.path)
        }
        try DurableFile.move(url, to: destination)
    }

    /// Every plan file holding a plan with this id (upper and lower case alike), from the caseload's list.
    public func files(withID id: String) -> [URL] {
        let key = PlanID.key(id)
        return list().compactMap { entry in
            guard case .plan(let summary, let path, _) = entry, PlanID.key(summary.id) == key else { return nil }
            return URL(fileURLWithPath: path, isDirectory: false)
        }
    }

    /// The one file holding the plan with this id; refused when there is none, or more than one.
    public func fileURL(forID id: String) throws(StorageError) -> URL {
        let found = files(withID: id)
        guard found.count < 2 else { throw StorageError(.sharedID, path: found.map(\.path).joined(separator: " and ")) }
        guard let url = found.first else {
            throw StorageError(.notFound, path: folder.plans.appendingPathComponent("\(id).json").path)
        }
        return url
    }

    private func planFile(forID id: String) throws(StorageError) -> URL {
        try PlanID.check(id, path: folder.plans.path)
        return folder.planFile(id: id)
    }

    /// One lock for an id whatever its case, so two files holding the same plan are never changed at once.
    private func lockFile(forID id: String) throws(StorageError) -> URL {
        try PlanID.check(id, path: folder.plans.path)
        return folder.lockFile(name: PlanID.key(id))
    }

    public func encode(_ plan: Plan) throws(StorageError) -> Data {
        do {
            return try codec.seal(try PlanJSON.encode(plan))
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError(.other(errno: EINVAL), path: folder.plans.path)
        }
    }

    /// Temporary files from a save that a crash interrupted. Safe to remove once the plan's lock is held,
    /// because then nothing else is part-way through saving it.
    private func removeLeftoverTemporaryFiles(for url: URL) {
        let prefix = "." + url.lastPathComponent + ".tmp-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.plans.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            unlink(folder.plans.appendingPathComponent(name).path)
        }
    }
}

/// A plan opened from the store: where it lives, the lock held on it, and why it is read-only if it is.
public final class OpenPlan: @unchecked Sendable {
    public enum ReadOnlyReason: Equatable, Sendable {
        case newerVersion(Int)
        case heldElsewhere(String)
        case example
    }

    public let plan: Plan
    public let url: URL
    /// The file's path, made once: its file is looked at after every batch of keys for a change made elsewhere, and a
    /// URL makes its path afresh at each asking.
    let path: String
    let lock: FileLock?
    var fingerprint: FileFingerprint?
    public let readOnly: ReadOnlyReason?

    init(plan: Plan, url: URL, lock: FileLock?, fingerprint: FileFingerprint?, readOnly: ReadOnlyReason?) {
        self.plan = plan
        self.url = url
        path = url.path
        self.lock = lock
        self.fingerprint = fingerprint
        self.readOnly = readOnly
    }

    /// Lets go of the lock; the plan can then be opened elsewhere.
    public func close() {
        lock?.release()
    }
}

extension StorageError {
    var isLockHeld: Bool {
        if case .lockHeld = reason { return true }
        return false
    }

    var holder: String {
        if case .lockHeld(let holder) = reason { return holder }
        return ""
    }
}

extension Error {
    /// Why a file could not be read, for the caseload's "could not be read" line.
    public var readReason: String {
        if let problem = self as? FormatProblem { return problem.description }
        guard let error = self as? StorageError else { return "it could not be read" }
        return error.readReason
    }
}
