import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct WellbeingEndToEndTests {
    let folder = EndToEndFolder()

    @Test func aFullCheckAndAHalfOneFinishedAfterReopeningBothInTheTable() throws {
        let session = try folder.startOnOverview(["new", "Wellbeing Test"])
        try session.press("5", "a")
        try session.waitFor("Statement 1 of 12")
        for answer in ["3", "3", "2", "2", "4", "1", "2", "3", "4", "2", "3", "3"] {
            try session.press(answer)
        }
        try session.waitFor("13. Has there been a recent event")
        try session.fillIn(
            after: "Down", "Enter", form: "14. Notes", typing: "A good week", thenSee: "Check finished: 32 out of 48")

        try session.press("a")
        try session.waitFor("Statement 1 of 12")
        for answer in ["4", "4", "4", "4", "4"] { try session.press(answer) }
        try session.waitFor("Statement 6 of 12")
        try session.press("Escape")
        try session.waitFor("Stopped for now")
        #expect(folder.waitUntilSaved("\"complete\" : false"))
        try session.press("q", "q")
        #expect(session.waitForExit())

        let again = try folder.startOnOverview(["open", "Wellbeing Test"])
        try again.press("5")
        try again.waitFor("not finished")
        try again.press("Enter")
        try again.waitFor("Statement 6 of 12")
        for answer in ["1", "1", "1", "1", "1", "1", "1"] { try again.press(answer) }
        try again.waitFor("13. Has there been a recent event")
        try again.press("Enter")
        try again.waitFor("13. What was it?")
        try again.type("Started at the choir")
        try again.press("Enter", "C-s")
        try again.waitFor("Check finished: 27 out of 48")
        let table = try again.waitUntil("both totals in the table") { lines in
            lines.contains { $0.hasPrefix(" Total") && $0.contains("32") && $0.contains("27 ↓5") }
        }
        #expect(table.joined().contains("Better since"))

        let checks = try #require(try folder.savedPlan()["checks"] as? [[String: Any]])
        #expect(checks.count == 2)
        #expect(checks.allSatisfy { $0["complete"] as? Bool == true })
        #expect((checks[1]["answers"] as? [Int])?.reduce(0, +) == 27)
        #expect(checks[1]["recentEventText"] as? String == "Started at the choir")
    }

    @Test func aSnapshotThenAMoveThenTheComparison() throws {
        let session = try folder.startOnOverview(["new", "Snapshot Test"])
        try session.press("2", "a")
        try session.waitFor("Add to the map")
        try session.type("Mum")
        try session.press("Tab", "3", "C-s")
        try session.waitFor("+ Mum")
        try session.fillIn(
            after: "s", form: "Keep the map as it is today", typing: "Before", thenSee: "Kept: the map as it is today")
        try session.press("+", "+")
        try session.waitFor("On rings 1–5: 1, 0, 0, 0, 0")
        try session.press("c")
        try session.waitFor("compared with now")
        try session.waitFor("Mum: ring 3 → 1")
        let snapshots = try #require(try folder.savedPlan()["snapshots"] as? [[String: Any]])
        #expect(snapshots.first?["label"] as? String == "Before")
    }
}
