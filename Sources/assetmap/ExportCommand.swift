import ArgumentParser
import AssetMapCore
import FoundationEssentials

extension ExportFormat: ExpressibleByArgument {}
extension CSVRows: ExpressibleByArgument {}

/// `--include everything`, `--include page-one`, either with `,private`, or `private` alone.
extension ExportContents: ExpressibleByArgument {
    public init?(argument: String) {
        let words = argument.lowercased().split(separator: ",").map { String($0).trimmed }
        let parts = words.filter { $0 != "private" }
        guard !words.isEmpty, parts.count <= 1 else { return nil }
        guard let chosen = parts.first.map({ Parts(rawValue: $0) }) ?? .everything else { return nil }
        self.init(parts: chosen, privatePeople: words.contains("private"))
    }
}

struct ExportCommand: FolderCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Make a copy of a plan to print, take home or move: html, md, json or csv.")

    @Argument(help: ArgumentHelp("A name (or part of one) or a plan id.", valueName: "name-or-id"))
    var nameOrID: String

    @Option(help: "html (to print or read), md (plain text), json (the plan file) or csv (for a spreadsheet).")
    var format: ExportFormat

    @Option(help: "For csv: connections (one row per person on the map) or checks (one row per WELL12 check).")
    var what: CSVRows = .connections

    @Option(
        help: ArgumentHelp(
            """
            What goes in: everything, or page-one (the person's page: good life, the map, next steps, who to contact); \
            add ,private to put in the people marked private, who are otherwise left out. Not for json, which is the \
            whole plan.
            """, valueName: "everything|page-one[,private]"))
    var include: ExportContents?

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Write over the file if it is already there.")
    var force = false

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand

    func validate() throws {
        if what != .connections, format != .csv {
            throw ValidationError("--what is only for --format csv")
        }
        if include != nil, format == .json {
            throw ValidationError("--include is not for --format json, which is always the whole plan")
        }
        if include?.parts == .pageOne, !format.hasPageOne {
            throw ValidationError("--include page-one is only for --format html or md")
        }
    }

    func run() throws {
        let store = try options.store()
        let found = try PlanLookup.plan(nameOrID, in: store)
        let plan: Plan
        do {
            plan = try store.read(URL(fileURLWithPath: found.path, isDirectory: false))
        } catch {
            throw error.userFacing
        }
        let directory = (try? DirectoryStore(folder: store.folder, codec: store.codec).read()) ?? CommunityDirectory()
        let text = try Exporter.render(
            plan, as: format, rows: what, contents: include ?? ExportContents(),
            directory: directory, made: CalendarDay(Date()))
        let encrypted = store.codec.isEncrypted
        try OutputFile.write(text, to: output, force: force) { ExportNotice.written($0, encryptedFolder: encrypted) }
    }
}

struct ImportCommand: FolderCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Add a plan exported as JSON to the caseload.")

    @Argument(help: ArgumentHelp("The JSON file exported from assetmap.", valueName: "file"))
    var file: String

    @Flag(
        name: .customLong("as-new"), help: "Add it as a separate plan with a new id, even if that plan is already here."
    )
    var asNew = false

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand

    /// Far more than any plan holds (a plan of 50 MB is already a very long one); anything bigger is not read,
    /// so that importing the wrong file cannot fill the memory.
    static let sizeLimit = 64 << 20

    func run() throws {
        let url = URL(fileURLWithPath: file.expandingTilde)
        let data: Data
        do {
            data = try DurableFile.read(url, limit: Self.sizeLimit)
        } catch {
            switch error.reason {
            case .notFound:
                throw UserFacingError(
                    message: "There is no file at \(url.path); check the name and where it was saved.")
            case .notAPlainFile(let kind):
                throw UserFacingError(
                    message:
                        "\(url.path) is \(kind), not a file: import a plan exported as JSON to a file. Nothing was added."
                )
            case .tooBig, .notReadable:
                throw UserFacingError(message: error.message + " Nothing was added.")
            default:
                throw UserFacingError(message: "\(url.path) could not be read: \(error.readReason). Nothing was added.")
            }
        }
        var plan: Plan
        do {
            plan = try PlanImporter.read(data)
        } catch {
            throw UserFacingError(message: error.message + " Nothing was added.")
        }
        let store = try options.store()
        if asNew {
            plan = PlanImporter.asNew(plan, id: UUID().uuidString.lowercased())
        } else if !PlanImporter.hasUsableID(plan) {
            throw UserFacingError(
                message: "The plan's id is not in the usual form; add --as-new to give it a new one. Nothing was added."
            )
        } else if !store.files(withID: plan.id).isEmpty {
            throw UserFacingError(
                message:
                    "That plan is already in the caseload; add --as-new to add it as a separate plan. Nothing was added."
            )
        } else {
            // Written as assetmap writes every id, so the plan's file and its lock have the one name.
            plan = PlanImporter.asNew(plan, id: PlanID.key(plan.id))
        }
        do {
            _ = try store.add(plan)
        } catch {
            throw UserFacingError(message: "The plan could not be added: \(error.message)")
        }
        StandardStreams.line("Added to the caseload as plan \(plan.id).")
    }
}

struct DemoCommand: FolderCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open a made-up example plan to show assetmap; nothing is saved unless you choose.")

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand

    func run() throws {
        let store = try options.store()
        let now = Date()
        let plan = DemoPlan.make(
            today: CalendarDay(now), now: Timestamp.wholeSeconds(now), newID: { UUID().uuidString.lowercased() })
        try InteractiveSession.run(options: options, store: store, start: [.openExample(plan)])
    }
}
