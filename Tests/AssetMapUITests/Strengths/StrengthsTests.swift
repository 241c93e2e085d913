import AssetMapCore
import Foundation
import TestSupport
import Testing

@testable import AssetMapUI

@Suite struct StrengthsTests {
    static func plan() -> Plan {
        var plan = Samples.plan()
        plan.person.preferredName = "Zoë"
        plan.assets = [
            Asset(id: "a1", owner: .person, kind: .skill, text: "Good at fixing bikes", domain: "work-and-learning"),
            Asset(id: "a2", owner: .person, kind: .interest, text: "Loves the choir"),
            Asset(id: "a3", owner: .worker, kind: .resource, text: "Knows the walking routes"),
            Asset(
                id: "a4", owner: .person, kind: .value, text: "Kind to animals", domain: "community-and-contribution"),
        ]
        plan.communityLinks = ["d1", "gone"]
        plan.goals = [
            Goal(
                id: "g1", title: "Volunteer", steps: [Step(id: "s1", text: "Ask at the bike shop", assetIds: ["a1"])],
                createdAt: Samples.created)
        ]
        return plan
    }

    static func directory() -> CommunityDirectory {
        CommunityDirectory(entries: [
            CommunityAsset(
                id: "d1", name: "Tuesday walking group", what: "A gentle walk and a cup of tea",
                where: "Meets at the library",
                when: "Tuesdays 10am", cost: "Free", tags: ["walking"]),
            CommunityAsset(
                id: "d2", name: "Repair café", what: "Fix things together", when: "First Saturday",
                tags: ["bikes", "repair"]),
        ])
    }

    func driver(size: Size = Size(width: 80, height: 24), plan: Plan = StrengthsTests.plan()) -> ScreenDriver {
        ScreenDriver(showing: plan, part: "3", size: size, directory: Self.directory())
    }

    static func longPlan() -> Plan {
        var plan = plan()
        plan.assets[0].text =
            "I can fix most bikes, punctures, brakes and gears, and I taught my nephew how to do it over the summer holidays"
        plan.assets[1].text =
            "Singing alto in the community choir on Tuesday evenings, even though performing makes me nervous"
        plan.assets[2].text =
            "Time on Tuesday mornings to go along to new groups together, and a bus pass scheme I know well"
        return plan
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func longStrengthsWrapAndAreShownWholeInTheirRows(width: Int, height: Int) {
        let driver = driver(size: Size(width: width, height: height), plan: Self.longPlan())
        expectSnapshot(driver.screen, named: "strengths-long-\(width)x\(height)")
        let text = driver.screen.lines.joined(separator: "\n")
        for ending in [
            "over the summer holidays  skill", "performing makes me nervous  interest", "scheme I know well  resource",
        ] {
            #expect(text.contains(ending), "the end of each long strength is on its row")
        }
        #expect(!text.contains("…"), "nothing is cut")
        driver.press(.down)
        #expect(driver.screen.lines.contains { $0.contains("▸ Singing alto in the community choir") })
        #expect(driver.screen.lines.contains { $0.contains("Kind to animals") })
    }

    @Test func aListThatDoesNotFitScrollsToTheSelectedRowAndSaysThereIsMore() {
        var plan = Self.longPlan()
        plan.assets += (1...6).map {
            Asset(
                id: "x\($0)", owner: .person, kind: .strength,
                text: "A strength with a few more words than most, number \($0)")
        }
        let driver = driver(plan: plan)
        #expect(driver.screen.lines.contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix("↓") })
        for _ in 0..<8 { driver.press(.down) }
        let lines = driver.screen.lines
        #expect(lines.contains { $0.contains("▸ A strength with a few more words than most, number 6") })
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix("↑") })
    }

    @Test func theShareOfTheHeightMeetsSmallNeedsFirst() {
        #expect(StrengthsLayout.share(18, among: [10, 3, 4]) == [10, 3, 5], "what none needs goes to the last")
        #expect(StrengthsLayout.share(12, among: [10, 3, 8]) == [5, 3, 4])
        #expect(StrengthsLayout.share(9, among: [2, 2, 2]) == [2, 2, 5])
    }

    @Test func theThreeListsStackedAt80AndSideBySideWhenWide() {
        expectSnapshot(driver().screen, named: "strengths-80x24")
        expectSnapshot(driver(size: Size(width: 160, height: 50)).screen, named: "strengths-160x50")
    }

    @Test func addingAStrengthForThePersonAndForTheWorker() {
        let driver = driver()
        driver.press(.character("a"))
        driver.type("Makes people laugh")
        driver.press(.tab, .right, .tab, .character("5"), .control("s"))
        let added = driver.state.plan?.plan.assets.last
        #expect(added?.owner == .person)
        #expect(added?.kind == .skill)
        #expect(added?.domain == LifeArea.allCases[3].rawValue)
        #expect(driver.state.plan?.strengths.row == 3)
        driver.press(.right, .character("a"))
        driver.type("Time on Tuesdays")
        driver.press(.control("s"))
        #expect(driver.state.plan?.plan.assets.last?.owner == .worker)
    }

    @Test func deficitWordsGetAQuietSuggestionThatNeverBlocksSaving() {
        let driver = driver()
        driver.press(.character("a"))
        driver.type("My illness stops me going out")
        expectSnapshot(driver.screen, named: "strengths-wording-hint")
        driver.press(.control("s"))
        #expect(driver.state.plan?.plan.assets.last?.text == "My illness stops me going out")
    }

    @Test func theSuggestionCanBeSwitchedOffInSettings() {
        let driver = driver()
        driver.state.settings.wordingHints = false
        driver.press(.character("a"))
        driver.type("My illness")
        #expect(!driver.screen.lines.joined().contains("Could it be put"))
    }

    @Test func sOnThePersonsListOffersQuestionsOneAtATime() {
        let driver = driver()
        driver.press(.character("s"))
        #expect(driver.state.keyContext == .prompts)
        expectSnapshot(driver.screen, named: "strengths-prompt")
        let first = driver.screen.lines.joined()
        driver.press(.right)
        #expect(driver.screen.lines.joined() != first)
        driver.press(.character("a"))
        driver.type("Made a bird box")
        driver.press(.control("s"))
        #expect(driver.state.plan?.plan.assets.last?.text == "Made a bird box")
        #expect(driver.state.plan?.plan.assets.last?.domain == StrengthPrompts.all[1].area.rawValue)
    }

    @Test func questionMarkIsHelpOnEveryList() {
        for column in 0..<3 {
            let driver = driver()
            for _ in 0..<column { driver.press(.right) }
            driver.press(.character("?"))
            #expect(driver.state.keyContext == .help)
        }
    }

    @Test func theListWithTheKeysIsMarkedNotOnlyColouredEvenWhenEmpty() {
        var plan = Self.plan()
        plan.assets.removeAll { $0.owner == .worker }
        let driver = driver(plan: plan)
        driver.press(.right)
        let lines = driver.screen.lines
        #expect(lines.contains { $0.hasPrefix(" ▸ What my worker brings (0)") })
        #expect(lines.contains { $0.hasPrefix("   What I'm good at and what I have (3)") })
        expectSnapshot(driver.screen, named: "strengths-empty-worker-list")
    }

    @Test func theWorkersFormHasItsOwnHint() {
        let driver = driver()
        driver.press(.right, .character("a"))
        let text = driver.screen.lines.joined()
        #expect(text.contains("What the worker can offer"))
        #expect(!text.contains("In the person's own words"))
    }

    @Test func theWordingSuggestionStaysAfterLeavingTheFieldAndIsSaidAgainOnSaving() {
        let driver = driver()
        driver.press(.character("a"))
        driver.type("I'm a bit of a mess and my anxiety stops me")
        driver.press(.tab)
        #expect(
            driver.screen.lines.joined().contains(
                "What it is: Could it be put as what would help things feel more settled?"))
        driver.press(.control("s"))
        #expect(
            driver.state.plan?.plan.assets.last?.text == "I'm a bit of a mess and my anxiety stops me",
            "never blocks saving")
        #expect(
            driver.state.status?.text
                == "Saved. About “a bit of a mess”: Could it be put as what would help things feel more settled? "
                + "Press e to change it.")
    }

    @Test func thereAreAtLeastTwentyQuestionsCoveringEveryArea() {
        #expect(StrengthPrompts.all.count >= 20)
        #expect(Set(StrengthPrompts.all.map(\.area)) == Set(LifeArea.allCases))
    }

    @Test func movingAStrengthSkipsOverTheWorkersOnes() {
        let driver = driver()
        driver.press(.down, .down)
        #expect(driver.state.plan?.strengths.row == 2)
        driver.press(.character("K"))
        let people = driver.state.plan?.plan.assets.filter { $0.owner == .person }.map(\.id)
        #expect(people == ["a1", "a4", "a2"])
        #expect(driver.state.plan?.strengths.row == 1)
    }

    @Test func deletingAStrengthAsksAndUndoBringsItBack() {
        let driver = driver()
        driver.press(.character("d"), .character("y"))
        #expect(driver.state.plan?.plan.assets.map(\.id) == ["a2", "a3", "a4"])
        #expect(driver.state.plan?.plan.goals[0].steps[0].removedLinks == ["Good at fixing bikes"])
        driver.press(.character("u"))
        #expect(driver.state.plan?.plan.assets.count == 4)
    }

    @Test func aLinkedEntryCanBeUnlinkedAndPutOnTheMap() {
        let driver = driver()
        driver.press(.right, .right)
        #expect(driver.state.plan?.strengths.column == .community)
        #expect(driver.screen.lines.joined().contains("r puts it on the map (ring 5)"))
        driver.press(.character("r"))
        let added = driver.state.plan?.plan.network.last
        #expect(added?.name == "Tuesday walking group")
        #expect(added?.ring == 5)
        #expect(driver.screen.lines.joined().contains("already on the map (ring 5)"), "r is no longer offered")
        #expect(!driver.screen.lines.joined().contains("r puts it on the map"))
        driver.press(.down, .character("d"), .character("y"))
        #expect(driver.state.plan?.plan.communityLinks == ["d1"])
    }

    /// Moved closer since it was put on the map, it is still on it: r says so rather than adding it again at ring 5.
    @Test func anEntryAlreadyOnTheMapIsNotPutThereTwice() {
        var plan = StrengthsTests.plan()
        plan.network = [Samples.connection("c1", "Tuesday walking group", ring: 3)]
        let driver = driver(plan: plan)
        driver.press(.right, .right)
        #expect(driver.screen.lines.joined().contains("already on the map (ring 3)"))
        driver.press(.character("r"))
        #expect(driver.state.plan?.plan.network.count == 1, "not put on the map twice")
        #expect(
            driver.state.status?.text == "Tuesday walking group is already on the map, ring 3: through things I do.")
    }

    @Test func theDirectoryOpensFromAPlanAndLinksAnEntry() {
        let driver = driver()
        driver.press(.character("c"))
        #expect(driver.state.screen == .directory && driver.state.plan != nil)
        #expect(driver.effects.last == .loadDirectory)
        driver.press(.character("/"))
        driver.type("bike")
        #expect(driver.state.directory.selectedEntry?.id == "d2")
        driver.press(.enter, .character("l"))
        #expect(driver.state.plan?.plan.communityLinks.contains("d2") == true)
        expectSnapshot(driver.screen, named: "directory-from-plan")
        driver.press(.character("q"))
        #expect(driver.state.screen == .plan)
    }
}

@Suite struct DirectoryTests {
    @Test func deletingAnEntryInUseSaysHowManyPlansUseItButNotWhose() {
        var other = Samples.plan(name: "Another Person", id: "00000000-0000-4000-8000-0000000000aa")
        other.communityLinks = ["d1"]
        let driver = ScreenDriver(plans: [other], directory: StrengthsTests.directory())
        driver.send(.planOpened(StrengthsTests.plan(), readOnly: nil))
        driver.press(.character("3"), .character("c"))
        driver.press(.down)
        #expect(driver.state.directory.selectedEntry?.id == "d1")
        driver.press(.character("d"))
        guard case .confirm(let question)? = driver.state.modals.last else {
            Issue.record("no question asked")
            return
        }
        #expect(question.question.contains("2 plans link to it"))
        #expect(!driver.screen.lines.joined().contains("Another Person"))
        driver.press(.character("y"))
        #expect(driver.directory.entries.map(\.id) == ["d2"])
        driver.press(.character("u"))
        #expect(driver.directory.entries.map(\.id).sorted() == ["d1", "d2"])
    }

    @Test func addingFromTheCaseloadAndFindingAsYouType() {
        let driver = ScreenDriver()
        driver.press(.character("c"))
        #expect(driver.state.screen == .directory && driver.state.plan == nil)
        driver.press(.character("a"))
        driver.type("Men's shed")
        driver.press(.tab)
        driver.type("Woodwork and tea")
        driver.press(.tab, .tab, .tab, .tab, .tab, .tab, .tab)
        driver.type("woodwork, making")
        driver.press(.control("s"))
        #expect(driver.directory.entries.first?.tags == ["woodwork", "making"])
        #expect(driver.directory.entries.first?.checkedOn == driver.today)
        driver.press(.character("/"))
        driver.type("making")
        #expect(driver.state.directory.shown.count == 1)
        driver.press(.character("l"))
        #expect(driver.state.directory.search?.text == "makingl")
        driver.press(.escape, .character("l"))
        #expect(driver.state.status?.text.hasPrefix("Open a plan first") == true)
        driver.press(.character("q"))
        #expect(driver.state.screen == .caseload)
    }
}
