import FoundationEssentials

/// Reads a plan exported as JSON, checking it thoroughly before anything is written.
public enum PlanImporter {
    public struct Problem: Error, Equatable, Sendable {
        public var message: String

        public init(message: String) {
            self.message = message
        }
    }

    public static func read(_ data: Data) throws(Problem) -> Plan {
        if EncryptedEnvelope.looksSealed(data) {
            throw Problem(
                message:
                    "The file is an encrypted plan file, not an export; export it as JSON from the assetmap it came from."
            )
        }
        if let version = PlanJSON.schemaVersion(of: data), version > Plan.currentSchemaVersion {
            throw Problem(
                message: "The file was made by a newer assetmap (format \(version)); import it with that version.")
        }
        let plan: Plan
        do {
            plan = try PlanJSON.decode(Plan.self, from: data)
        } catch {
            throw Problem(message: "The file could not be imported: \(error).")
        }
        try checkUnique(plan.network.map(\.id), "network")
        try checkUnique(plan.assets.map(\.id), "assets")
        try checkUnique(plan.goals.map(\.id), "goals")
        for (index, goal) in plan.goals.enumerated() {
            try checkUnique(goal.steps.map(\.id), "goals[\(index)].steps")
        }
        try checkUnique(plan.checks.map(\.id), "checks")
        try checkUnique(plan.links.map(\.id), "links")
        let onTheMap = Set(plan.network.map(\.id))
        for (index, link) in plan.links.enumerated() where !onTheMap.contains(link.a) || !onTheMap.contains(link.b) {
            throw Problem(
                message: "The file could not be imported: links[\(index)] joins someone who is not on the map.")
        }
        guard plan.person.name.nonEmpty != nil else {
            throw Problem(message: "The file could not be imported: person.name is empty.")
        }
        return plan
    }

    /// Plan files are named by the plan's id, so only an id in the usual form is used as it is.
    public static func hasUsableID(_ plan: Plan) -> Bool {
        PlanID.isUsual(plan.id)
    }

    /// The same plan under a new id, as when importing a second copy.
    public static func asNew(_ plan: Plan, id: String) -> Plan {
        var copy = plan
        copy.id = id
        return copy
    }

    private static func checkUnique(_ ids: [String], _ path: String) throws(Problem) {
        var seen = Set<String>()
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            throw Problem(message: "The file could not be imported: \(path)[\(index)].id is used twice.")
        }
    }
}
