import AssetMapCore
import Foundation
import TestSupport

@testable import AssetMapTeam

/// One data folder in a test: a laptop of a team, with plans written and read as files.
final class Laptop {
    let folder: DataFolder
    let worker: String
    var codec: FileCodec
    var environment: [String: String]
    var clock: Date

    init(in parent: TemporaryFolder, _ name: String, worker: String, codec: FileCodec = PlainCodec()) {
        folder = DataFolder(root: parent.url.appendingPathComponent(name))
        try? folder.prepare()
        self.worker = worker
        self.codec = codec
        environment = ProcessInfo.processInfo.environment
        clock = Samples.created
    }

    var sync: TeamSync {
        TeamSync(
            data: folder, keys: OpenFolderKeys(codec: codec, folder: folder), environment: environment,
            now: { [clock] in clock })
    }

    var store: PlanStore { PlanStore(folder: folder, codec: codec) }

    @discardableResult
    func join(_ remote: String) throws -> SyncReport { try sync.join(remote: remote, worker: worker) }

    @discardableResult
    func syncNow() throws -> SyncReport { try sync.sync() }

    func plan(_ id: String) throws -> Plan { try store.read(folder.planFile(id: id)) }

    func hasPlan(_ id: String) -> Bool { FileManager.default.fileExists(atPath: folder.planFile(id: id).path) }

    /// Writes a plan as the program would after a change made on this laptop's clock.
    func write(_ plan: Plan) throws {
        clock = clock.addingTimeInterval(60)
        var changed = plan
        changed.updatedAt = clock
        try DurableFile.write(try store.encode(changed), to: folder.planFile(id: plan.id))
    }

    func change(_ id: String, _ body: (inout Plan) -> Void) throws {
        var plan = try plan(id)
        body(&plan)
        try write(plan)
    }

    func directory() throws -> CommunityDirectory { try DirectoryStore(folder: folder, codec: store.codec).read() }

    func changeDirectory(_ action: DirectoryAction) throws {
        _ = try DirectoryStore(folder: folder, codec: store.codec).change(action)
    }
}

/// A bare repository standing for the team's shared drive or stick.
func git(_ arguments: [String], in directory: URL? = nil) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + (directory.map { ["--git-dir", $0.path] } ?? []) + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
