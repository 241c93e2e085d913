import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

@Suite struct NetworkFlowTests {
    func driver(_ plan: Plan = NetworkScreenTests.smallMap(), size: Size = Size(width: 80, height: 24)) -> ScreenDriver
    {
        ScreenDriver(showing: plan, part: "2", size: size)
    }

    var selected: (ScreenDriver) -> String? { { $0.state.plan?.network.selectedID } }

    func ring(_ driver: ScreenDriver, _ id: String) -> Int? {
        driver.state.plan?.plan.network.first { $0.id == id }?.ring
    }

    @Test func theFirstPersonInTheListIsSelectedOnArrival() {
        let driver = driver()
        driver.press(.right)
        #expect(selected(driver) != nil)
        #expect(driver.screen.lines.joined().contains("["))
    }

    @Test func leftAndRightGoAroundTheRingAndComeBack() {
        let driver = driver()
        driver.press(.home)
        let start = selected(driver)
        let startRing = ring(driver, start!)
        var seen: [String] = []
        for _ in 0..<10 {
            driver.press(.right)
            seen.append(selected(driver)!)
            #expect(ring(driver, selected(driver)!) == startRing)
        }
        #expect(seen.contains(start!))
        driver.press(.left)
        #expect(selected(driver) == seen[seen.count - 2])
    }

    @Test func upGoesInwardsAndDownOutwardsToTheNearestName() {
        let driver = driver()
        driver.press(.home)
        #expect(ring(driver, selected(driver)!) == 1)
        driver.press(.up)
        #expect(ring(driver, selected(driver)!) == 1)
        var rings: [Int] = []
        for _ in 0..<5 {
            driver.press(.down)
            rings.append(ring(driver, selected(driver)!)!)
        }
        #expect(rings == [2, 3, 4, 5, 5])
        driver.press(.up)
        #expect(ring(driver, selected(driver)!) == 4)
    }

    @Test func tabGoesThroughEveryoneInOrder() {
        let driver = driver()
        var order: [String] = []
        for _ in 0..<8 {
            driver.press(.tab)
            order.append(selected(driver)!)
        }
        #expect(order == ["c2", "c3", "c8", "c4", "c5", "c6", "c7", "c1"])
        driver.press(.backTab)
        #expect(selected(driver) == "c7")
        #expect(driver.state.plan?.section == .network)
    }

    @Test func plusAndMinusMoveTheSelectedPersonAndThePictureFollows() {
        let driver = driver()
        driver.press(.tab, .tab)
        #expect(selected(driver) == "c3")
        driver.press(.character("+"))
        #expect(ring(driver, "c3") == 1)
        driver.press(.character("+"))
        #expect(driver.state.status?.text == "That is already on the closest ring.")
        driver.press(.character("-"), .character("-"), .character("-"))
        #expect(ring(driver, "c3") == 4)
        #expect(selected(driver) == "c3")
        driver.press(.character("u"))
        #expect(ring(driver, "c3") == 3)
    }

    @Test func addingSomeoneThroughTheFormSelectsThem() {
        let driver = driver()
        driver.press(.character("a"))
        driver.type("Siobhán")
        driver.press(.tab, .character("3"), .character("2"), .right, .right, .tab)
        driver.type("Tea and chats")
        driver.press(.tab)
        driver.type("I listen")
        driver.press(.control("s"))
        let added = driver.state.plan?.plan.network.last
        #expect(added?.name == "Siobhán")
        #expect(added?.ring == 3)
        #expect(added?.kind == .group)
        #expect(added?.feeling == .draining)
        #expect(added?.isTwoWay == true)
        #expect(selected(driver) == added?.id)
    }

    @Test func aNameIsNeededToAddSomeone() {
        let driver = driver()
        driver.press(.character("a"), .control("s"))
        guard case .form(let form)? = driver.state.modals.last else {
            Issue.record("the form closed")
            return
        }
        #expect(form.problem == "Please type a name.")
    }

    @Test func editingKeepsWhatTheFormDoesNotShow() {
        var plan = NetworkScreenTests.smallMap()
        plan.network[0].unknownKeys = ["sinceYear": .number(1990)]
        let driver = driver(plan)
        driver.press(.character("e"), .tab, .tab, .tab, .tab, .control("u"))
        driver.type("Cups of tea")
        driver.press(.control("s"))
        let changed = driver.state.plan?.plan.network.first { $0.id == "c1" }
        #expect(changed?.gives == "Cups of tea")
        #expect(changed?.unknownKeys["sinceYear"] == .number(1990))
    }

    @Test func someoneIsMarkedPrivateFromTheirDetailsAndTheDetailsSaySo() {
        let driver = driver(size: Size(width: 120, height: 40))
        driver.press(.enter)
        #expect(!driver.screen.lines.joined().contains("Private"))
        driver.press(.character("e"))
        #expect(driver.screen.lines.contains { $0.contains("Private") && $0.contains("◂ No ▸") })
        driver.press(.tab, .tab, .tab, .tab, .tab, .tab, .tab, .tab, .right)
        #expect(driver.screen.lines.joined().contains("Left off copies to print or take home, unless asked for."))
        driver.press(.control("s"))
        #expect(driver.state.plan?.plan.network.first { $0.id == "c1" }?.isPrivate == true)
        #expect(driver.screen.lines.contains { $0.contains("Private (left off copies)") })
        driver.press(.character("u"))
        #expect(driver.state.plan?.plan.network.first { $0.id == "c1" }?.isPrivate == false)
    }

    @Test func deletingAsksAndTheSelectionMovesToTheNextInTheList() {
        let driver = driver()
        driver.press(.tab)
        #expect(selected(driver) == "c2")
        driver.press(.character("d"))
        #expect(driver.state.keyContext == .dialog)
        driver.press(.character("y"))
        #expect(driver.state.plan?.plan.network.contains { $0.id == "c2" } == false)
        #expect(selected(driver) == "c3")
        driver.press(.character("u"))
        #expect(driver.state.plan?.plan.network.count == 8)
    }

    @Test func deletingTheLastPersonMovesTheSelectionUp() {
        let driver = driver()
        driver.press(.backTab)
        #expect(selected(driver) == "c7")
        driver.press(.character("d"), .character("y"))
        #expect(selected(driver) == "c6")
    }

    @Test func enterShowsTheDetailsAndEscapeHidesThem() {
        let driver = driver()
        driver.press(.home, .enter)
        #expect(driver.state.plan?.network.showsDetails == true)
        expectSnapshot(driver.screen, named: "network-details")
        driver.press(.escape)
        #expect(driver.state.plan?.network.showsDetails == false)
    }

    @Test func vSwitchesToAPlainListWithTheSameKeys() {
        let driver = driver()
        driver.press(.character("v"))
        #expect(driver.state.keyContext == .networkList)
        driver.press(.down, .down)
        expectSnapshot(driver.screen, named: "network-list")
        let id = selected(driver)!
        driver.press(.character("-"))
        #expect(ring(driver, id) == 3)
        driver.press(.character("v"))
        #expect(driver.state.keyContext == .network)
        #expect(selected(driver) == id)
    }

    @Test func aHiddenPersonReachedByTabIsExplained() {
        let driver = driver(NetworkSamples.plan(150))
        let hidden = Set(NetworkLayout(driver.state).rings(for: driver.state.plan!.plan).hiddenIDs)
        #expect(!hidden.isEmpty)
        var presses = 0
        repeat {
            driver.press(.tab)
            presses += 1
        } while !hidden.contains(selected(driver)!) && presses < 150
        let status = driver.state.status?.text ?? ""
        #expect(status.contains("is not drawn here: +") && status.hasSuffix("Press v for the list."), "\(status)")
        driver.press(.character("v"))
        #expect(driver.screen.lines.contains { $0.hasPrefix(" ▸") })
    }

    @Test func theSelectionSurvivesAResize() {
        let driver = driver()
        driver.press(.tab, .tab, .tab)
        let id = selected(driver)
        driver.resize(150, 50)
        driver.resize(80, 24)
        #expect(selected(driver) == id)
        let label = NetworkLayout(driver.state).rings(for: driver.state.plan!.plan).labels.first {
            $0.connectionID == id
        }
        #expect(
            label.map { driver.screen.lines.joined().contains("[\($0.text)]") } == true,
            "the one selected is bracketed on the map")
    }

    @Test func theMeaningSurvivesInBlackAndWhite() {
        let driver = driver()
        driver.press(.home)
        let screen = driver.screen
        let text = screen.lines.joined(separator: "\n")
        for connection in NetworkScreenTests.smallMap().network {
            let shown = "\(connection.feeling.symbol) \(connection.name)"
            #expect(text.contains(shown), "\(connection.name) has no symbol")
        }
        #expect(text.contains("− can be hard"))
        let monochrome = BuiltInThemes.monochrome
        let selectedCells = (0..<screen.size.height).flatMap { y in (0..<screen.size.width).map { screen[$0, y] } }
            .filter { $0.role == .selected }
        #expect(!selectedCells.isEmpty)
        #expect(selectedCells.allSatisfy { _ in monochrome.style(for: .selected).reverse == true })
        #expect(monochrome.style(for: .draining).underline == true)
    }

    /// A list row that ran to the edge of the window left its last letter beside the form's right edge ("│s"):
    /// a box over the screen clears the columns beside it (and the list's rows now wrap short of the edge).
    @Test func nothingOfTheListIsLeftBesideAFormOverIt() {
        var plan = Samples.plan()
        plan.network = [
            Samples.connection(
                "c1", "Dr Marguerite Fitzgerald-O'Sullivan Ní Bhriain", ring: 4, kind: .service,
                gives: "Lifts to appointments and a chat", receives: "Cakes")
        ]
        let driver = driver(plan)
        driver.press(.character("v"))
        driver.press(.character("e"))
        let screen = driver.screen
        let form = FormLayout(
            try! #require(driver.state.modals.last.flatMap { if case .form(let f) = $0 { f } else { nil } }),
            in: AppLayout(driver.state).modalArea
        ).box
        for y in form.y..<form.maxY {
            let beside = (0..<screen.size.width).filter { $0 < form.x || $0 >= form.maxX }.map { screen[$0, y].text }
                .joined()
            #expect(beside.trimmed.isEmpty, "row \(y) shows \"\(beside.trimmed)\" beside the form")
        }
        expectSnapshot(screen, named: "network-list-form-over-a-long-row")
    }
}
