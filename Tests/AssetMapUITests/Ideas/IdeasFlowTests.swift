import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

@Suite struct IdeasFlowTests {
    static func plan() -> Plan {
        var plan = Samples.plan()
        plan.person.preferredName = "Zoë"
        plan.assets = [
            Asset(id: "a1", owner: .person, kind: .interest, text: "Singing"),
            Asset(id: "a2", owner: .person, kind: .skill, text: "Fixing bikes"),
        ]
        plan.goals = [
            Goal(id: "g1", title: "Walk more", barriers: [Barrier(id: "b1", text: "Money")], createdAt: Samples.created)
        ]
        return plan
    }

    static let directory = CommunityDirectory(entries: [
        CommunityAsset(
            id: "d-choir", name: "St Anne's choir", what: "Singing for everyone", when: "Tuesdays", cost: "free"),
        CommunityAsset(
            id: "d-repair", name: "Repair café", what: "Fix bikes and lamps together", when: "First Saturday",
            cost: "£2"),
        CommunityAsset(
            id: "d-walk", name: "Walking for health", what: "Gentle walks from the library", when: "Wednesdays 10am",
            cost: "Free", travel: "Meet at the library"),
        CommunityAsset(id: "d-chess", name: "Chess club", what: "Chess and draughts"),
    ])

    func driver(part: Character = "3", directory: CommunityDirectory = IdeasFlowTests.directory) -> ScreenDriver {
        let driver = ScreenDriver(showing: Self.plan(), part: part, directory: directory)
        driver.press(.character("i"))
        return driver
    }

    @Test func theIdeasThatFitShowBestFirstWithWhy() {
        let driver = driver()
        #expect(driver.state.keyContext == .ideas)
        expectSnapshot(driver.screen, named: "ideas-nearby-80x24")
    }

    @Test func oneKeyPutsAnIdeaOnTheMapAtRingFiveAndLinksIt() {
        let driver = driver()
        driver.press(.character("r"))
        let plan = driver.state.plan?.plan
        #expect(plan?.network.map(\.name) == ["St Anne's choir"])
        #expect(plan?.network.first?.ring == 5)
        #expect(plan?.communityLinks == ["d-choir"])
        #expect(driver.state.modals == [.ideas(selection: 0)])
        #expect(!driver.screen.lines.joined().contains("you like singing"))
    }

    @Test func notForMeIsRememberedAndNotSuggestedAgainUntilUndone() {
        let driver = driver()
        driver.press(.down, .down, .character("n"))
        #expect(driver.state.plan?.plan.notForMe == ["d-repair"])
        #expect(driver.state.status?.text == "Repair café is not suggested to Zoë again. Press u to take that back.")
        // The message line names it; the ideas no longer do.
        #expect(!driver.screen.lines.dropLast(2).joined().contains("Repair café"))
        driver.press(.escape, .character("2"), .character("i"))
        #expect(!driver.screen.lines.joined().contains("Repair café"))
        driver.press(.character("u"))
        #expect(driver.state.plan?.plan.notForMe == [])
        #expect(driver.screen.lines.joined().contains("Repair café"))
    }

    @Test func withNoDirectoryItSaysHowToStartOneAndCOpensIt() {
        let driver = driver(directory: CommunityDirectory())
        expectSnapshot(driver.screen, named: "ideas-nearby-empty")
        driver.press(.character("c"))
        #expect(driver.state.screen == .directory && driver.state.plan != nil)
        #expect(driver.state.modals.isEmpty)
    }

    @Test func aReadOnlyPlanIsNotChanged() {
        let driver = ScreenDriver(size: Size(width: 80, height: 24))
        driver.directory = Self.directory
        driver.send(.planOpened(Self.plan(), readOnly: "it is open in another assetmap"))
        driver.press(.character("3"), .character("i"), .character("n"), .character("r"))
        #expect(driver.state.plan?.plan == Self.plan())
    }
}
