import AssetMapCore
import AssetMapUI
import Foundation
import TestSupport
import Testing

@Suite struct ExportAndDemoFlowTests {
    @Test func xOffersACopyWithANameThatIsNotThePersons() {
        let driver = ScreenDriver()
        driver.send(.planOpened(Samples.fullPlan(), readOnly: nil))
        driver.press(.character("x"))
        driver.press(.control("s"))
        #expect(
            driver.exports == [ExportRequest(format: .html, rows: .connections, path: "assetmap-plan-2026-01-02.html")])
        #expect(driver.screen.lines.joined().contains("Saved a copy to"))
        #expect(FileManager.default.fileExists(atPath: driver.folder.file("assetmap-plan-2026-01-02.html").path))
        driver.press(.enter, .character("x"), .end, .control("s"))
        #expect(driver.exports.last == ExportRequest(format: .csv, rows: .checks, path: "assetmap-plan-2026-01-02.csv"))
        #expect(!driver.exports.contains { $0.path.contains("Zo") })
    }

    /// A copy goes in the folder assetmap was started from: the dialog names it before anything is saved, and calls
    /// page one what it is, the take-home sheet.
    @Test func theDialogSaysWhichFolderTheCopyGoesInBeforeSaving() {
        let driver = ScreenDriver(workingFolder: URL(fileURLWithPath: "/home/sam/Documents", isDirectory: true))
        driver.send(.planOpened(Samples.fullPlan(), readOnly: nil))
        driver.press(.character("x"))
        expectSnapshot(driver.screen, named: "export-dialog")
        driver.press(.tab)
        #expect(driver.screen.lines.contains { $0.contains("◂ Everything ▸") })
        driver.press(.right)
        #expect(driver.screen.lines.contains { $0.contains("◂ The take-home sheet (page one) ▸") })
        driver.press(.tab)
        #expect(driver.screen.lines.joined().contains("Saved in /home/sam/Documents; .html, .md… is added for you."))
        let own = ScreenDriver()
        own.send(.planOpened(Samples.fullPlan(), readOnly: nil))
        own.press(.character("x"))
        #expect(own.screen.lines.joined().contains("It is saved in \(own.folder.path), the folder"))
    }

    @Test func theDialogAsksWhatGoesInAndAboutPrivatePeopleOnlyWhenThereAreAny() {
        var plan = Samples.fullPlan()
        let driver = ScreenDriver()
        driver.send(.planOpened(plan, readOnly: nil))
        driver.press(.character("x"))
        #expect(!driver.screen.lines.joined().contains("marked private"))
        driver.press(.tab, .right, .control("s"))
        #expect(driver.exports.last?.contents == ExportContents(parts: .pageOne, privatePeople: false))
        plan.network[1].isPrivate = true
        plan.network[2].isPrivate = true
        driver.send(.planOpened(plan, readOnly: nil))
        driver.press(.enter, .character("x"), .tab, .tab)
        #expect(
            driver.screen.lines.contains { $0.contains("People marked private") && $0.contains("◂ Left out ▸") },
            "asked, with the usual answer first")
        #expect(driver.screen.lines.joined().contains("2 people on the map are marked private."))
        driver.press(.right, .control("s"))
        #expect(
            driver.exports.last
                == ExportRequest(
                    format: .html, rows: .connections,
                    contents: ExportContents(parts: .everything, privatePeople: true),
                    path: "assetmap-plan-2026-01-02.html"))
    }

    @Test func pageOneOnlyIsRefusedForASpreadsheetWithAReason() {
        let driver = ScreenDriver()
        driver.send(.planOpened(Samples.fullPlan(), readOnly: nil))
        driver.press(.character("x"), .end, .tab, .right, .control("s"))
        #expect(driver.state.keyContext == .form)
        #expect(driver.screen.lines.joined().contains("The take-home sheet is a web page or plain text"))
        #expect(driver.exports.isEmpty)
    }

    @Test func theExampleSaysSoAndIsOnlyKeptWhenAskedFor() {
        let plan = DemoPlan.make(today: Samples.day("2026-01-02"), now: Samples.later, newID: { UUID().uuidString })
        let driver = ScreenDriver()
        driver.send(.exampleOpened(plan))
        #expect(driver.screen.lines[0].contains("EXAMPLE: not saved"))
        driver.press(.character("q"))
        #expect(driver.state.keyContext == .dialog)
        driver.press(.character("n"))
        #expect(driver.state.screen == .caseload)
        #expect(driver.plans.isEmpty)
        driver.send(.exampleOpened(plan))
        driver.press(.character("q"), .character("y"))
        #expect(driver.plans.count == 1)
        #expect(driver.plans[plan.id] == nil, "the copy is a plan of its own, with its own id")
        #expect(driver.state.status == .info("A copy of the example is in the caseload now."))
        #expect(driver.state.caseload.rows.count == 1)
    }
}
