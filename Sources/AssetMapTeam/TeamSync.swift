import AssetMapCore
import FoundationEssentials

/// What a sync did, in numbers (never names).
public struct SyncReport: Equatable, Sendable {
    /// Shared files changed here and sent to the team.
    public var sent = 0
    /// Files here brought up to date from the team.
    public var received = 0
    /// Fields both sides had changed, the other's words kept.
    public var clashes = 0
    /// Files that changed here while the sync ran: left for the next sync.
    public var leftForNext = 0
    /// Ids of plans whose file here was rewritten or taken to the bin.
    public var plansChanged: [String] = []
}

/// Shares a data folder with a team through git: `join`, `sync`, `status` and `leave`.
///
/// A sync commits this folder's changes with the worker's name, fetches, merges plan by plan in assetmap's own
/// code, sends the result and only then writes the files here, each atomically. Whenever it is stopped, the
/// folder stays readable and the next sync carries on from what the state file says.
public final class TeamSync {
    let team: TeamFolder
    let git: Git
    let files: LocalFiles
    let keys: TeamKeys
    let now: () -> Date

    public init(data: DataFolder, keys: TeamKeys, environment: [String: String], now: @escaping () -> Date = Date.init)
    {
        team = TeamFolder(data: data)
        git = team.git(environment: environment)
        files = LocalFiles(data: data)
        self.keys = keys
        self.now = now
    }

    public var isJoined: Bool { team.isJoined }

    public func state() throws(TeamProblem) -> TeamState {
        try TeamState.read(team)
    }

    /// Joins a team; the first to join fills the remote, later ones bring in what is there.
    public func join(remote: String, worker: String) throws(TeamProblem) -> SyncReport {
        let worker = worker.trimmed
        guard !worker.isEmpty else { throw .noName }
        let lock = try takeLock()
        defer { lock.release() }
        if team.isJoined {
            let state = try TeamState.read(team)
            guard state.remote == remote else { throw .alreadyJoined(remote: state.remote) }
            return try syncHoldingLock()
        }
        try git.initialise()
        try git.prepareRemote(remote)
        if let theirs = try git.fetch(remote) { try checkSameLocks(theirs) }
        try TeamState(remote: remote, worker: worker).write(to: team)
        return try syncHoldingLock()
    }

    public func sync() throws(TeamProblem) -> SyncReport {
        let lock = try takeLock()
        defer { lock.release() }
        return try syncHoldingLock()
    }

    /// Stops sharing: the team's copy here goes, the plans stay.
    public func leave() throws(TeamProblem) {
        guard team.isJoined else { throw .notJoined }
        let lock = try takeLock()
        defer { lock.release() }
        // The state goes first, so a leave that is stopped part-way has still left.
        guard unlink(team.stateFile.path) == 0 else {
            throw .storage(StorageError(errno: errno, path: team.stateFile.path))
        }
        try? FileManager.default.removeItem(at: team.root)
    }

    private func takeLock() throws(TeamProblem) -> SyncLock {
        do {
            try team.data.prepare()
        } catch {
            throw .storage(error)
        }
        let lock = try SyncLock.acquire(team.lockFile)
        removeStaleGitLocks()
        return lock
    }

    /// Lock files git left when it was stopped part-way. Whatever git a stopped sync started holds the sync lock
    /// until it ends, so once it is held no git is working here and any lock file left is stale.
    private func removeStaleGitLocks() {
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: team.repository.path)) ?? []
        for path in paths where path.hasSuffix(".lock") {
            unlink(team.repository.appendingPathComponent(path).path)
        }
    }

    /// A folder whose plans are locked differently from the team's cannot join, unless it holds nothing yet.
    private func checkSameLocks(_ theirs: String) throws(TeamProblem) {
        let tree = try git.tree(of: theirs)
        let teamKeyring = try tree["keyring.json"].flatMap { id throws(TeamProblem) in try git.blobs([id])[id] }
        let local = try files.read()
        guard teamKeyring != local["keyring.json"] else { return }
        guard local.isEmpty else { throw .otherPassphrase }
    }

    private func syncHoldingLock() throws(TeamProblem) -> SyncReport {
        var state = try TeamState.read(team)
        for attempt in 1...5 {
            if let report = try syncOnce(&state) { return report }
            // Someone else sent their changes in between: bring those in too.
            if attempt < 5 { usleep(UInt32(attempt) * 100_000) }
        }
        throw .busy
    }

    /// One round; nil when the team's history moved on before this round's changes could be sent.
    private func syncOnce(_ state: inout TeamState) throws(TeamProblem) -> SyncReport? {
        var report = SyncReport()
        let local = try files.read()
        let localIDs = local.mapValues(LocalFiles.blobID)
        let syncedTree = try git.tree(of: state.synced)
        let ours = try commitLocalChanges(
            local, localIDs: localIDs, syncedTree: syncedTree, state: state, report: &report)
        let theirs = try git.fetch(state.remote)
        let (target, send) = try decide(ours: ours, theirs: theirs, state: state, report: &report)
        guard let target else { return finish(&state, target: nil, base: [:], report: report) }
        let targetTree = try git.tree(of: target)
        let incoming = try validatedIncoming(targetTree, localIDs: localIDs)
        if send, target != theirs {
            guard try git.push(target, to: state.remote) else { return nil }
        }
        let base = try checkout(targetTree, incoming: incoming, localIDs: localIDs, report: &report)
        try git.setMain(target)
        return finish(&state, target: target, base: base, report: report)
    }

    private func finish(_ state: inout TeamState, target: String?, base: [String: String], report: SyncReport)
        -> SyncReport
    {
        state.synced = target
        state.base = base
        state.lastSync = now()
        // A state not written now is written by the next sync, which finds the files already brought up to date.
        try? state.write(to: team)
        return report
    }

    /// Commits what changed here since the last sync; returns the commit this folder's files now stand for.
    private func commitLocalChanges(
        _ local: [String: Data], localIDs: [String: String], syncedTree: [String: String],
        state: TeamState, report: inout SyncReport
    ) throws(TeamProblem) -> String? {
        let changed = Set(localIDs.keys).union(state.base.keys).filter { localIDs[$0] != state.base[$0] }.sorted()
        let toStore = changed.filter { localIDs[$0] != nil && localIDs[$0] != syncedTree[$0] }
        let stored = try git.store(toStore.map { local[$0]! }, in: team.scratch)
        guard stored == toStore.map({ localIDs[$0]! }) else { throw .changedWhileSyncing }
        var tree = syncedTree
        var merger = treeMerge(ourCommit: nil, theirCommit: state.synced, worker: state.worker)
        let trees = TreeMerge.Trees(base: state.base, ours: localIDs, theirs: syncedTree)
        for path in changed {
            tree[path] = try merger.resolve(
                path, base: state.base[path], ours: localIDs[path], theirs: syncedTree[path], trees: trees)
        }
        report.sent = changed.filter { tree[$0] != syncedTree[$0] }.count
        report.clashes += merger.clashes
        guard tree != syncedTree else { return state.synced }
        return try git.commit(
            tree: try git.makeTree(tree), parents: state.synced.map { [$0] } ?? [], author: state.worker,
            message: "Changes made on this laptop", at: now())
    }

    /// Where this folder ends up, and whether that must be sent to the team.
    private func decide(
        ours: String?, theirs: String?, state: TeamState,
        report: inout SyncReport
    ) throws(TeamProblem) -> (target: String?, send: Bool) {
        guard let theirs else { return (ours, ours != nil) }
        guard let ours, ours != theirs else { return (theirs, false) }
        if try git.isAncestor(theirs, of: ours) { return (ours, true) }
        if try git.isAncestor(ours, of: theirs) { return (theirs, false) }
        let base = try git.mergeBase(ours, theirs)
        var merger = treeMerge(ourCommit: ours, theirCommit: theirs, worker: state.worker)
        let theirTree = try git.tree(of: theirs)
        let merged = try merger.merge(
            TreeMerge.Trees(base: try git.tree(of: base), ours: try git.tree(of: ours), theirs: theirTree))
        report.clashes += merger.clashes
        // Everything here was already in the team's version: no need for a merge of our own.
        if merged == theirTree { return (theirs, false) }
        let commit = try git.commit(
            tree: try git.makeTree(merged), parents: [ours, theirs], author: state.worker,
            message: "Changes from the team merged", at: now())
        return (commit, true)
    }

    private func treeMerge(ourCommit: String?, theirCommit: String?, worker: String) -> TreeMerge {
        let git = self.git
        let now = self.now
        func source(_ commit: String?) -> (String) throws(TeamProblem) -> MergeSource {
            { path throws(TeamProblem) in
                guard let commit, let change = try git.lastChange(of: path, upTo: commit) else {
                    return MergeSource(writer: worker, changedAt: now())
                }
                return MergeSource(writer: change.author, changedAt: change.date)
            }
        }
        return TreeMerge(
            git: git, keys: keys, scratch: team.scratch, ourSource: source(ourCommit), theirSource: source(theirCommit))
    }
}
