import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

@Suite struct MapAheadTests {
    @Test func theMapIsMadeReadyOnceForEachPlanPeopleAndSize() {
        let driver = ScreenDriver(showing: NetworkScreenTests.smallMap(), part: "1")
        var ahead = MapAhead()
        var made = ahead.prepare(driver.state, today: driver.today)
        #expect(made, "a plan just opened on its overview")
        made = ahead.prepare(driver.state, today: driver.today)
        #expect(!made, "nothing changed since")
        driver.state.size = Size(width: 100, height: 30)
        made = ahead.prepare(driver.state, today: driver.today)
        #expect(made, "a new window size lays the map out again")
        var fewer = NetworkScreenTests.smallMap()
        fewer.network.removeLast()
        driver.state.plan?.editor = PlanEditor(plan: fewer)
        made = ahead.prepare(driver.state, today: driver.today)
        #expect(made, "someone taken off the map")
        made = ahead.prepare(driver.state, today: driver.today)
        #expect(!made)
    }

    @Test func nothingIsMadeReadyOnTheMapItselfOnTheCaseloadOrOnATooSmallWindow() {
        var ahead = MapAhead()
        let onTheMap = ScreenDriver(showing: NetworkScreenTests.smallMap(), part: "2")
        var made = ahead.prepare(onTheMap.state, today: onTheMap.today)
        #expect(!made)
        let caseload = ScreenDriver(plans: [NetworkScreenTests.smallMap()])
        made = ahead.prepare(caseload.state, today: caseload.today)
        #expect(!made)
        let small = ScreenDriver(showing: NetworkScreenTests.smallMap(), part: "1")
        small.state.size = Size(width: 40, height: 10)
        made = ahead.prepare(small.state, today: small.today)
        #expect(!made)
    }

    @Test func drawingTheMapAheadLeavesWhatIsShownAsItWas() {
        let driver = ScreenDriver(showing: NetworkScreenTests.smallMap(), part: "1")
        let before = driver.screen.lines
        var ahead = MapAhead()
        ahead.prepare(driver.state, today: driver.today)
        #expect(driver.state.plan?.section == .overview)
        #expect(driver.screen.lines == before)
    }
}
