import ArgumentParser
import AssetMapCore
import FoundationEssentials

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check",
                                                    abstract: "Check every file in the data folder can be read; exits with 1 if any cannot.")

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand
    var options: Options { given.filled(from: root.common) }

    func run() throws {
        let store = try options.store()
        let report = FolderCheck.run(store)
        for line in report.lines { print(line) }
        if !report.problems.isEmpty {
            throw UserFacingError(message: "\(report.problems.count) file(s) could not be read; they have been left exactly as they are.")
        }
    }
}
