import Foundation
import TestSupport
import Testing

/// Adding a person, a step and a WELL12 check in the real program, counting the keys that are not the person's own words.
@Suite(.serialized) struct QuickEntryEndToEndTests {

    /// Keys pressed, counted the way the walkthrough counted them: words typed are not counted; single letters
    /// typed to choose from a list are counted apart, so both figures can be told.
    final class Counted {
        let session: TmuxSession
        var commandKeys = 0
        var lettersToChoose = 0

        init(_ session: TmuxSession) { self.session = session }

        func press(_ keys: String...) throws {
            for key in keys { try session.press(key) }
            commandKeys += keys.count
        }

        func choose(_ letters: String) throws {
            try session.type(letters)
            lettersToChoose += letters.count
        }

        func words(_ text: String) throws { try session.type(text) }
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func addingSomeoneWithNameRingKindAndFeelingAndAStepWithWhoAndADate(width: Int, height: Int) throws {
        let folder = EndToEndFolder()
        let session = try folder.startOnOverview(["new", "Quick Test"], width: width, height: height)
        try session.press("2")
        try session.waitFor("No one on the map yet")

        let person = Counted(session)
        try person.press("a")
        try session.waitFor("Add to the map")
        try person.words("Knit and Natter")
        try person.press("Tab")
        try session.waitFor("5 · could connect with")
        try person.choose("3")
        try session.waitFor("5 · a pet")
        try person.choose("g")
        try person.choose("m")
        try session.waitFor("◂ ~ mixed ▸")
        try session.waitFor("a group ▾")
        try person.press("C-s")
        try session.waitFor("~ Knit a")
        print(
            "\(width)x\(height): adding someone with name, ring, kind and feeling: \(person.commandKeys) keys, and \(person.lettersToChoose) letters typed to choose"
        )
        #expect(person.commandKeys + person.lettersToChoose <= 6)

        try session.fillIn(after: "4", "a", form: "A goal", typing: "Sing again", thenSee: "0 of 0 steps done")
        try session.press("Enter")
        try session.waitFor("No steps yet")
        let step = Counted(session)
        try step.press("a")
        try session.waitFor("A step")
        try step.words("Ring the choir")
        try step.press("Tab")
        try step.choose("kn")
        try session.waitFor("◂ Knit and Natter ▸")
        try step.words("Saturday")
        try session.waitFor("= Saturday ")
        try step.press("C-s")
        try session.waitFor("Ring the choir")
        print(
            "\(width)x\(height): a step with who and a date: \(step.commandKeys) keys, and \(step.lettersToChoose) letters typed to choose"
        )
        #expect(step.commandKeys + step.lettersToChoose <= 6)

        #expect(folder.waitUntilSaved("Ring the choir"))
        let plan = try folder.savedPlan()
        let network = try #require(plan["network"] as? [[String: Any]])
        #expect(network.first?["ring"] as? Int == 3)
        #expect(network.first?["kind"] as? String == "group")
        #expect(network.first?["feeling"] as? String == "mixed")
        let goals = try #require(plan["goals"] as? [[String: Any]])
        let saved = try #require((goals.first?["steps"] as? [[String: Any]])?.first)
        #expect(saved["who"] as? String == network.first?["id"] as? String)
        #expect(saved["due"] as? String == Self.nextSaturday())
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func aWholeWellbeingCheckInFourteenKeysThenOpenedToChangeAnAnswer(width: Int, height: Int) throws {
        let folder = EndToEndFolder()
        let session = try folder.startOnOverview(["new", "Check Test"], width: width, height: height)
        try session.press("5")
        try session.waitFor("No wellbeing checks yet")
        let check = Counted(session)
        try check.press("a")
        try session.waitFor("Statement 1 of 12")
        for answer in "333322224444" { try check.choose(String(answer)) }
        try session.waitFor("Ctrl-S finish now")
        try check.press("C-s")
        try session.waitFor("Check finished: 36 out of 48")
        print("\(width)x\(height): a whole WELL12 check: \(check.commandKeys + check.lettersToChoose) keys")
        #expect(check.commandKeys + check.lettersToChoose <= 14)
        #expect(folder.waitUntilSaved("\"complete\" : true"))

        try session.press("Enter")
        try session.waitFor("Finished · 36 out of 48")
        try session.press("Down", "Enter", "0")
        try session.waitFor("Finished · 33 out of 48")
        try session.press("Escape")
        _ = try session.waitUntil("the changed total in the table") { lines in
            lines.contains { $0.hasPrefix(" Total") && $0.contains("33") }
        }
        let checks = try #require(try folder.savedPlan()["checks"] as? [[String: Any]])
        #expect(checks.first?["answers"] as? [Int] == [3, 0, 3, 3, 2, 2, 2, 2, 4, 4, 4, 4])
        #expect(checks.first?["complete"] as? Bool == true)
    }

    /// The Saturday after today, as the program reads "Saturday" for something due.
    static func nextSaturday() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let today = calendar.startOfDay(for: Date())
        let ahead = (7 - calendar.component(.weekday, from: today)) % 7
        let day = calendar.date(byAdding: .day, value: ahead == 0 ? 7 : ahead, to: today)!
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
