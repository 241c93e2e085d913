import Foundation
import TestSupport
import Testing

/// The mouse in a real terminal: tmux is sent the reports a terminal sends for a click (SGR, columns and rows from 1).
@Suite(.serialized) struct MouseEndToEndTests {
    let folder = EndToEndFolder()

    func click(
        _ session: TmuxSession, on text: String, twice: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let lines = try session.waitFor(text, sourceLocation: sourceLocation)
        guard let row = lines.firstIndex(where: { $0.contains(text) }), let range = lines[row].range(of: text) else {
            return
        }
        let column = lines[row][..<range.lowerBound].count
        let report = "\u{1B}[<0;\(column + 2);\(row + 1)M\u{1B}[<0;\(column + 2);\(row + 1)m"
        try session.type(twice ? report + report : report)
    }

    func importPlans() throws {
        let other = folder.temporary.url.appendingPathComponent("other.json")
        let json =
            #"{ "schemaVersion": 1, "id": "0b2e4d6f-0000-4000-8000-00000000000a", "createdAt": "2026-01-01T00:00:00Z", "#
            + #""person": { "name": "Ann Other" }, "goodLife": "" }"#
        try json.write(to: other, atomically: true, encoding: .utf8)
        for file in [Fixtures.folder.appendingPathComponent("handwritten-plan.json"), other] {
            #expect(try Program.run(["import", file.path], dataDir: folder.dataDir).status == 0)
        }
    }

    @Test func clickingARowATabAndAPersonOnTheMap() throws {
        try importPlans()
        let session = try folder.start()
        try session.waitFor("Ann Other")
        #expect(try session.paneValue("#{mouse_sgr_flag}") == "1")
        #expect(try session.paneValue("#{mouse_button_flag}#{mouse_standard_flag}").contains("1"))
        let selectedFirst = try #require(try session.screen().first { $0.contains("▸") })
        let other = selectedFirst.contains("Ann Other") ? "Shiv" : "Ann Other"
        try click(session, on: other)
        try session.waitUntil("\(other) selected") { $0.contains { $0.contains("▸ \(other)") } }
        try click(session, on: other, twice: true)
        try session.waitFor("[1 Overview]")
        try session.press("q")
        try session.waitFor("Caseload")

        try click(session, on: "Shiv", twice: true)
        try session.waitFor("[1 Overview]")
        try click(session, on: "2 Network")
        try session.waitFor("[2 Network]")
        try click(session, on: "Biscuit")
        // Selected by name on the rings, or, shown there by a marker, in the key beside them.
        try session.waitUntil("Biscuit selected") { lines in
            lines.contains { $0.contains("[+ Biscuit") || ($0.contains("▸[") && $0.contains("+ Biscuit")) }
        }
        try click(session, on: "Biscuit", twice: true)
        try session.waitFor("A reason to go out")
        try click(session, on: "4 Goals")
        try session.waitFor("[4 Goals]")
        try click(session, on: "Volunteer", twice: true)
        try session.waitFor("GOAL")
        try click(session, on: "Ring the shelter")
        let ladder = try session.waitUntil("the first rung selected") { $0.contains { $0.contains("▸1") } }
        #expect(!ladder.joined().contains("[<0;"), "no report reached the screen as text")
        try session.press("q", "q")
        try session.waitFor("Caseload")
        try session.press("q")
        #expect(session.waitForExit())
    }

    @Test func theBottomBarAndTheWheel() throws {
        try importPlans()
        let session = try folder.start()
        try session.waitFor("Ann Other")
        try click(session, on: "? Help")
        try session.waitFor("Everyone you support has a plan here")
        try session.type("\u{1B}[<65;20;10M")
        try session.waitFor("↑ earlier")
        try session.press("Escape")
        try session.waitFor("a New plan")
        let firstRow = try #require(try session.screen().firstIndex { $0.contains("▸") })
        try session.type("\u{1B}[<65;20;10M")
        try session.waitUntil("the wheel moved the selection down") {
            $0.firstIndex { $0.contains("▸") } == firstRow + 1
        }
        try click(session, on: "a New plan")
        try session.waitFor("Start a plan")
        try session.press("Escape")
        try session.waitUntil("the form closed") { !$0.joined().contains("Start a plan") }
    }

    @Test func clickingARingInTheWalkThroughAFieldAndAChoiceInAFormAndACheckInTheTable() throws {
        let session = try folder.startFirstMeeting(named: "Mouse Test")
        try session.press("C-s")
        try session.waitFor("Three people who matter")
        try session.type("Mam")
        try click(session, on: "2  friends")
        try session.waitFor("Mam (ring 2)")
        try session.press("Escape")
        try session.waitFor("g picks it up")

        try session.press("2", "a")
        try session.waitFor("Add to the map")
        try session.type("Rex")
        try click(session, on: "Who or what")
        try session.waitFor("5 · a pet")
        try click(session, on: "a pet")
        try session.waitFor("a pet ▾")
        try session.press("C-s")
        #expect(folder.waitUntilSaved("\"kind\" : \"pet\""))

        try session.press("5", "a")
        try session.waitFor("Statement 1 of 12")
        for answer in "333333333333" { try session.press(String(answer)) }
        try session.waitFor("Extra question 13")
        try session.press("C-s")
        try session.waitFor("Check finished: 36 out of 48")
        try click(session, on: "36", twice: true)
        let review = try session.waitFor("Finished · 36 out of 48")
        #expect(!review.joined().contains("[<0;"), "no report reached the screen as text")
        let plan = try folder.savedPlan()
        let network = try #require(plan["network"] as? [[String: Any]])
        #expect(network.contains { $0["name"] as? String == "Mam" && $0["ring"] as? Int == 2 })
    }

    @Test func withTheMouseOffInSettingsTheTerminalIsNotAskedForClicks() throws {
        try importPlans()
        let session = try folder.start()
        try session.waitFor("Ann Other")
        try session.press("s")
        try session.waitFor("The mouse")
        try session.press("Tab", "Tab", "Right", "C-s")
        try session.waitFor("Settings saved")
        try session.waitUntil("mouse reports off") { _ in (try? session.paneValue("#{mouse_sgr_flag}")) == "0" }
        #expect(try session.paneValue("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}") == "000")
        try session.press("q")
        #expect(session.waitForExit())

        let again = try folder.start()
        try again.waitFor("Ann Other")
        #expect(try again.paneValue("#{mouse_sgr_flag}") == "0")
        try again.press("q")
        #expect(again.waitForExit())
    }
}
