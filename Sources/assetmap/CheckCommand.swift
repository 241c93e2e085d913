import ArgumentParser
import AssetMapCore
import FoundationEssentials

struct CheckCommand: FolderCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every file in the data folder can be read; exits with 1 if any cannot.")

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand

    func run() throws {
        let store = try options.store()
        let report = FolderCheck.run(store)
        for line in report.lines { StandardStreams.line(line) }
        var trouble: [String] = []
        if !report.problems.isEmpty { trouble.append("\(report.problems.count) file(s) could not be read") }
        if !report.sharedIDs.isEmpty { trouble.append("\(report.sharedIDs.count) plan files share an id") }
        if !trouble.isEmpty {
            throw UserFacingError(
                message: trouble.joined(separator: " and ") + "; they have been left exactly as they are.")
        }
    }
}
