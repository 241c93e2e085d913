import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

/// The keys the map gained for reading it together: `/` to find someone, `<` and `>` to move them round their ring,
/// and `n` for who knows whom.
@Suite struct MapKeysTests {
    func driver(_ count: Int = 20, size: Size = Size(width: 120, height: 40)) -> ScreenDriver {
        ScreenDriver(showing: NetworkSamples.plan(count), part: "2", size: size)
    }

    func selected(_ driver: ScreenDriver) -> String? { driver.state.plan?.network.selectedID }

    func connection(_ driver: ScreenDriver, _ id: String) -> Connection? {
        driver.state.plan?.plan.network.first { $0.id == id }
    }

    func label(_ driver: ScreenDriver, _ id: String) -> RingLayout.Label? {
        NetworkLayout(driver.state).rings(for: driver.state.plan!.plan).labels.first { $0.connectionID == id }
    }

    @Test func slashFindsByPartOfANameAndEnterKeepsIt() {
        let driver = driver()
        driver.press(.character("/"))
        #expect(driver.state.keyContext == .networkSearch)
        driver.type("femi o")
        #expect(connection(driver, selected(driver)!)?.name == "Femi Okonkwo")
        #expect(driver.screen.lines.contains { $0.contains("[~ Femi Okonkwo]") })
        #expect(driver.screen.lines.contains { $0.contains("Find: femi o") && $0.contains("found") })
        driver.press(.enter)
        #expect(driver.state.keyContext == .network)
        #expect(connection(driver, selected(driver)!)?.name == "Femi Okonkwo")
    }

    @Test func findingGoesThroughEveryMatchAndEscapeGoesBack() {
        let driver = driver()
        driver.press(.tab, .tab)
        let before = selected(driver)
        driver.press(.character("/"))
        driver.type("FEMI")
        let first = selected(driver)
        #expect(connection(driver, first!)?.name.hasPrefix("Femi") == true)
        #expect(driver.screen.lines.contains { $0.contains("1 of 2 found") })
        driver.press(.down)
        #expect(selected(driver) != first)
        #expect(connection(driver, selected(driver)!)?.name.hasPrefix("Femi") == true)
        driver.press(.down)
        #expect(selected(driver) == first)
        driver.type("zzz")
        #expect(driver.screen.lines.contains { $0.contains("no one on the map matches that") })
        driver.press(.escape)
        #expect(selected(driver) == before)
        #expect(driver.state.plan?.network.find == nil)
    }

    @Test func findingSomeoneNotDrawnSaysWhereToSeeThem() {
        let driver = driver(150, size: Size(width: 80, height: 24))
        let hidden = NetworkLayout(driver.state).rings(for: driver.state.plan!.plan).hiddenIDs
        let name = connection(driver, try! #require(hidden.last))!.name
        driver.press(.character("/"))
        driver.type(name)
        #expect(driver.state.status?.text.hasPrefix("\(name) is not drawn here") == true)
        driver.press(.enter, .character("v"))
        #expect(driver.screen.lines.contains { $0.contains("▸") && $0.contains(name.prefix(12)) })
    }

    @Test func angleBracketsMoveTheSelectedRoundTheirRingAndOneUndoPutsThemBack() {
        let driver = driver()
        let id = "c4"  // Knit and Natter group, on the right of the rings
        driver.state.plan?.network.selectedID = id
        let start = connection(driver, id)!.placementOrDefault
        let before = label(driver, id)!.box
        driver.press(.character(">"))
        let moved = connection(driver, id)!.placement!
        #expect(moved > start)
        #expect(label(driver, id)!.box != before)
        #expect(abs(label(driver, id)!.angle - RingSectors.angle(of: .group, placement: moved)) < 0.2)
        driver.press(.character(">"), .character("<"))
        #expect(connection(driver, id)!.placement! > start)
        driver.press(.character("u"))
        #expect(connection(driver, id)!.placement == nil)
        #expect(label(driver, id)!.box == before)
    }

    @Test func movingRoundStopsAtTheEdgeOfTheSlice() {
        let driver = driver()
        driver.state.plan?.network.selectedID = "c4"
        for _ in 0..<40 { driver.press(.character(".")) }
        #expect(connection(driver, "c4")!.placement! >= 0.9)
        #expect(driver.state.status?.text.contains("as far round as there is room in the slice for groups") == true)
        let others = driver.state.plan!.plan.network.filter { $0.id != "c4" }
        #expect(others.allSatisfy { $0.placement == nil }, "no one else moved")
    }

    @Test func nSaysWhoKnowsWhomAndTheDetailsAndMapShowIt() {
        let driver = driver()
        driver.state.plan?.network.selectedID = "c0"
        driver.press(.character("n"))
        guard case .picker(let picker)? = driver.state.modals.last else {
            Issue.record("no list to choose from")
            return
        }
        #expect(picker.title == "Who Aoife (sister) knows")
        #expect(!picker.items.contains { $0.id == "c0" })
        driver.type("mam")
        driver.press(.character(" "), .enter)
        let links = driver.state.plan!.plan.links
        #expect(links.count == 1 && links[0].joins("c0", "c1"))
        driver.press(.enter)
        let screen = driver.screen.lines.joined(separator: "\n")
        #expect(screen.contains("Knows (n to change)"))
        #expect(screen.contains("‹~ Mam›"), "those they know are marked on the map")
        driver.state.plan?.network.selectedID = "c1"
        driver.press(.character("n"))
        driver.type("aoife")
        driver.press(.character(" "), .enter)
        #expect(driver.state.plan!.plan.links.isEmpty)
        driver.press(.character("u"))
        #expect(driver.state.plan!.plan.links == links)
    }

    @Test func someoneAddedGoesWhereTheirSliceOfTheRingHasMostRoom() {
        let driver = ScreenDriver(showing: NetworkScreenTests.smallMap(), part: "2", size: Size(width: 120, height: 40))
        driver.press(.character("a"))
        driver.type("Dad")
        driver.press(.control("s"))
        let added = driver.state.plan!.plan.network.last!
        #expect(added.name == "Dad")
        let others = driver.state.plan!.plan.network.dropLast().filter {
            $0.ring == added.ring && $0.kind == added.kind
        }
        #expect(
            added.placement
                == RingSectors.openPlacement(
                    ring: added.ring, kind: added.kind, among: Array(driver.state.plan!.plan.network.dropLast())))
        #expect(!others.contains { abs($0.placementOrDefault - added.placement!) < 0.1 })
    }

    /// "s Keep" and "c Then & now" did not say what they did; the bar says so and still fits 80 columns with the keys
    /// for adding and opening, in the rings and in the list.
    @Test func theBarSaysWhatKeepAndCompareDoAndFitsEightyColumns() {
        let driver = driver(9, size: Size(width: 80, height: 24))
        for view in ["rings", "list"] {
            let bar = driver.screen.lines[23]
            for shown in ["s Keep today's map", "c Compare", "a Add", "Enter Open", "+ Closer", "- Further"] {
                #expect(bar.contains(shown), "\(shown) is not in the bar of the \(view)")
            }
            #expect(
                driver.screen.lines[21].contains(view == "rings" ? "v list" : "v rings"), "v is named under the \(view)"
            )
            driver.press(.character("v"))
        }
        driver.resize(200, 60)
        #expect(driver.screen.lines[59].contains("v List"))
    }
}
