import AssetMapCore
import FoundationEssentials

/// Where a data folder's team things are kept: `team/` beside the plans, never shared itself.
public struct TeamFolder: Sendable {
    public let data: DataFolder

    public init(data: DataFolder) {
        self.data = data
    }

    public var root: URL { data.root.appendingPathComponent("team") }
    var repository: URL { root.appendingPathComponent("git") }
    var stateFile: URL { root.appendingPathComponent("state.json") }
    var scratch: URL { root.appendingPathComponent("scratch") }
    var lockFile: URL { data.lockFile(name: "team") }

    public var isJoined: Bool { FileManager.default.fileExists(atPath: stateFile.path) }

    func git(environment: [String: String]) -> Git {
        Git(directory: repository, inherited: environment)
    }
}

/// What this data folder knows of its team: the remote, the worker's name, and what was last shared.
public struct TeamState: Codable, Equatable, Sendable {
    public var schemaVersion = 1
    public var remote: String
    public var worker: String
    /// The commit the data folder was last brought up to.
    public var synced: String?
    /// For each shared file, the version in the history it was equal to after the last sync.
    public var base: [String: String]
    public var lastSync: Date?

    public init(remote: String, worker: String) {
        self.remote = remote
        self.worker = worker
        base = [:]
    }

    static func read(_ team: TeamFolder) throws(TeamProblem) -> TeamState {
        guard team.isJoined else { throw .notJoined }
        do {
            return try PlanJSON.decoder().decode(TeamState.self, from: try DurableFile.read(team.stateFile))
        } catch {
            throw .local("its state could not be read")
        }
    }

    func write(to team: TeamFolder) throws(TeamProblem) {
        do {
            try DurableFile.makePrivateFolder(team.root)
            try DurableFile.write(try PlanJSON.encode(self), to: team.stateFile)
        } catch let error as StorageError {
            throw .storage(error)
        } catch {
            throw .local("its state could not be written")
        }
    }
}

extension Git {
    func prepareFolder(_ url: URL) throws(TeamProblem) {
        do {
            try DurableFile.makePrivateFolder(url)
        } catch {
            throw .storage(error)
        }
    }
}
