import ArgumentParser
import AssetMapCore
import FoundationEssentials

struct GroupCommand: FolderCommand {
    static let configuration = CommandConfiguration(
        commandName: "group", abstract: "Run a group session: only what the group writes together is on screen.",
        discussion:
            "Give each person with a plan by their name (or part of it) or the plan's id, as for open. A name no plan has is "
            + "someone without a plan yet, by a first name only; --first-name says so when the name is also part of a plan's."
    )

    @Argument(
        help: ArgumentHelp(
            "A plan's name or id, or a first name for someone without a plan yet.", valueName: "name-or-id"))
    var people: [String] = []

    @Option(
        name: .customLong("first-name"),
        help: ArgumentHelp("Someone without a plan yet, by a first name only (again for each).", valueName: "name"))
    var firstNames: [String] = []

    @Option(
        help: ArgumentHelp(
            "Your name, written as “added by” on places the group adds to the directory.", valueName: "name"))
    var worker: String?

    @OptionGroup var given: CommonOptions
    @ParentCommand var root: AssetMapCommand

    func run() throws {
        guard !people.isEmpty || !firstNames.isEmpty else {
            throw UserFacingError(
                message: "Please say who is in the group: a plan's name or id, or a first name.", isUsage: true)
        }
        let store = try options.store()
        let env = options.environmentForScreens
        var members: [GroupMember] = []
        for person in people {
            let member = try Self.member(person, in: store, newID: env.newID)
            guard !members.contains(where: { $0.planID != nil && $0.planID == member.planID }) else { continue }
            members.append(member)
        }
        for name in firstNames {
            members.append(GroupMember(id: env.newID(), name: try Self.firstName(name)))
        }
        let session = GroupSession(
            id: env.newID(), createdAt: Timestamp.wholeSeconds(env.now()), worker: worker?.nonEmpty, members: members)
        try InteractiveSession.run(options: options, store: store, start: [.startGroup(session)])
    }

    /// A plan found as `open` finds one; a name no plan has is someone new, by a first name only.
    static func member(_ typed: String, in store: PlanStore, newID: () -> String) throws -> GroupMember {
        switch store.find(typed) {
        case .one(let found):
            return GroupMember(
                id: newID(), name: GroupMember.firstName(of: found.summary.displayName), planID: found.summary.id)
        case .several(let matches):
            throw UserFacingError(
                message: "\(matches.count) plans match one of the names given; give that person's plan id instead "
                    + "(listed on standard output), or --first-name for someone without a plan yet.",
                details: matches.map { "\($0.summary.id)  \($0.summary.displayName)" }.joined(separator: "\n"))
        case .none:
            return GroupMember(id: newID(), name: try firstName(typed))
        }
    }

    static func firstName(_ typed: String) throws -> String {
        guard let name = typed.nonEmpty, !name.contains(where: \.isWhitespace) else {
            throw UserFacingError(
                message: "Someone without a plan is given by a first name only; run assetmap list to see the plans.",
                isUsage: true)
        }
        return name
    }
}
