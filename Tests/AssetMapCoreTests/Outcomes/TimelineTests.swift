import AssetMapCore
import Foundation
import TestSupport
import Testing

@Suite struct TimelineTests {
    static let today = Caseload.historyToday

    @Test func eachDayHasOneLineWithEverythingThatHappenedOnIt() {
        let timeline = Timeline(plan: Caseload.withHistory(), today: Self.today, timeZone: Caseload.utc)
        #expect(timeline.lines.map(\.date.iso) == ["2026-01-05", "2026-02-01", "2026-03-05", "2026-04-01"])
        #expect(
            timeline.lines.map { $0.events.map(\.words) } == [
                ["WELL12 total 24 out of 48", "Map kept (First map): 2 on it", "Goal set: Walk by the sea"],
                ["Step done: Find the bus times (towards: Walk by the sea)", "Session notes written"],
                [
                    "WELL12 total 30 out of 48, up 6",
                    "Map kept (Spring): 2 on it. Came in: Kez. Moved closer: Mum (ring 2 → 1). Left: Lee.",
                    "Goal reached: Walk by the sea", "Session notes written",
                ],
                ["The map now: 4 on it. Came in: Library, Secret friend. Moved further: Kez (ring 2 → 3)."],
            ])
        #expect(timeline.undated.map(\.words) == ["Step done: Buy boots (towards: Walk by the sea)"])
    }

    @Test func forACopyToTakeHomePeopleMarkedPrivateAreLeftOut() {
        let timeline = Timeline(
            plan: Caseload.withHistory().leavingPrivatePeopleOut(), today: Self.today, timeZone: Caseload.utc)
        #expect(
            timeline.lines.last?.events.map(\.words) == [
                "The map now: 3 on it. Came in: Library. Moved further: Kez (ring 2 → 3)."
            ])
        let html = try? Exporter.render(
            Caseload.withHistory(), as: .html, directory: CommunityDirectory(), made: Self.today)
        #expect(html?.contains(#"<section id="timeline"><h2>What changed, and when</h2>"#) == true)
        #expect(
            html?.contains(
                #"<tr><th scope="row">1 February 2026</th><td>Step done:"#
                    + " Find the bus times (towards: Walk by the sea)<br/>"
                    + "Session notes written</td></tr>") == true)
        #expect(html?.contains("Came in: Library.") == true)
        let md = try? Exporter.render(
            Caseload.withHistory(), as: .md, directory: CommunityDirectory(), made: Self.today)
        #expect(md?.contains("- **Day not recorded**: Step done: Buy boots (towards: Walk by the sea)") == true)
        #expect(md?.contains("One") == false && md?.contains("Three") == false)
    }

    @Test func anUnfinishedCheckAndOneWithSkippedAnswersSaySo() {
        var plan = Samples.plan()
        plan.checks = [
            WellbeingCheck(
                id: "w", date: Samples.day("2026-02-02"), answers: [2, 3, nil, 1] + Array(repeating: 2, count: 8),
                complete: false)
        ]
        let timeline = Timeline(plan: plan, today: Self.today)
        #expect(
            timeline.lines.map { $0.events.map(\.words) } == [
                ["WELL12 total 22 out of 44 (11 answered) (not finished)"]
            ])
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
