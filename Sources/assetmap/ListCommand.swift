import ArgumentParser
import AssetMapCore
import FoundationEssentials

struct ListCommand: FolderCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the plans in the data folder, most recently changed first.")

    @Flag(help: "Print JSON for other programs: id, name, updatedAt, path and the next step of each plan.")
    var json = false

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand

    struct Line: Encodable {
        var id: String?
        var name: String?
        var preferredName: String?
        var updatedAt: Date?
        var path: String
        var nextStep: NextStep?
        var wellbeing: WellbeingTrend?
        var error: String?
    }

    func run() throws {
        let store = try options.store()
        let today = CalendarDay(Date())
        let entries = store.list()
        if json {
            let lines = entries.map { entry -> Line in
                switch entry {
                case .plan(let summary, let path, _):
                    return Line(
                        id: summary.id, name: summary.name, preferredName: summary.preferredName,
                        updatedAt: summary.updatedAt,
                        path: path, nextStep: summary.nextStep, wellbeing: summary.wellbeing)
                case .unreadable(let path, let reason):
                    return Line(path: path, error: reason)
                }
            }
            let data = try PlanJSON.encode(lines)
            StandardStreams.output(data)
            return
        }
        if entries.isEmpty {
            StandardStreams.line("There are no plans in \(store.folder.root.path) yet.")
            return
        }
        for entry in entries {
            switch entry {
            case .plan(let summary, _, _):
                let changed = DayText.relative(CalendarDay(summary.updatedAt), today: today)
                StandardStreams.line("\(summary.id)  \(summary.displayName)  (changed \(changed))")
            case .unreadable(let path, let reason):
                StandardStreams.line("could not be read: \(path): \(reason)")
            }
        }
    }
}
