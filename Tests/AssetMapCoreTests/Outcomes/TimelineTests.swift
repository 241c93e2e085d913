import AssetMapCore
import Foundation
import Testing
import TestSupport

@Suite struct TimelineTests {
    static let today = Samples.day("2026-04-01")

    /// Two checks, two snapshots and a map changed since, a goal with steps done on known days, and notes.
    static func plan() -> Plan {
        var plan = Samples.plan()
        let mum = Samples.connection("mum", "Mum", ring: 2)
        let lee = Samples.connection("lee", "Lee", ring: 3)
        let kez = Samples.connection("kez", "Kez", ring: 2)
        plan.snapshots = [
            Snapshot(id: "p2", date: Samples.day("2026-03-05"), label: "Spring", network: [with(mum, ring: 1), kez]),
            Snapshot(id: "p1", date: Samples.day("2026-01-05"), label: "First map", network: [mum, lee]),
        ]
        var secret = Samples.connection("secret", "Secret friend", ring: 2)
        secret.isPrivate = true
        plan.network = [with(mum, ring: 1), with(kez, ring: 3), Samples.connection("library", "Library", ring: 5, kind: .place), secret]
        plan.checks = [Caseload.check("w2", "2026-03-05", 2, [1: 4, 2: 4, 3: 4]), Caseload.check("w1", "2026-01-05", 2)]
        plan.goals = [Goal(id: "g1", title: "Walk by the sea", steps: [
            Step(id: "s1", text: "Find the bus times", status: .done, doneOn: Samples.day("2026-02-01")),
            Step(id: "s2", text: "Buy boots", status: .done),
            Step(id: "s3", text: "Go once with Kez"),
        ], status: .done, createdAt: Caseload.created("2026-01-05"), doneOn: Samples.day("2026-03-05"))]
        plan.notes = [Note(id: "n1", date: Samples.day("2026-02-01"), text: "One"), Note(id: "n2", date: Samples.day("2026-02-01"), text: "Two"),
                      Note(id: "n3", date: Samples.day("2026-03-05"), text: "Three")]
        return plan
    }

    static func with(_ connection: Connection, ring: Int) -> Connection {
        var moved = connection
        moved.ring = ring
        return moved
    }

    @Test func eachDayHasOneLineWithEverythingThatHappenedOnIt() {
        let timeline = Timeline(plan: Self.plan(), today: Self.today, timeZone: Caseload.utc)
        #expect(timeline.lines.map(\.date.iso) == ["2026-01-05", "2026-02-01", "2026-03-05", "2026-04-01"])
        #expect(timeline.lines.map { $0.events.map(\.words) } == [
            ["WELL12 total 24 out of 48", "Map kept (First map): 2 on it", "Goal set: Walk by the sea"],
            ["Step done: Find the bus times (towards: Walk by the sea)", "Session notes written"],
            ["WELL12 total 30 out of 48, up 6", "Map kept (Spring): 2 on it. Came in: Kez. Moved closer: Mum (ring 2 → 1). Left: Lee.",
             "Goal reached: Walk by the sea", "Session notes written"],
            ["The map now: 4 on it. Came in: Library, Secret friend. Moved further: Kez (ring 2 → 3)."],
        ])
        #expect(timeline.undated.map(\.words) == ["Step done: Buy boots (towards: Walk by the sea)"])
    }

    @Test func forACopyToTakeHomePeopleMarkedPrivateAreLeftOut() {
        let timeline = Timeline(plan: Self.plan(), today: Self.today, timeZone: Caseload.utc, leavingOutPrivate: true)
        #expect(timeline.lines.last?.events.map(\.words) == ["The map now: 3 on it. Came in: Library. Moved further: Kez (ring 2 → 3)."])
        let html = try? Exporter.render(Self.plan(), as: .html, directory: CommunityDirectory(), made: Self.today)
        #expect(html?.contains(#"<section id="timeline"><h2>What changed, and when</h2>"#) == true)
        #expect(html?.contains("<tr><td>1 February 2026</td><td>Step done: Find the bus times (towards: Walk by the sea)<br/>Session notes written</td></tr>") == true)
        #expect(html?.contains("Came in: Library.") == true)
        let md = try? Exporter.render(Self.plan(), as: .md, directory: CommunityDirectory(), made: Self.today)
        #expect(md?.contains("- **Day not recorded**: Step done: Buy boots (towards: Walk by the sea)") == true)
        #expect(md?.contains("One") == false && md?.contains("Three") == false)
    }

    @Test func anUnfinishedCheckAndOneWithSkippedAnswersSaySo() {
        var plan = Samples.plan()
        plan.checks = [WellbeingCheck(id: "w", date: Samples.day("2026-02-02"), answers: [2, 3, nil, 1] + Array(repeating: 2, count: 8),
                                      complete: false)]
        let timeline = Timeline(plan: plan, today: Self.today)
        #expect(timeline.lines.map { $0.events.map(\.words) } == [["WELL12 total 22 of 44 (11 answered) (not finished)"]])
    }

    @Test func aMapThatHasNotChangedSinceTheLastSnapshotHasNoLineForToday() {
        var plan = Samples.plan()
        plan.network = [Samples.connection("mum", "Mum", ring: 1)]
        plan.snapshots = [Snapshot(id: "p", date: Samples.day("2026-03-01"), network: plan.network)]
        let timeline = Timeline(plan: plan, today: Self.today)
        #expect(timeline.lines.map(\.date.iso) == ["2026-03-01"])
        #expect(Timeline(plan: Samples.plan(), today: Self.today).lines.isEmpty)
    }
}
