import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct StrengthsEndToEndTests {
    let folder = EndToEndFolder()

    @Test func strengthsADirectoryEntryALinkAndRingFiveAreAllThereAfterReopening() throws {
        let first = try folder.startOnOverview(["new", "Strengths Test"])
        try first.press("q")
        try first.waitFor("Strengths Test")

        try first.press("c")
        try first.waitFor("The directory is empty")
        try first.press("a")
        try first.waitFor("Add a place, group or service")
        try first.type("Repair café")
        try first.press("Tab")
        try first.type("Fix bikes and lamps together")
        try first.press("Tab")
        try first.type("Church hall")
        try first.press("C-s")
        try first.waitFor("Saved in the directory")
        try first.press("q")
        try first.waitFor("Caseload")

        try first.press("Enter")
        try first.waitFor("[1 Overview]")
        try first.press("3")
        try first.waitFor("What I'm good at and what I have (0)")
        for strength in ["Good at fixing bikes", "Kind to animals"] {
            try first.fillIn(after: "a", form: "Something I'm good at or have", typing: strength, thenSee: strength)
        }
        try first.fillIn(after: "Right", "a", form: "Something I can bring", typing: "Knows the bus routes")
        try first.waitFor("What my worker brings (1)")

        try first.press("c")
        try first.waitFor("Repair café")
        try first.press("l")
        try first.waitFor("✓ linked")
        try first.press("r")
        try first.waitFor("on the map now, ring 5")
        try first.press("q")
        try first.waitFor("Places and groups near here (1)")
        #expect(try first.leavePlanAndQuit())

        let again = try folder.startOnOverview(["open", "Strengths Test"])
        try again.press("3")
        let screen = try again.waitFor("Repair café")
        let text = screen.joined(separator: "\n")
        for expected in [
            "Good at fixing bikes", "Kind to animals", "Knows the bus routes", "What my worker brings (1)",
        ] {
            #expect(text.contains(expected))
        }
        try again.press("2")
        try again.waitFor("On rings 1–5: 0, 0, 0, 0, 1")
        try again.waitFor("Repair")

        let plan = try folder.savedPlan()
        let assets = try #require(plan["assets"] as? [[String: Any]])
        #expect(assets.map { $0["owner"] as? String } == ["person", "person", "worker"])
        let links = try #require(plan["communityLinks"] as? [String])
        let community = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: folder.dataDir + "/community.json"))) as? [String: Any])
        let entries = try #require(community["entries"] as? [[String: Any]])
        #expect(links == [entries[0]["id"] as? String])
        #expect(permissions(of: folder.dataDir + "/community.json") == 0o600)
    }

    @Test func twoCopiesAddingToTheDirectoryAtOnceKeepBoth() throws {
        let first = try folder.start()
        try first.waitFor("Caseload")
        let second = try folder.start()
        try second.waitFor("Caseload")
        for session in [first, second] {
            try session.press("c")
            try session.waitFor("The directory is empty")
        }
        for (session, name) in [(first, "Choir"), (second, "Food bank")] {
            try session.fillIn(after: "a", form: "Add a place", typing: name)
        }
        try second.waitFor("both changes are kept")
        try second.waitFor("Choir")
        try second.waitFor("Food bank")
        let community = String(
            decoding: try Data(contentsOf: URL(fileURLWithPath: folder.dataDir + "/community.json")), as: UTF8.self)
        #expect(community.contains("Choir") && community.contains("Food bank"))
    }
}
