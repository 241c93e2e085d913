import AssetMapCore
import AssetMapUI
import TestSupport
import Testing

@Suite struct CaseloadFlowTests {
    func plans() -> [Plan] {
        var zoe = Samples.plan(name: "Zoë Ní Bhriain", id: "00000000-0000-4000-8000-00000000000a")
        zoe.updatedAt = Samples.later
        var li = Samples.plan(name: "Li Wei 李伟", id: "00000000-0000-4000-8000-00000000000b")
        li.updatedAt = Samples.created
        return [zoe, li]
    }

    @Test func startingAPlanAsksForANameAndOpensItOnTheOverview() {
        let driver = ScreenDriver()
        driver.press(.character("a"))
        #expect(driver.state.keyContext == .oneFieldForm, "the name is all it asks")
        driver.press(.enter)
        guard case .form(let form)? = driver.state.modals.last else {
            Issue.record("the form closed without a name")
            return
        }
        #expect(form.problem == "Please type the person's name.")
        driver.type("Zoë Ní Bhriain")
        driver.press(.enter)
        #expect(driver.effects.contains { if case .createPlan = $0 { return true } else { return false } })
        #expect(driver.state.screen == .plan)
        #expect(driver.state.plan?.plan.person.name == "Zoë Ní Bhriain")
        #expect(driver.state.plan?.section == .overview)
    }

    @Test func aPasteTooLongForTheNameIsCutAndTheStatusLineSaysSo() {
        let driver = ScreenDriver()
        driver.press(.character("a"), .paste(String(repeating: "Ann ", count: 250)))
        #expect(
            driver.state.status?.text
                == "Only 300 of the 1,000 characters fitted here (up to 300); the rest was left out.")
        #expect(driver.screen.lines.joined().contains("Only 300 of the 1,000 characters fitted here"))
    }

    @Test func searchingFiltersAsYouTypeAndEnterOpens() {
        let driver = ScreenDriver(plans: plans())
        driver.press(.character("/"))
        driver.type("zoe")
        #expect(driver.state.caseload.shown.count == 1)
        driver.press(.backspace, .backspace, .backspace)
        driver.type("李")
        #expect(driver.state.caseload.selectedRow?.summary?.name == "Li Wei 李伟")
        driver.press(.enter)
        #expect(driver.effects.contains(.openPlan(path: driver.path(of: "00000000-0000-4000-8000-00000000000b"))))
        #expect(driver.state.caseload.search == nil)
    }

    @Test func escapeClearsTheSearch() {
        let driver = ScreenDriver(plans: plans())
        driver.press(.character("/"))
        driver.type("nobody")
        #expect(driver.state.caseload.shown.isEmpty)
        driver.press(.escape)
        #expect(driver.state.caseload.search == nil)
        #expect(driver.state.caseload.shown.count == 2)
    }

    @Test func deletingAsksFirstAndThenBinsAndUndoBringsItBack() {
        let driver = ScreenDriver(plans: plans())
        driver.press(.character("d"))
        #expect(driver.state.keyContext == .dialog)
        driver.press(.character("n"))
        #expect(driver.effects.isEmpty)
        driver.press(.character("d"), .character("y"))
        let path = driver.path(of: "00000000-0000-4000-8000-00000000000a")
        #expect(driver.effects.first == .binPlan(path: path, id: "00000000-0000-4000-8000-00000000000a"))
        #expect(driver.state.caseload.rows.count == 1)
        #expect(driver.plans.count == 1)
        #expect(driver.state.status?.text.contains("Press u to bring it back") == true)
        driver.press(.character("u"))
        #expect(
            driver.effects.contains(
                .restorePlan(
                    binPath: driver.store.folder.bin.appendingPathComponent("00000000-0000-4000-8000-00000000000a.json")
                        .path,
                    path: path)))
        #expect(driver.state.caseload.rows.count == 2)
        #expect(driver.plans.count == 2)
    }

    @Test func qQuitsFromTheCaseloadAndGoesBackFromAPlan() {
        let driver = ScreenDriver(plans: plans())
        driver.press(.enter)
        #expect(driver.state.screen == .plan)
        driver.press(.character("q"))
        #expect(driver.state.screen == .caseload)
        driver.press(.character("q"))
        #expect(driver.effects.last == .quit(force: false))
    }

    @Test func anUnreadablePlanExplainsItselfWhenOpened() {
        let driver = ScreenDriver()
        driver.send(
            .caseloadLoaded([
                CaseloadRow(
                    content: .unreadable(reason: "network[1].ring must be a number from 1 to 5"),
                    path: "/data/plans/bad.json")
            ]))
        driver.press(.enter)
        guard case .message(_, let text)? = driver.state.modals.last else {
            Issue.record("no explanation shown")
            return
        }
        #expect(text.contains("left exactly as it is"))
        #expect(driver.effects.isEmpty)
    }

    @Test func privacyHidesEverythingUntilAnyKeyAndThatKeyDoesNothingElse() {
        let driver = ScreenDriver(plans: plans())
        driver.press(.character("p"))
        #expect(!driver.screen.lines.joined().contains("Zoë"))
        driver.press(.character("q"))
        #expect(!driver.state.privacy)
        #expect(driver.effects.isEmpty)
    }

    @Test func keysPressedWhileTheWindowIsTooSmallAreKeptAndUsedWhenItIsBigAgain() {
        let driver = ScreenDriver(plans: plans())
        driver.press(.character("a"))
        driver.type("Sam")
        driver.resize(50, 10)
        driver.type("uel q")
        driver.press(.backspace, .backspace)
        #expect(driver.state.heldKeys.count == 7)
        #expect(driver.screen.lines.joined().contains("7 keys pressed meanwhile, kept for then."))
        #expect(driver.screen.lines.joined().contains("Ctrl-C leaves assetmap;"))
        #expect(!driver.screen.lines.joined().contains("q or Ctrl-C"), "q is kept as a letter while a form is open")
        driver.press(.control("s"))
        #expect(driver.effects.isEmpty, "nothing is acted on while nothing can be seen")
        driver.resize(100, 30)
        #expect(driver.state.heldKeys.isEmpty)
        #expect(driver.state.plan?.plan.person.name == "Samuel", "every key is used, in order, once it can be seen")
    }

    @Test func qAndCtrlCLeaveFromTheTooSmallScreenAndTheNoticeSaysSo() {
        let driver = ScreenDriver(plans: plans())
        driver.resize(30, 8)
        #expect(driver.screen.lines.joined().contains("q or Ctrl-C leaves"))
        driver.press(.character("q"))
        #expect(driver.effects == [.stop])

        let typing = ScreenDriver(plans: plans())
        typing.press(.character("a"))
        typing.resize(30, 8)
        typing.type("quinn")
        #expect(typing.effects.isEmpty, "q may be a letter being typed: it is kept")
        typing.press(.control("c"))
        #expect(typing.effects.contains(.stop))
        #expect(typing.program.finished)
        #expect(
            typing.plans.values.contains { $0.person.name == "quinn" },
            "what was typed in the form is kept before leaving")
    }

    @Test func quittingWithAnUnsavedPlanAsksFirst() {
        let driver = ScreenDriver()
        driver.send(.quitBlocked("Not saved yet: the disk is full."))
        driver.press(.character("y"))
        #expect(driver.effects.last == .quit(force: true))
    }
}
