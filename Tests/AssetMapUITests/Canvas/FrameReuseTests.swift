import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

@Suite struct FrameReuseTests {
    @Test func aScreenDrawnOverAnEarlierFrameIsTheScreenDrawnAfresh() {
        let driver = ScreenDriver(showing: NetworkScreenTests.smallMap(), part: "2")
        var reused = AppView.render(driver.state, today: driver.today)
        driver.press(.character("1"))
        #expect(driver.state.plan?.section != .network, "back on the overview")
        AppView.render(driver.state, today: driver.today, into: &reused)
        #expect(reused == AppView.render(driver.state, today: driver.today))
        driver.resize(100, 30)
        AppView.render(driver.state, today: driver.today, into: &reused)
        #expect(reused == AppView.render(driver.state, today: driver.today), "and after the window changed size")
    }
}
