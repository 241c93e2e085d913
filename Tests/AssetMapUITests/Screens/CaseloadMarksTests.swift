import AssetMapCore
import AssetMapUI
import TestSupport
import Testing

/// Caseload rows that need a word before the plan is opened: two files holding one id, a plan from a newer
/// assetmap. The words say it; the colour only adds to them.
@Suite struct CaseloadMarksTests {
    let sharedID = "6d4a1dd9-d013-4bf9-b843-7b730ff9d76f"

    func driver() -> ScreenDriver {
        let driver = ScreenDriver()
        var a = Samples.plan(name: "Dora Duplicate-A", id: sharedID)
        a.updatedAt = Samples.later
        let b = Samples.plan(name: "Dora Duplicate-B", id: sharedID)
        var newer = Samples.plan(name: "From The Future", id: "9a8b7c6d-0000-4000-8000-0000000000f2")
        newer.schemaVersion = 2
        driver.send(
            .caseloadLoaded([
                CaseloadRow(content: .plan(PlanSummary(plan: a)), path: "/data/plans/\(sharedID).json", sharesID: true),
                CaseloadRow(content: .plan(PlanSummary(plan: b)), path: "/data/plans/38ddfce8.json", sharesID: true),
                CaseloadRow(content: .plan(PlanSummary(plan: newer)), path: "/data/plans/9a8b7c6d.json"),
            ]))
        return driver
    }

    @Test func rowsSharingAnIdAndAPlanFromANewerAssetmapAreMarkedInWords() {
        expectSnapshot(driver().screen, named: "caseload-marks")
    }

    @Test func eachOfTwoRowsWithOneIdOpensAndBinsItsOwnFile() {
        let driver = driver()
        driver.press(.down, .enter)
        #expect(driver.effects.last == .openPlan(path: "/data/plans/38ddfce8.json"))
        #expect(driver.state.status?.text.contains("run assetmap check") == true)
        let again = self.driver()
        again.press(.down, .character("d"), .character("y"))
        #expect(again.effects.first == .binPlan(path: "/data/plans/38ddfce8.json", id: sharedID))
    }
}
