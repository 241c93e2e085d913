import AssetMapCore
import Foundation

/// A made-up caseload of six plans whose report can be worked out by hand (see `CaseloadReportTests`).
/// Every name, id and piece of text in it is distinctive, so a report can be searched for any of them.
public enum Caseload {
    public static let utc = TimeZone(identifier: "UTC")!

    /// Each check's answers: all `base`, with some items (numbered 1–12) answered otherwise.
    public static func check(
        _ id: String, _ date: String, _ base: Int, _ changed: [Int: Int] = [:], complete: Bool = true
    ) -> WellbeingCheck {
        var answers: [Int?] = Array(repeating: base, count: 12)
        for (item, answer) in changed { answers[item - 1] = answer }
        return WellbeingCheck(
            id: id, date: Samples.day(date), answers: answers, complete: complete, notes: "Quietnotes \(id)")
    }

    static func network(_ prefix: String, rings: [Int]) -> [Connection] {
        rings.enumerated().map {
            Samples.connection("\(prefix)-c\($0.offset)", "Friendname\(prefix)\($0.offset)", ring: $0.element)
        }
    }

    static func person(
        _ letter: String, name: String, keyworker: String, now: [Int], snapshot: (String, [Int])?,
        checks: [WellbeingCheck]
    ) -> Plan {
        var plan = Samples.plan(name: name, id: "0c5e1d2a-0000-4000-8000-00000000000\(letter)")
        plan.person.preferredName = "Pref\(name)"
        plan.person.keyworker = keyworker
        plan.goodLife = "Goodlifewords of \(name)"
        plan.network = network(letter, rings: now)
        plan.snapshots =
            snapshot.map {
                [
                    Snapshot(
                        id: "snap-\(letter)", date: Samples.day($0.0), label: "Snaplabel\(letter)",
                        network: network(letter + "old", rings: $0.1))
                ]
            } ?? []
        plan.checks = checks
        plan.notes = [Note(id: "note-\(letter)", date: Samples.day("2026-01-02"), text: "Privatenote about \(name)")]
        return plan
    }

    public static func created(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text + "T12:00:00Z")!
    }

    /// A to E have two or more complete checks; F has one complete and one not finished.
    public static func plans() -> [Plan] {
        var a = person(
            "a", name: "Zephyrine Quillfeather", keyworker: "Sam Okafor", now: [1, 1, 2, 3, 4],
            snapshot: ("2026-01-10", [1, 2, 3]),
            checks: [check("wa1", "2026-01-10", 2), check("wa2", "2026-04-10", 3)])
        a.goals = [
            Goal(
                id: "goal-a", title: "Goaltitle Lighthouse",
                steps: [
                    Step(id: "step-a1", text: "Steptext Ferry", status: .done, doneOn: Samples.day("2026-02-01")),
                    Step(id: "step-a2", text: "Steptext Harbour", status: .done),
                    Step(id: "step-a3", text: "Steptext Beacon"),
                ], status: .done, createdAt: created("2026-01-10"), doneOn: Samples.day("2026-03-01"))
        ]
        var b = person(
            "b", name: "Orlaith Brackenridge", keyworker: "Sam Okafor", now: [1, 2, 2, 5],
            snapshot: ("2026-01-12", [1, 2, 3, 5]),
            checks: [check("wb1", "2026-01-12", 2), check("wb2", "2026-05-01", 2, [12: 4])])
        b.goals = [
            Goal(
                id: "goal-b", title: "Goaltitle Orchard",
                steps: [
                    Step(id: "step-b1", text: "Steptext Ladder", status: .done, doneOn: Samples.day("2026-04-01"))
                ], createdAt: created("2025-12-01"))
        ]
        var c = person(
            "c", name: "Thaddeus Wolstenholme", keyworker: "sam okafor", now: [1, 4],
            snapshot: ("2026-02-01", [1, 2, 4]),
            checks: [
                check("wc1", "2026-02-01", 3), check("wc2", "2026-03-01", 3), check("wc3", "2026-06-01", 3, [4: 1]),
            ])
        c.goals = [Goal(id: "goal-c", title: "Goaltitle Kiln", status: .done, createdAt: created("2026-02-15"))]
        let d = person(
            "d", name: "Ismenia Featherstonehaugh", keyworker: "Priya", now: [1, 1, 1, 2, 3, 3],
            snapshot: ("2026-01-05", [1, 3]),
            checks: [check("wd1", "2026-01-05", 1), check("wd2", "2026-06-05", 1)])
        let e = person(
            "e", name: "Barnaby Oyelaran-Smythe", keyworker: "Priya", now: [2, 3, 5],
            snapshot: ("2026-01-20", [2, 3, 5]),
            checks: [check("we1", "2026-01-20", 2), check("we2", "2026-05-20", 2, [1: 3, 12: 3])])
        let f = person(
            "f", name: "Wilhelmina Achterberg", keyworker: "Priya", now: [1], snapshot: nil,
            checks: [check("wf1", "2026-02-10", 4), check("wf2", "2026-03-10", 1, complete: false)])
        return [a, b, c, d, e, f]
    }

    /// Every name, id and piece of text written in the caseload: none may be in a report.
    public static func everythingWritten(_ plans: [Plan]) -> [String] {
        plans.flatMap { plan -> [String] in
            var words = [
                plan.id, plan.person.name, plan.person.preferredName ?? "", plan.person.keyworker ?? "", plan.goodLife,
            ]
            words +=
                plan.network.flatMap { [$0.id, $0.name] }
                + plan.snapshots.flatMap { [$0.id, $0.label] + $0.network.map(\.name) }
            words += plan.goals.flatMap { goal in [goal.id, goal.title] + goal.steps.flatMap { [$0.id, $0.text] } }
            words += plan.checks.flatMap { [$0.id, $0.notes ?? ""] } + plan.notes.flatMap { [$0.id, $0.text] }
            return words.filter { !$0.isEmpty }
        }
    }

    public static let historyToday = Samples.day("2026-04-01")

    /// Two checks, two snapshots and a map changed since, a goal with steps done on known days, and notes.
    public static func withHistory() -> Plan {
        var plan = Samples.plan()
        let mum = Samples.connection("mum", "Mum", ring: 2)
        let lee = Samples.connection("lee", "Lee", ring: 3)
        let kez = Samples.connection("kez", "Kez", ring: 2)
        plan.snapshots = [
            Snapshot(id: "p2", date: Samples.day("2026-03-05"), label: "Spring", network: [moved(mum, to: 1), kez]),
            Snapshot(id: "p1", date: Samples.day("2026-01-05"), label: "First map", network: [mum, lee]),
        ]
        var secret = Samples.connection("secret", "Secret friend", ring: 2)
        secret.isPrivate = true
        plan.network = [
            moved(mum, to: 1), moved(kez, to: 3), Samples.connection("library", "Library", ring: 5, kind: .place),
            secret,
        ]
        plan.checks = [check("w2", "2026-03-05", 2, [1: 4, 2: 4, 3: 4]), check("w1", "2026-01-05", 2)]
        plan.goals = [
            Goal(
                id: "g1", title: "Walk by the sea",
                steps: [
                    Step(id: "s1", text: "Find the bus times", status: .done, doneOn: Samples.day("2026-02-01")),
                    Step(id: "s2", text: "Buy boots", status: .done),
                    Step(id: "s3", text: "Go once with Kez"),
                ], status: .done, createdAt: created("2026-01-05"), doneOn: Samples.day("2026-03-05"))
        ]
        plan.notes = [
            Note(id: "n1", date: Samples.day("2026-02-01"), text: "One"),
            Note(id: "n2", date: Samples.day("2026-02-01"), text: "Two"),
            Note(id: "n3", date: Samples.day("2026-03-05"), text: "Three"),
        ]
        return plan
    }

    static func moved(_ connection: Connection, to ring: Int) -> Connection {
        var moved = connection
        moved.ring = ring
        return moved
    }
}
