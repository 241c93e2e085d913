import ArgumentParser
import AssetMapCore
import AssetMapTeam
import FoundationEssentials

extension TeamCommand {
    struct Handover: FolderCommand {
        static let configuration = CommandConfiguration(
            commandName: "handover",
            abstract: "Hand a plan over to another worker: they become its keyworker, and a note says so."
        )

        @Argument(help: ArgumentHelp("A name (or part of one) or a plan id.", valueName: "name-or-id"))
        var nameOrID: String

        @Option(help: ArgumentHelp("The worker taking the plan on, as the team knows them.", valueName: "worker name"))
        var to: String

        @OptionGroup var given: CommonOptions
        @ParentCommand var root: AssetMapCommand

        func run() throws {
            guard let worker = ControlCharacters.removed(from: to).nonEmpty else {
                throw UserFacingError(message: "Please give the name of the worker taking the plan on.", isUsage: true)
            }
            let store = try options.store()
            let found = try PlanLookup.plan(nameOrID, in: store)
            let open: OpenPlan
            do {
                open = try store.open(URL(fileURLWithPath: found.path, isDirectory: false))
            } catch {
                throw error.userFacing
            }
            defer { open.close() }
            if case .heldElsewhere? = open.readOnly {
                throw UserFacingError(
                    message:
                        "The plan is open in assetmap now; close it there, or hand it over from the plan's overview.")
            }
            guard open.readOnly == nil else {
                throw UserFacingError(message: "This plan opens read-only, so it cannot be handed over here.")
            }
            let now = Date()
            var editor = PlanEditor(plan: open.plan)
            do {
                try editor.apply(
                    .handOver(to: worker, on: CalendarDay(now), noteID: UUID().uuidString.lowercased()), now: now)
                try store.save(editor.plan, in: open)
            } catch let error as StorageError {
                throw error.userFacing
            } catch let rejection as EditRejection {
                throw UserFacingError(message: "The plan could not be handed over: \(rejection.message)")
            } catch {
                throw UserFacingError(message: "The plan could not be handed over, and is as it was.")
            }
            let next =
                TeamSync(store: store, environment: options.environment).isJoined
                ? " It reaches the team at the next sync." : ""
            StandardStreams.line("The plan has its new keyworker now.\(next)")
        }
    }
}
