import AssetMapCore
import Foundation

/// Plans as big as the busiest real ones: a crowded map, a long ladder, years of wellbeing checks.
enum BenchPlans {
    static let created = Date(timeIntervalSince1970: 1_767_225_600)
    static let today = CalendarDay(year: 2026, month: 6, day: 1)!

    static func network(_ count: Int, id: String = "bench") -> Plan {
        var plan = Plan(id: id, person: Person(name: "Zoë Ní Bhriain"), createdAt: created)
        let kinds: [ConnectionKind] = [
            .person, .person, .person, .group, .place, .service, .person, .pet, .group, .person,
        ]
        plan.network = (0..<count).map { index in
            Connection(
                id: "c\(index)", name: "Person number \(index)", ring: index % 5 + 1, kind: kinds[index % kinds.count],
                feeling: Feeling.allCases[index % 3], gives: "Company", receives: index % 2 == 0 ? "Help" : "")
        }
        return plan
    }

    /// One goal with `steps` steps, the lower half done, every step with someone from the map and a date.
    static func ladder(_ steps: Int) -> Plan {
        var plan = network(12)
        let rungs = (0..<steps).map { index in
            Step(
                id: "s\(index)",
                text: "Step \(index + 1): ring the allotment society and ask about a plot near the bus stop",
                who: index % 3 == 0 ? "person" : "c\(index % 12)", due: today.adding(days: index * 7 - 40),
                status: index < steps / 2 ? .done : (index == steps / 2 ? .doing : .todo),
                connectionIds: ["c\(index % 12)"])
        }
        plan.goals = [
            Goal(
                id: "g1", title: "Get an allotment plot", why: "Fresh air and something of my own", steps: rungs,
                barriers: [Barrier(id: "b1", text: "Hard to get to", whatHelps: "A bus pass")], createdAt: created)
        ]
        return plan
    }

    /// `count` complete WELL12 checks a month apart, the answers drifting up and down.
    static func checks(_ count: Int) -> Plan {
        var plan = network(12)
        plan.checks = (0..<count).map { index in
            let answers: [Int?] = (0..<WellbeingCheck.itemCount).map { item in (index + item * 3) % 5 }
            return WellbeingCheck(
                id: "w\(index)", date: today.adding(days: (index - count) * 30), answers: answers, complete: true)
        }
        return plan
    }

    /// Two notes, one of them of 100,000 characters in one paragraph, as pasted from another program.
    static func notes() -> Plan {
        var plan = network(12)
        plan.notes = [
            Note(
                id: "n1", date: today, text: String(repeating: "A long note about the week, pasted in. ", count: 2_565)),
            Note(id: "n2", date: today.adding(days: -7), text: "A short note."),
        ]
        return plan
    }

    /// A plan for the caseload: a few people, a goal with a step due, two checks.
    static func caseloadPlan(_ index: Int) -> Plan {
        var plan = ladder(4)
        plan.id = String(format: "00000000-0000-4000-8000-%012d", index)
        plan.person.name = "Person \(index) \(["Zoë", "Siobhán", "李", "Aled", "Priya"][index % 5])"
        plan.network = Array(plan.network.prefix(6))
        plan.checks = Array(checks(2).checks)
        plan.updatedAt = created.addingTimeInterval(Double(index) * 60)
        return plan
    }

    /// The busiest screen of each kind, each plan with an id and a name of its own so they can share a folder.
    static var busy: [String: Plan] {
        var plans = ["network": network(150), "ladder": ladder(20), "wellbeing": checks(30)]
        for (number, kind) in ["network", "ladder", "wellbeing"].enumerated() {
            plans[kind]?.id = String(format: "00000000-0000-4000-8000-%012d", 900_000 + number)
            plans[kind]?.person.name = "Busy \(kind)"
        }
        return plans
    }

    /// A data folder holding `count` plans, written as the program writes them.
    static func fill(_ folder: DataFolder, count: Int) throws {
        let store = PlanStore(folder: folder)
        for index in 0..<count {
            _ = try store.add(caseloadPlan(index))
        }
    }

    /// A new, empty folder under the temporary folder, removed again by `remove`.
    static func temporaryFolder(_ name: String) -> DataFolder {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
            "assetmap-bench-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        return DataFolder(root: root)
    }

    static func remove(_ folder: DataFolder) {
        try? FileManager.default.removeItem(at: folder.root)
    }
}
