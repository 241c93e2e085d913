import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

@Suite struct GroupFlowTests {
    /// Two plans full of words that must never reach the group's screen.
    static func plans() -> [Plan] {
        var robin = Samples.plan(name: "Robin Quillfeather", id: GroupSamples.robinPlan)
        robin.goodLife = "Secretgoodlife by the sea"
        robin.network = [Samples.connection("c1", "Auntie Privatename", ring: 1)]
        robin.assets = [Asset(id: "a1", owner: .person, kind: .interest, text: "Secretstrength singing")]
        robin.notes = [Note(id: "n1", date: Samples.day("2026-01-01"), text: "Secretnote")]
        // Changed last, so the caseload and the group list Robin first.
        robin.updatedAt = Samples.later
        var sam = Samples.plan(name: "Sam Brackenridge", id: GroupSamples.samPlan)
        sam.goals = [Goal(id: "g1", title: "Secretgoal allotment", createdAt: Samples.created)]
        sam.checks = [
            WellbeingCheck(
                id: "w1", date: Samples.day("2026-01-01"), answers: Array(repeating: 3, count: 12), complete: true,
                notes: "Secretcheck")
        ]
        return [robin, sam]
    }

    static let secrets = ["Quillfeather", "Brackenridge", "Secret", "Privatename", "36/48"]

    /// Every screen of the group drawn is kept, to be checked for anything from a plan.
    final class Watched {
        let driver: ScreenDriver
        var screens: [String] = []

        init(size: Size = Size(width: 80, height: 24)) {
            driver = ScreenDriver(size: size, plans: GroupFlowTests.plans())
            driver.directory = GroupSamples.directory
        }

        func press(_ keys: Key...) {
            for key in keys {
                driver.press(key)
                keep()
            }
        }

        func type(_ text: String) {
            driver.type(text)
            keep()
        }

        /// The caseload before the group starts is the worker's own screen, with full names on it.
        private func keep() {
            if driver.state.screen == .group { screens.append(driver.screen.lines.joined(separator: "\n")) }
        }

        /// From the caseload: Robin and Sam chosen, Jo typed as a first name.
        func start() {
            press(.character("g"))
            type("robin")
            press(.character(" "), .backspace, .backspace, .backspace, .backspace, .backspace)
            type("sam")
            press(.character(" "), .enter)
            type("Jo")
            press(.control("s"))
        }

        func addIdea(_ text: String, for owner: Int = 0) {
            press(.character("a"))
            type(text)
            press(.tab)
            for _ in 0..<owner { press(.right) }
            press(.control("s"))
        }
    }

    @Test func startingFromTheCaseloadChoosesPeopleThenTakesFirstNamesOnly() {
        let group = Watched()
        group.start()
        let session = group.driver.state.group?.session
        #expect(group.driver.state.screen == .group)
        #expect(session?.members.map(\.name) == ["Robin", "Sam", "Jo"])
        #expect(session?.members.map(\.planID) == [GroupSamples.robinPlan, GroupSamples.samPlan, nil])
        expectSnapshot(group.driver.screen, named: "group-welcome-80x24")
    }

    @Test func aFullNameForSomeoneWithoutAPlanIsRefused() {
        let driver = ScreenDriver()
        driver.press(.character("g"))
        driver.type("Jo Bloggs")
        driver.press(.control("s"))
        guard case .form(let form)? = driver.state.modals.last else {
            Issue.record("the form closed")
            return
        }
        #expect(form.problem == "First names only, please, with commas between them.")
        driver.press(.escape, .character("y"))
        driver.press(.character("g"))
        driver.press(.control("s"))
        guard case .form(let empty)? = driver.state.modals.last else {
            Issue.record("the form closed")
            return
        }
        #expect(empty.problem == "Please type a first name, or press Esc and choose people from the caseload.")
    }

    @Test func questionsOneAtATimeIdeasForTheGroupOrOnePersonAndPlacesIntoTheDirectory() {
        let group = Watched()
        group.start()
        group.press(.enter, .right)
        #expect(group.driver.state.group?.stage == .prompt(1))
        group.addIdea("Good at listening", for: 1)
        group.addIdea("We all make each other laugh")
        expectSnapshot(group.driver.screen, named: "group-question-80x24")
        group.press(.right, .right, .right, .right)
        group.addIdea("Canal towpath")
        group.press(.character("c"))
        group.press(.tab)
        group.type("Walks by the water")
        group.press(.control("s"))
        let session = group.driver.state.group?.session
        #expect(session?.ideas.map(\.kind) == [.strength, .strength, .place])
        #expect(session?.ideas.map(\.forMember) == [session?.members[0].id, nil, nil])
        #expect(group.driver.directory.entries.count == 2)
        let entry = group.driver.directory.entries.first { $0.name == "Canal towpath" }
        #expect(entry?.addedBy == nil)
        #expect(session?.ideas.last?.directoryID == entry?.id)
        expectSnapshot(group.driver.screen, named: "group-places-80x24")
        group.addIdea("st anne's community choir")
        group.press(.character("c"))
        #expect(group.driver.state.group?.session.ideas.last?.directoryID == "d-choir")
        #expect(group.driver.directory.entries.count == 2)
        group.press(.right)
        if case .review? = group.driver.state.group?.stage {
        } else {
            Issue.record("after the last question comes the end")
        }
        for screen in group.screens {
            for secret in Self.secrets { #expect(!screen.contains(secret), "\(secret) on the group's screen") }
        }
    }

    @Test func eachPersonChoosesAndOnlyTheirYesesReachTheirPlan() {
        let group = Watched()
        group.start()
        group.press(.enter, .right)
        group.addIdea("Good at listening", for: 1)
        group.addIdea("Brilliant baker", for: 3)
        group.press(.right, .right, .right, .right)
        group.addIdea("Canal towpath")
        group.addIdea("Library")
        group.press(.character("r"))
        expectSnapshot(group.driver.screen, named: "group-review-80x24")
        // Robin: yes to listening, no to the towpath, yes to the library.
        group.press(.enter)
        #expect(group.driver.state.status?.text == "Please say yes or no to each one first: y or n.")
        group.press(.character("y"), .character("n"), .character("y"), .enter)
        let robin = group.driver.plans[GroupSamples.robinPlan]
        #expect(robin?.assets.map(\.text) == ["Secretstrength singing", "Good at listening"])
        #expect(robin?.network.map(\.name) == ["Auntie Privatename", "Library"])
        #expect(robin?.network.last?.ring == 5)
        // Sam says no to both: the plan is untouched.
        group.press(.character("n"), .character("n"), .enter)
        #expect(group.driver.plans[GroupSamples.samPlan] == Self.plans()[1])
        // Jo has no plan: one is started with her first name and the baking.
        group.press(.character("y"), .character("y"), .character("n"), .character("n"), .enter)
        let session = group.driver.state.group?.session
        let jo = session?.members[2]
        let started = jo?.planID.flatMap { group.driver.plans[$0] }
        #expect(started?.person.name == "Jo")
        #expect(started?.assets.map(\.text) == ["Brilliant baker"])
        #expect(started?.network.isEmpty == true)
        #expect(session?.members.map { $0.review?.added.count } == [2, 0, 1])
        #expect(jo?.review?.startedPlan == true)
        #expect(group.driver.state.status?.text.contains("Everyone has chosen.") == true)
        for screen in group.screens {
            for secret in Self.secrets { #expect(!screen.contains(secret), "\(secret) on the group's screen") }
        }
    }

    @Test func someoneWithoutAPlanCanSayNotNow() {
        let group = Watched()
        group.start()
        group.press(.character("r"), .right, .right)
        expectSnapshot(group.driver.screen, named: "group-review-no-plan-80x24")
        group.press(.character("n"), .enter)
        #expect(group.driver.plans.count == 2)
        #expect(group.driver.state.group?.session.members[2].review?.startedPlan == false)
    }

    @Test func leavingAsksFirstAndTheSheetsAreOneForEachAndTheGroups() {
        let group = Watched()
        group.start()
        group.press(.character("x"), .control("s"))
        #expect(
            group.driver.effects.contains(
                .writeGroupSheets(GroupSheetsRequest(format: .html, path: "assetmap-group-2026-01-02"))))
        group.press(.enter, .character("q"))
        #expect(group.driver.state.keyContext == .dialog)
        group.press(.character("y"))
        #expect(group.driver.state.screen == .caseload)
        #expect(group.driver.state.group == nil)
    }
}
