import AssetMapCore
import AssetMapUI
import TestSupport
import Testing

@Suite struct NetworkScreenTests {
    static func smallMap() -> Plan {
        var plan = Samples.plan()
        plan.person.preferredName = "Zoë"
        plan.network = [
            Samples.connection("c1", "Aoife", ring: 1, gives: "Listens", receives: "Garden help"),
            Samples.connection("c2", "Mum", ring: 1, feeling: .mixed, gives: "Sunday dinners"),
            Samples.connection("c3", "Priya", ring: 2, receives: "Lifts to work"),
            Samples.connection("c4", "Choir", ring: 3, kind: .group, gives: "Singing"),
            Samples.connection("c5", "Gary", ring: 3, feeling: .draining),
            Samples.connection("c6", "Dr Shah (GP)", ring: 4, kind: .service, gives: "Check-ups"),
            Samples.connection("c7", "Library", ring: 5, kind: .place),
            Samples.connection("c8", "Biscuit", ring: 2, kind: .pet, gives: "A reason to go out", receives: "Walks"),
        ]
        return plan
    }

    func driver(_ plan: Plan = NetworkScreenTests.smallMap(), size: Size = Size(width: 80, height: 24)) -> ScreenDriver
    {
        ScreenDriver(showing: plan, part: "2", size: size)
    }

    @Test func theRingsOfASmallMap() {
        expectSnapshot(driver().screen, named: "network-80x24")
        expectSnapshot(driver(size: Size(width: 120, height: 40)).screen, named: "network-120x40")
    }
}

extension NetworkScreenTests {
    /// The sizes the issue names: every name whole on the ring or in the key beside it.
    @Test func theMapAtEachSizeWithWholeNames() {
        expectSnapshot(driver(NetworkSamples.plan(9)).screen, named: "network-9-80x24")
        expectSnapshot(
            driver(NetworkSamples.plan(20), size: Size(width: 120, height: 40)).screen, named: "network-20-120x40")
        expectSnapshot(
            driver(NetworkSamples.plan(40), size: Size(width: 200, height: 60)).screen, named: "network-40-200x60")
    }

    @Test func aCrowdedMapStaysReadable() {
        let screen = driver(NetworkSamples.plan(150)).screen
        expectSnapshot(screen, named: "network-150-80x24")
        let text = screen.lines.joined(separator: "\n")
        for slice in ["People", "Groups", "Places", "Services", "Pets"] {
            #expect(text.contains(slice))
            #expect(text.contains("more in \(slice)"))
        }
        expectSnapshot(
            driver(NetworkSamples.plan(40), size: Size(width: 120, height: 40)).screen, named: "network-40-120x40")
    }

    @Test func theListShowsEveryoneOfACrowdedMap() {
        let driver = driver(NetworkSamples.plan(150))
        driver.press(.character("v"))
        var seen = Set<String>()
        for _ in 0..<160 {
            seen.insert(driver.state.plan!.network.selectedID!)
            driver.press(.down)
        }
        #expect(seen.count == 150)
    }
}
