import AssetMapCore
import AssetMapUI
import TestSupport
import Testing

@Suite struct FoundationScreenTests {
    func caseload(size: Size = Size(width: 80, height: 24)) -> ScreenDriver {
        var zoe = Samples.plan(name: "Zoë Ní Bhriain", id: "00000000-0000-4000-8000-00000000000a")
        zoe.person.preferredName = "Zoë"
        zoe.updatedAt = Samples.later
        var li = Samples.plan(name: "Li Wei 李伟", id: "00000000-0000-4000-8000-00000000000b")
        li.updatedAt = Samples.created
        let driver = ScreenDriver(size: size, plans: [zoe, li])
        var rows = driver.state.caseload.rows
        rows.append(
            CaseloadRow(
                content: .unreadable(reason: "network[1].ring must be a number from 1 to 5"),
                path: "/data/plans/1d2c3b4a.json"))
        driver.send(.caseloadLoaded(rows))
        return driver
    }

    @Test func theCaseload() {
        expectSnapshot(caseload().screen, named: "caseload-80x24")
        expectSnapshot(caseload(size: Size(width: 120, height: 30)).screen, named: "caseload-120x30")
    }

    @Test func theCaseloadWhileSearching() {
        let driver = caseload()
        driver.press(.character("/"))
        driver.type("li")
        expectSnapshot(driver.screen, named: "caseload-search")
    }

    @Test func anEmptyCaseloadSaysWhatToDo() {
        expectSnapshot(ScreenDriver().screen, named: "caseload-empty")
    }

    @Test func startingAPlan() {
        let driver = ScreenDriver()
        driver.press(.character("a"))
        driver.type("Zoë Ní Bhriain")
        expectSnapshot(driver.screen, named: "new-plan-form")
        let bar = driver.screen.lines[23]
        #expect(bar.contains("Ctrl-S Save") && bar.contains("Esc Cancel"))
        #expect(!bar.contains("Tab"), "one field: no next or previous field is offered")
        driver.press(.function(1))
        #expect(driver.screen.lines[23].contains("Esc/Enter/Space Close"), "help names both keys that close it")
    }

    @Test func theOverviewOfANewPlanAndAFilledOne() {
        let driver = ScreenDriver()
        driver.send(.planOpened(Samples.plan(), readOnly: nil))
        expectSnapshot(driver.screen, named: "overview-new")
        driver.send(.planOpened(Samples.fullPlan(), readOnly: nil))
        expectSnapshot(driver.screen, named: "overview-full")
    }

    @Test func typingTheGoodLifeAnswer() {
        let driver = ScreenDriver()
        driver.send(.planOpened(Samples.plan(), readOnly: nil))
        driver.press(.end, .enter)
        driver.type(
            "To walk by the sea every week, to see my sister Aoife more often, and to have a garden of my own one day.")
        expectSnapshot(driver.screen, named: "overview-typing")
        #expect(driver.screen.cursor != nil)
    }

    @Test func helpShowsTheKeysOfTheScreen() {
        let driver = caseload()
        driver.press(.character("?"))
        expectSnapshot(driver.screen, named: "help-caseload")
        driver.press(.escape)
        driver.press(.enter, .character("?"))
        expectSnapshot(driver.screen, named: "help-overview")
    }

    @Test func aTooSmallWindowSaysSoAndComesBack() {
        let driver = caseload()
        driver.resize(60, 20)
        expectSnapshot(driver.screen, named: "too-small")
        driver.resize(80, 24)
        expectSnapshot(driver.screen, named: "caseload-80x24")
    }

    @Test func theDeleteQuestion() {
        let driver = caseload()
        driver.press(.character("d"))
        expectSnapshot(driver.screen, named: "caseload-delete")
    }
}
