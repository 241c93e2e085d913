import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

@Suite struct GuideTests {
    /// A caseload with no plans, a plan started from it, and the walk-through on offer.
    func started(size: Size = Size(width: 80, height: 24)) -> ScreenDriver {
        let driver = ScreenDriver(size: size)
        driver.press(.character("a"))
        driver.type("Zoë Ní Bhriain")
        driver.press(.control("s"))
        return driver
    }

    var plan: (ScreenDriver) -> Plan { { $0.state.plan!.plan } }

    func addPerson(_ driver: ScreenDriver, _ name: String, ring: Character) {
        driver.type(name)
        driver.press(.tab, .character(ring))
    }

    @Test func aNewPlanOffersTheWalkThroughAndEscLeavesItForLater() {
        let driver = started()
        #expect(driver.state.keyContext == .guidePage)
        expectSnapshot(driver.screen, named: "guide-welcome")
        driver.press(.escape)
        #expect(driver.state.keyContext == .overview)
        #expect(driver.screen.lines.joined().contains("g Walk-through"))
        driver.press(.character("g"))
        #expect(driver.state.plan?.guide?.part == .welcome)
    }

    @Test func theWholeWalkThroughFillsInThePlanAsItsOwnPartsWould() {
        let driver = started()
        driver.press(.enter)
        #expect(driver.state.plan?.guide?.part == .goodLife)
        driver.type("Walking by the sea, and seeing my sister more.")
        #expect(plan(driver).goodLife == "Walking by the sea, and seeing my sister more.", "saved as it is typed")
        driver.press(.control("s"))
        addPerson(driver, "Mam", ring: "1")
        addPerson(driver, "Aoife", ring: "2")
        expectSnapshot(driver.screen, named: "guide-people")
        addPerson(driver, "Biscuit", ring: "3")
        #expect(driver.state.plan?.guide?.part == .strengths)
        #expect(driver.state.plan?.section == .strengths)
        for strength in ["Fixing bikes", "Kind to animals"] {
            driver.type(strength)
            driver.press(.enter)
        }
        driver.press(.down)
        expectSnapshot(driver.screen, named: "guide-strengths")
        driver.type("Making people laugh")
        driver.press(.enter)
        #expect(driver.state.plan?.guide?.part == .goal)
        driver.type("Walk by the sea each week")
        driver.press(.tab)
        driver.type("Find the bus times")
        driver.press(.tab)
        driver.type("Aoife")
        #expect(
            driver.state.plan?.guide?.box == GuideState.GoalBox.when.rawValue,
            "only Aoife begins with a: on to the date")
        driver.type("Saturday")
        #expect(driver.state.plan?.guide?.when.text == "Saturday", "the rest of her name is not typed into the date")
        expectSnapshot(driver.screen, named: "guide-goal")
        driver.press(.enter)
        #expect(driver.state.plan?.guide?.part == .wellbeing)
        driver.press(.enter)
        #expect(driver.state.plan?.guide == nil)
        #expect(driver.state.keyContext == .wellbeingCheck)
        #expect(plan(driver).checks.isEmpty, "a check with nothing answered yet leaves nothing behind")
        driver.press(.character("3"))

        let made = plan(driver)
        #expect(made.network.map(\.name) == ["Mam", "Aoife", "Biscuit"])
        #expect(made.network.map(\.ring) == [1, 2, 3])
        #expect(made.network.allSatisfy { $0.kind == .person && $0.feeling == .supportive })
        #expect(made.assets.map(\.text) == ["Fixing bikes", "Kind to animals", "Making people laugh"])
        #expect(made.assets.allSatisfy { $0.owner == .person && $0.kind == .strength })
        let goal = try! #require(made.goals.first)
        #expect(goal.title == "Walk by the sea each week")
        #expect(goal.steps.map(\.text) == ["Find the bus times"])
        #expect(goal.steps.first?.who == made.network[1].id, "Aoife will do it")
        #expect(goal.steps.first?.due == DateWords.read("Saturday", today: driver.today, meaning: .due))
        #expect(made.checks.map { $0.answers[0] } == [3], "the check is the one the Wellbeing part starts")
    }

    @Test func theHintForByWhenIsWrappedNotCutAt80Columns() {
        let driver = started()
        driver.press(.enter, .control("s"), .pageDown, .pageDown)
        #expect(driver.state.plan?.guide?.part == .goal)
        expectSnapshot(driver.screen, named: "guide-goal-empty")
        let words = driver.screen.lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(
            words.contains("Optional: Saturday, in 2 weeks, 31 Jan Small steps"), "the example is whole, over two lines"
        )
    }

    @Test func whatTheWalkThroughWritesIsWhatThePartsThemselvesWrite() {
        let guided = started()
        guided.press(.enter, .pageDown)
        addPerson(guided, "Mam", ring: "1")
        guided.press(.control("s"))
        guided.type("Fixing bikes")
        guided.press(.control("s"))
        guided.type("Walk by the sea")
        guided.press(.control("s"))

        let byHand = started()
        byHand.press(.escape, .character("2"), .character("a"))
        byHand.type("Mam")
        byHand.press(.tab, .character("1"), .control("s"))
        byHand.press(.character("3"), .character("a"))
        byHand.type("Fixing bikes")
        byHand.press(.control("s"), .character("4"), .character("a"))
        byHand.type("Walk by the sea")
        byHand.press(.control("s"))

        let (a, b) = (plan(guided), plan(byHand))
        #expect(
            a.network.map { [$0.name, "\($0.ring)", $0.kind.rawValue, $0.feeling.rawValue, $0.gives, $0.receives] }
                == b.network.map {
                    [$0.name, "\($0.ring)", $0.kind.rawValue, $0.feeling.rawValue, $0.gives, $0.receives]
                })
        #expect(
            a.assets.map { [$0.text, $0.kind.rawValue, $0.owner.rawValue] }
                == b.assets.map { [$0.text, $0.kind.rawValue, $0.owner.rawValue] })
        #expect(a.goals.map { [$0.title, $0.status.rawValue] } == b.goals.map { [$0.title, $0.status.rawValue] })
    }

    @Test func everyPartCanBeSkippedAndNothingIsWritten() {
        let driver = started()
        let before = plan(driver)
        driver.press(.enter)
        for _ in 0..<5 { driver.press(.pageDown) }
        #expect(driver.state.plan?.guide == nil)
        #expect(plan(driver) == before)
        #expect(driver.state.status?.text.contains("end of the walk-through") == true)
    }

    @Test func leftPartWayItIsPickedUpWhereItWasWithWhatWasHalfTyped() {
        let driver = started()
        driver.press(.enter, .control("s"))
        addPerson(driver, "Mam", ring: "1")
        driver.type("Aoi")
        driver.press(.escape)
        #expect(driver.state.keyContext == .network)
        driver.press(.character("1"), .character("g"))
        #expect(driver.state.plan?.guide?.part == .people)
        #expect(driver.state.plan?.guide?.name.text == "Aoi")
        #expect(driver.state.plan?.section == .network)
        driver.press(.pageUp)
        #expect(driver.state.plan?.guide?.part == .goodLife)
    }

    @Test func onAPlanAlreadyStartedItBeginsWithTheFirstPartWithNothingInIt() {
        var zoe = Samples.plan()
        zoe.goodLife = "The sea"
        zoe.network = ["Mam", "Aoife", "Biscuit"].enumerated().map {
            Samples.connection("c\($0.offset)", $0.element, ring: 1)
        }
        let driver = ScreenDriver(showing: zoe, part: "1")
        driver.press(.character("g"))
        #expect(driver.state.plan?.guide?.part == .strengths)
        #expect(driver.state.plan?.section == .strengths)
    }

    @Test func aPersonAddedInTheWalkThroughIsUndoneLikeAnyOther() {
        let driver = started()
        driver.press(.enter, .control("s"))
        addPerson(driver, "Mam", ring: "1")
        driver.press(.escape, .character("u"))
        #expect(plan(driver).network.isEmpty)
    }

    @Test func whatCannotBeKeptSaysWhyAndKeepsTheWords() {
        let driver = started()
        driver.press(.enter, .control("s"))
        driver.press(.enter)
        #expect(driver.state.plan?.guide?.problem == nil, "Enter on no name is not a mistake")
        #expect(driver.state.plan?.guide?.said == "Type a name, or press PgDn to go on.")
        driver.press(.pageDown, .pageDown)
        driver.type("Walk by the sea")
        driver.press(.tab, .tab, .tab)
        driver.type("someday soon")
        driver.press(.control("s"))
        #expect(driver.state.plan?.guide?.part == .goal)
        #expect(driver.state.plan?.guide?.problem?.contains("could not be read") == true)
        #expect(driver.state.plan?.guide?.goal.text == "Walk by the sea")
        #expect(plan(driver).goals.isEmpty)
        driver.press(.control("u"))
        driver.type("in 2 weeks")
        driver.press(.control("s"))
        #expect(plan(driver).goals.first?.title == "Walk by the sea")
    }

    @Test func aNameTypedWhenTheProgramIsStoppedIsKept() {
        let driver = started()
        driver.press(.enter, .control("s"))
        driver.type("Mam")
        _ = AppReducer.keepWhatIsTyped(&driver.state, env: driver.env)
        #expect(plan(driver).network.map(\.name) == ["Mam"])
    }

    @Test func aPlanThatCanOnlyBeLookedAtHasNoWalkThrough() {
        let driver = ScreenDriver()
        driver.send(.planOpened(Samples.plan(), readOnly: "it is open in another assetmap"))
        driver.press(.character("g"))
        #expect(driver.state.plan?.guide == nil)
        #expect(driver.state.status?.isWarning == true)
    }

    @Test func helpExplainsTheWalkThroughAndLettersAreTypedNotTaken() {
        let driver = started()
        driver.press(.enter, .control("s"))
        driver.type("q?pa")
        #expect(driver.state.plan?.guide?.name.text == "q?pa")
        driver.press(.function(1))
        #expect(driver.screen.lines.joined().contains("A walk-through for a first meeting"))
    }

    @Test func theWalkThroughAtAWideWindow() {
        let driver = started(size: Size(width: 200, height: 60))
        driver.press(.enter, .control("s"))
        addPerson(driver, "Siobhán Ní Bhriain, my sister who lives in Galway", ring: "1")
        expectSnapshot(driver.screen, named: "guide-people-200x60")
    }

    /// A pet, a group, a place or a service is said to be one there and then: Tab once more after the name, the
    /// kind's number or first letters, then the ring's number puts them on the map.
    @Test func whoOrWhatIsChosenBeforeTheRingAndSaidOnceAdded() {
        let driver = started()
        driver.press(.enter, .control("s"))
        driver.type("Mog (my cat)")
        driver.press(.tab, .tab)
        #expect(driver.state.plan?.guide?.box == GuideState.PeopleBox.kind.rawValue)
        driver.press(.character("5"))
        #expect(driver.state.plan?.guide?.box == GuideState.PeopleBox.ring.rawValue, "chosen, back to the ring")
        driver.press(.character("2"))
        #expect(plan(driver).network.map(\.kind) == [.pet])
        #expect(plan(driver).network.map(\.ring) == [2])
        #expect(
            driver.state.status?.text
                == "Mog (my cat) is on the map, ring 2, as a pet. Type the next name, or press PgDn to go on.")
        #expect(driver.state.plan?.guide?.kind == 0, "the next one is a person again unless said")
        driver.type("Mam (Bríd)")
        driver.press(.tab, .character("1"))
        #expect(
            driver.state.status?.text == "Mam (Bríd) is on the map, ring 1. Type the next name, or press PgDn to go on."
        )
        driver.press(.enter)
        #expect(driver.state.plan?.guide?.problem == nil)
        #expect(
            driver.screen.lines.contains {
                $0.contains("Type the next name, or press PgDn to go on.") && !$0.contains("!")
            })
        driver.type("Library")
        driver.press(.backTab)
        #expect(
            driver.state.plan?.guide?.box == GuideState.PeopleBox.kind.rawValue,
            "Shift-Tab from the name goes to who or what")
        driver.type("pl")
        driver.press(.character("5"))
        #expect(
            plan(driver).network.last.map { [$0.name, $0.kind.rawValue, "\($0.ring)"] } == ["Library", "place", "5"])
    }
}
