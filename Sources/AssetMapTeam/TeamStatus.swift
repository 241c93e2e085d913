import AssetMapCore
import FoundationEssentials

/// Where a data folder's team stands: the remote, the last sync, and what changed since on each side, by whom.
public struct TeamStatus: Codable, Equatable, Sendable {
    /// A shared file changed in the team since this folder last synced.
    public struct Change: Codable, Equatable, Sendable {
        public var path: String
        public var by: String
        public var at: Date
    }

    public var remote: String
    public var worker: String
    public var lastSync: Date?
    /// Shared files changed here since the last sync, by their path (plans by id, never by name).
    public var changedHere: [String]
    /// Nil when the team's folder could not be reached just now.
    public var changedInTeam: [Change]?
    /// Everyone who has changed something in the team's history, for handing over a plan.
    public var workers: [String]
}

extension TeamSync {
    /// Looks at the team's folder too when it can be reached; nothing here is changed either way.
    public func status() throws(TeamProblem) -> TeamStatus {
        let state = try TeamState.read(team)
        let local = try files.read().mapValues(LocalFiles.blobID)
        let changedHere = Set(local.keys).union(state.base.keys).filter { local[$0] != state.base[$0] }.sorted()
        var changes: [TeamStatus.Change]?
        if let lock = try? SyncLock.acquire(team.lockFile, waitingSeconds: 2) {
            defer { lock.release() }
            if let theirs = try? git.fetch(state.remote) {
                changes = try teamChanges(since: state.synced, upTo: theirs)
            }
        }
        return TeamStatus(
            remote: state.remote, worker: state.worker, lastSync: state.lastSync, changedHere: changedHere,
            changedInTeam: changes, workers: try workers())
    }

    /// The newest change to each shared file between two commits, with who made it.
    private func teamChanges(since synced: String?, upTo theirs: String) throws(TeamProblem) -> [TeamStatus.Change] {
        let range = synced.map { "\($0)..\(theirs)" } ?? theirs
        let log = try git.text(["log", "--format=%x01%an%x09%ct", "--name-only", "--no-renames", range])
        var newest: [String: TeamStatus.Change] = [:]
        for commit in log.split(separator: "\u{1}") {
            let lines = commit.split(separator: "\n")
            guard let header = lines.first else { continue }
            let fields = header.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, let seconds = TimeInterval(fields[1]) else { continue }
            for path in lines.dropFirst().map(String.init) where LocalFiles.isShared(path) && newest[path] == nil {
                newest[path] = TeamStatus.Change(
                    path: path, by: String(fields[0]), at: Date(timeIntervalSince1970: seconds))
            }
        }
        return newest.values.sorted { ($0.at, $0.path) > ($1.at, $1.path) }
    }

    private func workers() throws(TeamProblem) -> [String] {
        let refs =
            try git.run(["rev-parse", "--verify", "--quiet", "refs/remotes/team/main"]).succeeded
            ? ["refs/remotes/team/main"] : []
        let local =
            try git.run(["rev-parse", "--verify", "--quiet", "refs/heads/main"]).succeeded ? ["refs/heads/main"] : []
        guard !(refs + local).isEmpty else { return [] }
        let names = try git.text(["log", "--format=%an"] + refs + local).split(separator: "\n").map(String.init)
        var seen = Set<String>()
        return names.filter { !$0.isEmpty && seen.insert($0).inserted }.sorted()
    }
}
