import ArgumentParser
import AssetMapCore
import AssetMapUI
import FoundationEssentials

struct CaseloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "caseload", abstract: "Show the caseload (what assetmap does with no command).")

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand
    var options: Options { given.filled(from: root.common) }

    func run() throws {
        try Self.open(options)
    }

    /// `assetmap` on its own, the usual way in, skips the command-line parser (a millisecond or two of
    /// reflection at every start) since there is nothing to parse.
    static func open(_ options: Options) throws {
        try InteractiveSession.run(options: options, store: try options.store(), start: [])
    }
}

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open one plan straight away, by the person's name or the plan's id.")

    @Argument(help: ArgumentHelp("A name (or part of one) or a plan id.", valueName: "name-or-id"))
    var nameOrID: String

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand
    var options: Options { given.filled(from: root.common) }

    func run() throws {
        let store = try options.store()
        let id = try PlanLookup.id(for: nameOrID, in: store)
        try InteractiveSession.run(options: options, store: store, start: [.openPlan(id: id)])
    }
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Start a plan for someone and open it.")

    @Argument(help: ArgumentHelp("The person's name.", valueName: "name"))
    var name: String

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand
    var options: Options { given.filled(from: root.common) }

    func run() throws {
        guard let name = name.nonEmpty else { throw UserFacingError(message: "Please give the person's name.", isUsage: true) }
        let store = try options.store()
        let env = options.environmentForScreens
        let plan = Plan(id: env.newID(), person: Person(name: name), createdAt: Timestamp.wholeSeconds(env.now()))
        try InteractiveSession.run(options: options, store: store, start: [.createPlan(plan)])
    }
}

/// Turns what was typed after `open` or `export` into one plan id, or explains why it cannot.
enum PlanLookup {
    static func id(for nameOrID: String, in store: PlanStore) throws -> String {
        switch store.find(nameOrID) {
        case .one(let summary):
            return summary.id
        case .none:
            throw UserFacingError(message: "No plan matches that name or id; run assetmap list to see them all.")
        case .several(let matches):
            let lines = matches.map { "\($0.id)  \($0.displayName)" }.joined(separator: "\n")
            throw UserFacingError(message: "\(matches.count) plans match that name; open one by its id (listed on standard output).",
                                  details: lines)
        }
    }
}
