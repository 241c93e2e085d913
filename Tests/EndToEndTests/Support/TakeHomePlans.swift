import AssetMapCore
import Foundation
import TestSupport

/// Made-up plans for printing, added to a data folder with `assetmap import`, as a worker moving a plan would.
enum TakeHomePlans {
    static let made = CalendarDay(Date())

    /// The demo plan, with dates around today as `assetmap demo` makes them.
    static func demo() -> Plan {
        DemoPlan.make(today: made, now: Date(), newID: { UUID().uuidString.lowercased() })
    }

    /// A full map of 20 (one of them private), three goals being worked on, and a year of monthly checks,
    /// written by hand in the plan file format.
    static func twentyPeopleAndTwelveChecks() throws -> Plan {
        try PlanImporter.read(Fixtures.data("take-home-20-people-12-checks.json"))
    }

    /// Adds the plan to the data folder the way a worker would, with `assetmap import`.
    static func add(_ plan: Plan, to folder: EndToEndFolder) throws {
        let file = folder.temporary.url.appendingPathComponent("plan-\(plan.id).json")
        try PlanJSON.encode(plan).write(to: file)
        let result = try Program.run(["import", file.path], dataDir: folder.dataDir)
        guard result.status == 0 else { throw ImportFailed(message: result.errors) }
    }

    struct ImportFailed: Error {
        var message: String
    }
}
