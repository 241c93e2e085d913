import ArgumentParser
import AssetMapCore
import FoundationEssentials

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: FolderCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Outcomes across the caseload, in numbers only (no names), to share with managers and commissioners.")

    @Option(help: "md (plain text, the default), html (to print, with charts) or csv (one row per measure).")
    var format: ReportFormat = .md

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Write over the file if it is already there.")
    var force = false

    @Option(
        help: ArgumentHelp(
            "Count only what was recorded from this day on, such as 1 April, 1/4/2026 or last month.", valueName: "date"
        ))
    var since: String?

    @Option(
        help: ArgumentHelp("Only the plans with this keyworker, as written on each plan's Overview.", valueName: "name")
    )
    var keyworker: String?

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand

    func run() throws {
        let today = CalendarDay(Date())
        let scope = ReportScope(since: try since.map { try Self.day($0, today: today) }, keyworker: keyworker)
        if keyworker != nil, scope.keyworker == nil {
            throw UserFacingError(message: "Please give the keyworker's name after --keyworker.", isUsage: true)
        }
        let store = try options.store()
        let report = store.report(scope, made: today)
        if scope.keyworker != nil, report.people == 0 {
            throw UserFacingError(
                message: "No plan has that keyworker; it is the name written as keyworker on a plan's Overview.")
        }
        try OutputFile.write(ReportWriter.render(report, as: format), to: output, force: force) {
            "Saved the report to \($0). It holds numbers only: no names, ids or anything written in the plans.\n"
        }
    }

    /// The day typed after --since, read as dates are read everywhere in assetmap: without a year, the last one.
    static func day(_ typed: String, today: CalendarDay) throws -> CalendarDay {
        guard let day = DateWords.read(typed, today: today, meaning: .happened) else {
            throw UserFacingError(
                message: "The date after --since could not be read; try 1 April 2026 or 1/4/2026.", isUsage: true)
        }
        guard day <= today else {
            throw UserFacingError(
                message: "The date after --since is after today; give a day that has passed.", isUsage: true)
        }
        return day
    }
}
