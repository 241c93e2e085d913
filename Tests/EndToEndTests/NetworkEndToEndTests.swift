import AssetMapCore
import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct NetworkEndToEndTests {
    let folder = EndToEndFolder()

    /// Fills the add form: name, ring number, kind (by its number, counted from "a person" as 0 steps; each number
    /// moves on by itself), feeling (steps right from supportive).
    func add(
        _ session: TmuxSession, name: String, ring: Int, kindSteps: Int, feelingSteps: Int, gives: String,
        receives: String
    ) throws {
        try session.press("a")
        try session.waitFor("Add to the map")
        try session.type(name)
        try session.press("Tab", "\(ring)", "\(kindSteps + 1)")
        for _ in 0..<feelingSteps { try session.press("Right") }
        try session.press("Tab")
        try session.type(gives)
        try session.press("Tab")
        try session.type(receives)
        try session.press("C-s")
        try session.waitFor(name.prefix(6).description)
    }

    @Test func threePeopleOnDifferentRingsOneMovedInStayWhereTheyWereLeft() throws {
        let session = try folder.startOnOverview(["new", "Ring Test"])
        try session.press("2")
        try session.waitFor("No one on the map yet")
        try add(
            session, name: "Aoife", ring: 1, kindSteps: 0, feelingSteps: 0, gives: "Listens", receives: "Garden help")
        try add(session, name: "Choir", ring: 3, kindSteps: 1, feelingSteps: 1, gives: "Singing", receives: "")
        try session.press("+")
        try add(session, name: "Dr Shah", ring: 4, kindSteps: 3, feelingSteps: 2, gives: "Check-ups", receives: "")
        try session.waitFor("On rings 1–5: 1, 1, 0, 1, 0")
        #expect(folder.waitUntilSaved("Dr Shah"))
        #expect(try session.leavePlanAndQuit())

        let again = try folder.startOnOverview(["open", "Ring Test"])
        try again.press("2")
        try again.waitFor("On rings 1–5: 1, 1, 0, 1, 0")
        let rings = try again.screen().joined(separator: "\n")
        for name in ["+ Aoife", "~ Choir", "− Dr Shah"] { #expect(rings.contains(name), "\(name) not on the rings") }
        try again.press("v")
        try again.waitUntil("Choir listed under ring 2") { lines in
            guard let ringTwo = lines.firstIndex(where: { $0.contains("Ring 2 ·") }), ringTwo + 1 < lines.count else {
                return false
            }
            return lines[ringTwo + 1].contains("Choir")
        }

        let network = try #require(try folder.savedPlan()["network"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: network.map { ($0["name"] as? String ?? "", $0) })
        #expect(byName["Aoife"]?["ring"] as? Int == 1)
        #expect(byName["Aoife"]?["feeling"] as? String == "supportive")
        #expect(byName["Aoife"]?["gives"] as? String == "Listens")
        #expect(byName["Aoife"]?["receives"] as? String == "Garden help")
        #expect(byName["Choir"]?["ring"] as? Int == 2)
        #expect(byName["Choir"]?["kind"] as? String == "group")
        #expect(byName["Choir"]?["feeling"] as? String == "mixed")
        #expect(byName["Dr Shah"]?["ring"] as? Int == 4)
        #expect(byName["Dr Shah"]?["kind"] as? String == "service")
        #expect(byName["Dr Shah"]?["feeling"] as? String == "draining")
        #expect(byName["Dr Shah"]?["gives"] as? String == "Check-ups")
    }

    @Test func aBigMapOnAWideTerminalAndTheDetailsPanel() throws {
        let session = try folder.startOnOverview(["new", "Wide Test"], width: 200, height: 60)
        try session.press("2")
        try add(
            session, name: "Siobhán Kelly", ring: 2, kindSteps: 0, feelingSteps: 2, gives: "Advice", receives: "Company"
        )
        try session.press("Enter")
        try session.waitFor("− this one can be hard")
        try session.waitFor("What they give me")
        try session.press("Escape")
        try session.resize(width: 80, height: 24)
        // Selected on the rings: by name where it stays on its ring, else by its marker, with the name in the key.
        try session.waitUntil("Siobhán selected at 80x24") { lines in
            lines.contains { $0.contains("[− Siobhán Kelly]") }
                || lines.contains { $0.contains("▸[1] − Siobhán Kelly") }
        }
    }

    /// Where a text is on the screen: its row and column, or nil.
    static func place(of text: String, in lines: [String]) -> (row: Int, column: Int)? {
        for (row, line) in lines.enumerated() {
            if let range = line.range(of: text) {
                return (row, line.distance(from: line.startIndex, to: range.lowerBound))
            }
        }
        return nil
    }

    @Test func slashFindsSomeoneAndAngleBracketsMoveThemRoundTheirRingAndItIsKept() throws {
        var plan = Samples.plan(name: "Robin Hale", id: "7f0c2a3e-0000-4000-8000-00000000e2e1")
        plan.network = [
            Samples.connection("c1", "Aoife (sister)", ring: 1),
            Samples.connection("c2", "Mam", ring: 2, feeling: .mixed),
            Samples.connection("c3", "Knit and Natter group", ring: 3, kind: .group),
            Samples.connection("c4", "Oakfield Library", ring: 3, kind: .place),
            Samples.connection("c5", "Housing office", ring: 4, kind: .service, feeling: .draining),
        ]
        try TakeHomePlans.add(plan, to: folder)
        let session = try folder.startOnOverview(["open", plan.id], width: 120, height: 40)
        try session.press("2")
        try session.waitFor("Services")
        try session.press("/")
        try session.waitFor("Find:")
        try session.type("natter")
        // Whole on its ring, or its marker where the name would run across the next ring.
        let group = { (lines: [String]) in
            Self.place(of: "[+ Knit and Natter group]", in: lines) ?? Self.place(of: "[[3]]", in: lines)
        }
        let found = try session.waitUntil("the group found and selected") { group($0) != nil }
        #expect(found.contains { $0.contains("Find: natter") && $0.contains("found") })
        try session.press("Enter")
        try session.waitUntil("the find line gone") { !$0.joined().contains("Find:") }
        let before = try #require(group(try session.screen()))
        try session.press(">")
        try session.waitUntil("the group moved round its ring") { lines in
            group(lines).map { $0 != before } ?? false
        }
        #expect(folder.waitUntilSaved("\"placement\""))
        let network = try #require(try folder.savedPlan()["network"] as? [[String: Any]])
        let moved = try #require(network.first { $0["id"] as? String == "c3" }?["placement"] as? Double)
        #expect(moved > Connection(id: "c3", name: "", ring: 3).placementOrDefault)
        #expect(network.filter { $0["placement"] != nil }.count == 1, "no one else moved")
        try session.press("<")
        try session.waitUntil("the group back where it was") { lines in
            group(lines).map { $0 == before } ?? false
        }
        #expect(try session.leavePlanAndQuit())
    }
}
