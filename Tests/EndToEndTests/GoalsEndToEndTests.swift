import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct GoalsEndToEndTests {
    let folder = EndToEndFolder()

    @Test func aGoalWithThreeStepsOneLinkedOneDoneLooksTheSameAfterReopening() throws {
        let session = try folder.startOnOverview(["new", "Ladder Test"], width: 100, height: 30)
        try session.fillIn(after: "2", "a", form: "Add to the map", typing: "Aoife", thenSee: "+ Aoife")

        try session.fillIn(
            after: "4", "a", form: "A goal", typing: "Walk by the sea each week", thenSee: "0 of 0 steps done")
        try session.press("Enter")
        try session.waitFor("No steps yet")
        for step in ["Find the bus times", "Go once with Aoife", "Go on my own"] {
            try session.fillIn(after: "a", form: "A step", typing: step, thenSee: step)
        }
        try session.press("Down", "l")
        try session.waitFor("Who or what helps with this step")
        try session.type("aoife")
        try session.press("Space", "Enter")
        try session.waitFor("Aoife (on the map)")
        try session.press("Down", "Space")
        try session.waitFor("1 of 3 steps done")
        #expect(folder.waitUntilSaved("\"status\" : \"done\""))
        let before = try session.screen()
        try session.press("q", "q")
        try session.waitFor("Caseload")
        try session.waitFor("Go once with Aoife")
        try session.press("q")
        #expect(session.waitForExit())

        let again = try folder.startOnOverview(["open", "Ladder Test"], width: 100, height: 30)
        try again.press("4", "Enter")
        try again.waitFor("1 of 3 steps done")
        let after = try again.waitFor("Aoife (on the map)")
        let ladder = { (lines: [String]) in
            lines.filter { $0.contains("║") || $0.contains("╠") }.map {
                String($0.prefix(60)).replacingOccurrences(of: "▸", with: " ")
            }
        }
        #expect(ladder(after) == ladder(before))
        let text = after.joined(separator: "\n")
        #expect(text.contains("✓ Find the bus times"))
        #expect(text.contains("◀ on this rung now"))

        let goals = try #require(try folder.savedPlan()["goals"] as? [[String: Any]])
        let steps = try #require(goals.first?["steps"] as? [[String: Any]])
        #expect(steps.map { $0["text"] as? String } == ["Find the bus times", "Go once with Aoife", "Go on my own"])
        #expect(steps.map { $0["status"] as? String } == ["done", "todo", "todo"])
        let network = try #require(try folder.savedPlan()["network"] as? [[String: Any]])
        #expect((steps[1]["connectionIds"] as? [String]) == [try #require(network[0]["id"] as? String)])
    }
}
