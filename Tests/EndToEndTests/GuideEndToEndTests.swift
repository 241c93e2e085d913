import Foundation
import TestSupport
import Testing

/// The walk-through of a first meeting in the real program, from a plan just started to the end of the WELL12 check,
/// checked in the plan's file.
@Suite(.serialized) struct GuideEndToEndTests {
    let folder = EndToEndFolder()

    @Test func aFirstMeetingFromANewPlanToTheEndOfTheCheck() throws {
        let session = try folder.startFirstMeeting(named: "Zoë Ní Bhriain")
        try session.type("Walking by the sea, and seeing my sister more.")
        try session.press("C-s")
        try session.waitFor("Three people who matter")
        for (name, ring) in [("Mam", "1"), ("Aoife", "2"), ("Biscuit", "2")] {
            try session.type(name)
            try session.press("Tab", ring)
            // After the third, the next part comes by itself.
            if name != "Biscuit" { try session.waitFor("+ \(name) (ring \(ring))") }
        }
        try session.waitFor("Three things Zoë Ní Bhriain is good at")
        for strength in ["Fixing bikes", "Kind to animals", "Making people laugh"] {
            try session.type(strength)
            try session.press("Enter")
        }
        try session.waitFor("One goal, and a first small step")
        try session.type("Walk by the sea each week")
        try session.press("Tab")
        try session.type("Find the bus times")
        try session.press("Tab", "Right", "Tab")
        try session.type("in 2 weeks")
        try session.press("Enter")
        try session.waitFor("How things are now: the WELL12 check")
        try session.press("Enter")
        try session.waitFor("Statement 1 of 12")
        for _ in 0..<12 { try session.press("3") }
        try session.waitFor("Extra question 13")
        try session.press("Down", "Enter")
        try session.waitFor("14. Notes")
        try session.press("C-s")
        try session.waitFor("Check finished")
        #expect(folder.waitUntilSaved("\"complete\" : true"))
        #expect(try session.leavePlanAndQuit())

        let plan = try folder.savedPlan()
        #expect(plan["goodLife"] as? String == "Walking by the sea, and seeing my sister more.")
        let network = try #require(plan["network"] as? [[String: Any]])
        #expect(network.map { $0["name"] as? String } == ["Mam", "Aoife", "Biscuit"])
        #expect(network.map { $0["ring"] as? Int } == [1, 2, 2])
        let assets = try #require(plan["assets"] as? [[String: Any]])
        #expect(assets.map { $0["text"] as? String } == ["Fixing bikes", "Kind to animals", "Making people laugh"])
        let goal = try #require((plan["goals"] as? [[String: Any]])?.first)
        #expect(goal["title"] as? String == "Walk by the sea each week")
        let step = try #require((goal["steps"] as? [[String: Any]])?.first)
        #expect(step["text"] as? String == "Find the bus times")
        #expect(step["who"] as? String == "worker")
        #expect((step["due"] as? String)?.count == 10)
        let check = try #require((plan["checks"] as? [[String: Any]])?.first)
        #expect((check["answers"] as? [Int]) == Array(repeating: 3, count: 12))
    }

    @Test func leftPartWayAndPickedUpAfterTheProgramIsStartedAgain() throws {
        let session = try folder.startFirstMeeting(named: "Ann Other")
        try session.type("A garden of my own")
        try session.press("C-s")
        try session.waitFor("Three people who matter")
        try session.press("Escape")
        try session.waitFor("press g to pick it up again")
        #expect(folder.waitUntilSaved("A garden of my own"))
        #expect(try session.leavePlanAndQuit())

        let again = try folder.startOnOverview(["open", "Ann Other"])
        try again.press("g")
        try again.waitFor("Three people who matter")
        try again.press("Escape")
        #expect(try again.leavePlanAndQuit())
    }
}
