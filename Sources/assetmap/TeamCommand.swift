import ArgumentParser
import AssetMapCore
import AssetMapTeam
import FoundationEssentials

struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract:
            "Share plans and the community directory with a team, through a shared drive, a USB stick or an ssh server.",
        subcommands: [Join.self, Sync.self, Status.self, Leave.self, Handover.self]
    )

    struct Join: FolderCommand {
        static let configuration = CommandConfiguration(
            commandName: "join",
            abstract:
                "This data folder joins a team. The first to join fills the team's folder; later ones bring in what is there."
        )

        @Argument(
            help: ArgumentHelp(
                "The team's folder: a folder on a shared drive or USB stick, or ssh://server/path.", valueName: "remote"
            ))
        var remote: String

        @Option(help: ArgumentHelp("Your name, as the team will see it beside your changes.", valueName: "worker name"))
        var name: String

        @OptionGroup var given: CommonOptions
        @ParentCommand var root: AssetMapCommand

        func run() throws {
            let report = try TeamCommand.perform(options) { sync throws(TeamProblem) in
                try sync.join(
                    remote: TeamCommand.absolute(remote), worker: ControlCharacters.removed(from: name).trimmed)
            }
            StandardStreams.line("This data folder is in the team now. " + TeamCommand.describe(report))
        }
    }

    struct Sync: FolderCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync", abstract: "Send this folder's changes to the team and bring in the others'.")

        @OptionGroup var given: CommonOptions
        @ParentCommand var root: AssetMapCommand

        func run() throws {
            let report = try TeamCommand.perform(options) { sync throws(TeamProblem) in try sync.sync() }
            StandardStreams.line("Synced with the team. " + TeamCommand.describe(report))
        }
    }

    struct Status: FolderCommand {
        static let configuration = CommandConfiguration(
            commandName: "status", abstract: "The team's folder, the last sync, and what changed since and by whom.")

        @Flag(help: "Print JSON for other programs.")
        var json = false

        @OptionGroup var given: CommonOptions
        @ParentCommand var root: AssetMapCommand

        func run() throws {
            let status = try TeamCommand.perform(options) { sync throws(TeamProblem) in try sync.status() }
            if json {
                StandardStreams.output(try PlanJSON.encode(status))
            } else {
                for line in TeamStatusText.lines(status, now: Date()) { StandardStreams.line(line) }
            }
        }
    }

    struct Leave: FolderCommand {
        static let configuration = CommandConfiguration(
            commandName: "leave", abstract: "Stop sharing this data folder; the plans stay here.")

        @OptionGroup var given: CommonOptions
        @ParentCommand var root: AssetMapCommand

        func run() throws {
            try TeamCommand.perform(options) { sync throws(TeamProblem) in try sync.leave() }
            StandardStreams.line("This data folder no longer shares with the team; every plan is still here.")
        }
    }

    /// Opens the folder as every command does (asking for its passphrase if it has one) and runs a team step.
    @discardableResult
    static func perform<T>(_ options: Options, _ body: (TeamSync) throws(TeamProblem) -> T) throws -> T {
        let store = try options.store()
        let sync = TeamSync(store: store, environment: options.environment)
        do {
            return try body(sync)
        } catch {
            throw UserFacingError(message: error.message)
        }
    }

    /// A folder given as a relative path is kept as the full path, so that syncing works from anywhere.
    static func absolute(_ remote: String) -> String {
        guard !remote.contains("://"), !remote.hasPrefix("/") else { return remote }
        if let colon = remote.firstIndex(of: ":"), !remote[..<colon].contains("/") { return remote }
        return URL(fileURLWithPath: remote).standardizedFileURL.path
    }

    static func describe(_ report: SyncReport) -> String {
        var parts = [
            "\(TeamStatusText.count(report.sent, "file")) sent",
            "\(TeamStatusText.count(report.received, "file")) brought in",
        ]
        if report.clashes > 0 {
            parts.append(
                "\(TeamStatusText.count(report.clashes, "answer")) changed on two laptops at once (the later stays, "
                    + "the other is kept in the plan's notes)")
        }
        var text = parts.joined(separator: ", ") + "."
        if report.leftForNext > 0 {
            text +=
                " \(TeamStatusText.count(report.leftForNext, "file")) changed while syncing; sync again to share them."
        }
        return text
    }
}
