import AssetMapCore
import Foundation

/// Small plans for tests, with fixed dates and ids so whole values can be compared.
public enum Samples {
    public static let created = Date(timeIntervalSince1970: 1_767_225_600)  // 1 January 2026, midnight UTC
    public static let later = Date(timeIntervalSince1970: 1_767_312_000)  // 2 January 2026

    public static func day(_ text: String) -> CalendarDay {
        CalendarDay(iso: text)!
    }

    public static func plan(name: String = "Zoë Ní Bhriain", id: String = "7f0c2a3e-0000-4000-8000-000000000001")
        -> Plan
    {
        Plan(id: id, person: Person(name: name), createdAt: created)
    }

    public static func connection(
        _ id: String, _ name: String, ring: Int, kind: ConnectionKind = .person,
        feeling: Feeling = .supportive, gives: String = "", receives: String = ""
    ) -> Connection {
        Connection(id: id, name: name, ring: ring, kind: kind, feeling: feeling, gives: gives, receives: receives)
    }

    /// A plan with something in every part, for round trips and exports.
    public static func fullPlan() -> Plan {
        var plan = plan()
        plan.person.preferredName = "Zoë"
        plan.person.pronouns = "she/her"
        plan.person.keyworker = "Sam Okafor"
        plan.consent = Consent(given: true, date: day("2026-01-01"), note: "Talked it through")
        plan.goodLife = "Walking by the sea every week.\nSeeing my sister more."
        plan.network = [
            connection("c1", "Aoife (sister)", ring: 1, gives: "Listens", receives: "I help with her garden"),
            connection("c2", "Walking group", ring: 3, kind: .group, feeling: .mixed, gives: "Company"),
            connection("c3", "GP", ring: 4, kind: .service, feeling: .supportive, gives: "Check-ups"),
            connection("c4", "Library", ring: 5, kind: .place),
        ]
        plan.assets = [
            Asset(id: "a1", owner: .person, kind: .skill, text: "Good at fixing bikes", domain: "work-and-learning"),
            Asset(id: "a2", owner: .worker, kind: .resource, text: "Knows the walking routes"),
        ]
        plan.communityLinks = ["d1"]
        plan.goals = [
            Goal(
                id: "g1", title: "Walk by the sea each week", why: "It clears my head",
                steps: [
                    Step(
                        id: "s1", text: "Find the bus times", who: "person", due: day("2026-02-01"), status: .done,
                        assetIds: ["a1"], connectionIds: ["c1"]),
                    Step(id: "s2", text: "Go once with Aoife", who: "c1", due: day("2026-02-15")),
                ],
                barriers: [Barrier(id: "b1", text: "Hard to get to", whatHelps: "A bus pass")],
                risk: RiskPlan(
                    benefits: "Fresh air", risks: "Getting tired", contingency: "Ring Aoife",
                    reviewOn: day("2026-03-01")),
                createdAt: created)
        ]
        plan.steppingBack = [Stage(id: "t1", text: "Meet every two weeks", by: day("2026-04-01"))]
        plan.checks = [
            WellbeingCheck(
                id: "w1", date: day("2026-01-05"), answers: [2, 3, 1, 2, 4, 3, 2, 3, 1, 2, 2, 3], complete: true,
                recentEvent: .no, notes: "A calm week")
        ]
        plan.notes = [Note(id: "n1", date: day("2026-01-05"), text: "First meeting at the library.")]
        plan.snapshots = [
            Snapshot(id: "p1", date: day("2026-01-05"), label: "First map", network: Array(plan.network.prefix(2)))
        ]
        return plan
    }
}
