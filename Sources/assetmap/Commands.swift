import ArgumentParser
import AssetMapCore
import AssetMapUI
import FoundationEssentials

struct CaseloadCommand: FolderCommand {
    static let configuration = CommandConfiguration(
        commandName: "caseload", abstract: "Show the caseload (what assetmap does with no command).")

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand

    func run() throws {
        try Self.open(options)
    }

    /// `assetmap` on its own, the usual way in, skips the command-line parser (a millisecond or two of
    /// reflection at every start) since there is nothing to parse.
    static func open(_ options: Options) throws {
        try InteractiveSession.run(options: options, store: try options.store(), start: [])
    }
}

struct OpenCommand: FolderCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open one plan straight away, by the person's name or the plan's id.")

    @Argument(help: ArgumentHelp("A name (or part of one) or a plan id.", valueName: "name-or-id"))
    var nameOrID: String

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand

    func run() throws {
        let store = try options.store()
        let found = try PlanLookup.plan(nameOrID, in: store)
        try InteractiveSession.run(options: options, store: store, start: [.openPlan(path: found.path)])
    }
}

struct NewCommand: FolderCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a plan for someone and open it; without a terminal, print its id.")

    @Argument(help: ArgumentHelp("The person's name.", valueName: "name"))
    var name: String

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand

    func run() throws {
        guard let name = ControlCharacters.removed(from: name).nonEmpty else {
            throw UserFacingError(message: "Please give the person's name.", isUsage: true)
        }
        let store = try options.store()
        let env = options.environmentForScreens
        let plan = Plan(id: env.newID(), person: Person(name: name), createdAt: Timestamp.wholeSeconds(env.now()))
        guard InteractiveSession.hasTerminal else {
            // From a script: the plan is started and its id given, for the script to use.
            do {
                try store.create(plan).close()
            } catch {
                throw UserFacingError(message: "The plan could not be started: \(error.message)")
            }
            StandardStreams.line(plan.id)
            return
        }
        try InteractiveSession.run(options: options, store: store, start: [.createPlan(plan)])
    }
}

/// Turns what was typed after `open` or `export` into one plan file, or explains why it cannot.
enum PlanLookup {
    static func plan(_ nameOrID: String, in store: PlanStore) throws -> PlanStore.Found {
        switch store.find(nameOrID) {
        case .one(let found):
            return found
        case .none:
            throw UserFacingError(message: "No plan matches that name or id; run assetmap list to see them all.")
        case .several(let matches) where Set(matches.map { PlanID.key($0.summary.id) }).count == 1:
            throw UserFacingError(
                message: "\(matches.count) plan files hold that same id; give the person's name instead, "
                    + "and run assetmap check to see which files they are.")
        case .several(let matches):
            let lines = matches.map { "\($0.summary.id)  \($0.summary.displayName)" }.joined(separator: "\n")
            throw UserFacingError(
                message: "\(matches.count) plans match that name; open one by its id (listed on standard output).",
                details: lines)
        }
    }
}
