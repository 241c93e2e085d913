import ArgumentParser
import AssetMapCore
import AssetMapTerminal
import FoundationEssentials

/// The command line. Errors are one plain sentence on standard error: exit 1, or 2 for wrong usage.
@main
struct AssetMapCommand: ParsableCommand {
    static let version = "1.0.0"

    static let configuration = CommandConfiguration(
        commandName: "assetmap",
        abstract:
            "Build a person's asset map together: the people in their life, their strengths, small steps towards their goals, and how they feel over time.",
        version: "assetmap \(version)",
        subcommands: [
            CaseloadCommand.self, OpenCommand.self, NewCommand.self, ListCommand.self, ExportCommand.self,
            ImportCommand.self,
            DemoCommand.self, CheckCommand.self, PassphraseCommand.self, TeamCommand.self, ReportCommand.self,
            GroupCommand.self,
        ],
        defaultSubcommand: CaseloadCommand.self
    )

    /// The common options may come before the command's name as well as after it.
    @OptionGroup var common: CommonOptions

    static func main() {
        ProcessSafety.disableCoreDumps()
        do {
            if CommandLine.arguments.count == 1 {
                try CaseloadCommand.open(Options())
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch let error as UserFacingError {
            StandardStreams.error("assetmap: " + error.message)
            if !error.details.isEmpty { StandardStreams.lines(error.details) }
            Glibc.exit(error.isUsage ? 2 : 1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                StandardStreams.lines(fullMessage(for: error))
                Glibc.exit(0)
            }
            var message = AssetMapCommand.message(for: error).trimmed
            while message.hasSuffix(".") { message.removeLast() }
            // "Did you mean '--json'?" already ends its sentence.
            let stop = message.hasSuffix("?") || message.hasSuffix("!") ? "" : "."
            StandardStreams.error("assetmap: \(message)\(stop) Run assetmap --help to see how to use it.")
            Glibc.exit(2)
        }
    }
}

/// A problem to tell the person about in one sentence, never with a backtrace.
struct UserFacingError: Error {
    var message: String
    var isUsage = false
    /// Extra lines for standard output, such as the plans that matched a name.
    var details = ""
}

extension StorageError {
    var userFacing: UserFacingError { UserFacingError(message: message) }
}

extension String {
    /// For a sentence put inside another one: "The folder …" becomes "the folder …".
    var lowercasingFirstLetter: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
