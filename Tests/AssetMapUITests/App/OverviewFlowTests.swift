import AssetMapCore
import AssetMapUI
import TestSupport
import Testing

@Suite struct OverviewFlowTests {
    func openPlan(readOnly: String? = nil) -> ScreenDriver {
        let driver = ScreenDriver()
        driver.send(.planOpened(Samples.plan(), readOnly: readOnly))
        return driver
    }

    @Test func theGoodLifeAnswerGoesIntoThePlanAsItIsTypedAndUndoesInOneGo() {
        let driver = openPlan()
        driver.press(.end, .enter)
        #expect(driver.state.keyContext == .textBox)
        driver.type("Walks by the sea")
        driver.press(.enter)
        driver.type("and my sister")
        #expect(driver.state.plan?.plan.goodLife == "Walks by the sea\nand my sister")
        driver.press(.escape)
        #expect(driver.state.keyContext == .overview)
        driver.press(.character("u"))
        #expect(driver.state.plan?.plan.goodLife == "")
        driver.press(.control("r"))
        #expect(driver.state.plan?.plan.goodLife == "Walks by the sea\nand my sister")
    }

    @Test func tabAndEnterMoveOnToTheNextDetail() {
        let driver = openPlan()
        driver.press(.enter)
        driver.type("Zoë")
        driver.press(.enter)
        driver.type("she/her")
        driver.press(.tab)
        driver.type("07700 900123")
        driver.press(.control("s"))
        let person = driver.state.plan?.plan.person
        #expect(person?.preferredName == "Zoë")
        #expect(person?.pronouns == "she/her")
        #expect(person?.keyworkerContact == "07700 900123")
        #expect(driver.screen.lines.contains { $0.contains("Keyworker contact  07700 900123") })
    }

    @Test func theKeyworkerIsGivenInAFormAndChangingItIsAHandoverWithANote() {
        let driver = openPlan()
        driver.press(.down, .down, .enter)
        guard case .form(let first)? = driver.state.modals.last else {
            Issue.record("no form for the keyworker")
            return
        }
        #expect(first.title == "Keyworker")
        driver.type("Sam")
        driver.press(.control("s"))
        #expect(driver.state.plan?.plan.person.keyworker == "Sam")
        #expect(driver.state.plan?.plan.notes.isEmpty == true)
        driver.press(.enter)
        guard case .form(let second)? = driver.state.modals.last else {
            Issue.record("no form for handing over")
            return
        }
        #expect(second.title == "Hand over this plan")
        driver.type("Ife")
        driver.press(.control("s"))
        #expect(driver.state.plan?.plan.person.keyworker == "Ife")
        #expect(driver.state.plan?.plan.notes.map(\.text) == ["Handed over from Sam to Ife."])
        #expect(driver.state.modals.isEmpty)
    }

    @Test func clearingTheNameKeepsTheOldOneUntilANewOneIsTyped() {
        let driver = openPlan()
        driver.press(.up, .enter, .control("u"))
        #expect(driver.state.plan?.plan.person.name == "Zoë Ní Bhriain")
        #expect(driver.state.status?.text.contains("A name is needed") == true)
        driver.type("Zoe")
        #expect(driver.state.plan?.plan.person.name == "Zoe")
    }

    /// The line says what it is, the person's agreement to this plan being kept, and that it was not asked yet.
    @Test func consentIsRecordedWithAFormDatedToday() {
        let driver = openPlan()
        #expect(
            driver.screen.lines.contains {
                $0.contains("Keeping this plan  Not asked yet whether they agree (press Enter)")
            })
        driver.press(.down, .down, .down, .down, .enter)
        #expect(driver.state.keyContext == .form)
        driver.press(.character("y"), .control("s"))
        #expect(driver.state.plan?.plan.consent == Consent(given: true, date: driver.today))
        #expect(driver.state.modals.isEmpty)
        #expect(driver.screen.lines.contains { $0.contains("Keeping this plan  They agreed, on ") })
    }

    @Test func aBadDateInAFormIsPointedOutAndNothingIsSaved() {
        let driver = openPlan()
        driver.press(.down, .down, .down, .down, .enter, .tab, .control("u"))
        driver.type("someday")
        driver.press(.control("s"))
        guard case .form(let form)? = driver.state.modals.last else {
            Issue.record("the form closed")
            return
        }
        #expect(form.problem == "That date could not be read. Try today, yesterday, last Monday or 3 May.")
        #expect(driver.state.plan?.plan.consent == nil)
    }

    @Test func cancellingAFormWithTypingAsksFirst() {
        let driver = openPlan()
        driver.press(.down, .down, .down, .down, .enter, .tab, .tab)
        driver.type("note")
        driver.press(.escape)
        #expect(driver.state.keyContext == .dialog)
        driver.press(.character("y"))
        #expect(driver.state.modals.isEmpty)
        #expect(driver.state.plan?.plan.consent == nil)
    }

    @Test func aReadOnlyPlanCanBeLookedAtButNotChanged() {
        let driver = openPlan(readOnly: "it is open in another assetmap")
        driver.press(.enter)
        #expect(driver.state.keyContext == .overview)
        #expect(driver.state.status?.text == "This plan can only be looked at: it is open in another assetmap.")
        #expect(driver.screen.lines[0].contains("READ-ONLY"))
    }

    @Test func sectionsSwitchByNumberAndTab() {
        let driver = openPlan()
        driver.press(.character("4"))
        #expect(driver.state.plan?.section == .goals)
        driver.press(.tab, .tab)
        #expect(driver.state.plan?.section == .notes)
        driver.press(.tab)
        #expect(driver.state.plan?.section == .overview)
        driver.press(.character("3"), .backTab)
        #expect(driver.state.plan?.section == .network)
        driver.press(.backTab)
        #expect(driver.state.plan?.section == .network, "on the map, Tab goes from person to person")
        driver.press(.character("1"))
        #expect(driver.state.plan?.section == .overview)
    }

    @Test func aHangUpWhileAFormIsOpenSavesWhatWasTyped() {
        let driver = openPlan()
        driver.press(.down, .down, .down, .down, .enter)
        driver.press(.tab, .tab)
        driver.type("agreed on the phone")
        _ = AppReducer.keepWhatIsTyped(&driver.state, env: driver.env)
        #expect(driver.state.plan?.plan.consent?.note == "agreed on the phone")
    }

    @Test func whatIsTypedIsSavedToThePlansFileOnceTheKeysThatMadeItAreDone() {
        let driver = ScreenDriver(showing: Samples.plan(), part: "1")
        driver.press(.end, .enter)
        driver.type("Walks by the sea")
        #expect(
            driver.effects.filter { $0 == .savePlan }.count == "Walks by the sea".count, "asked for at every change")
        #expect(
            driver.plans[Samples.plan().id]?.goodLife == "Walks by the sea", "and done once, at the end of the keys")
        driver.press(.escape, .character("q"))
        #expect(driver.state.screen == .caseload)
        #expect(driver.plans[Samples.plan().id]?.goodLife == "Walks by the sea")
    }

    @Test func theExampleIsChangedOnScreenButNeverAskedToBeSaved() {
        let driver = ScreenDriver()
        driver.send(.exampleOpened(Samples.plan()))
        driver.press(.end, .enter)
        driver.type("x")
        #expect(driver.state.plan?.plan.goodLife == "x")
        #expect(!driver.effects.contains(.savePlan))
    }

    @Test func aHangUpWithADateThatCannotBeReadSavesTheRestAndThePlanSaysSoWhenNextOpened() {
        let driver = openPlan()
        driver.press(.character("6"), .character("a"), .backTab, .control("u"))
        driver.type("tomorow")
        driver.press(.tab)
        driver.type("HUP4-NOTE words")
        driver.press(.control("s"))
        let kept = AppReducer.keepWhatIsTyped(&driver.state, env: driver.env)
        #expect(kept.lost == nil)
        let plan = try! #require(driver.state.plan?.plan)
        #expect(plan.notes.map(\.text) == ["HUP4-NOTE words"])
        #expect(plan.notes.first?.date == driver.today, "the date is left as the form had it: today")
        #expect(
            plan.openingNotice == "assetmap had to stop while “A note” was open. What was typed in it was saved, but "
                + "“Date” was typed as “tomorow”, which could not be read, so it was left as it was: 2 January 2026. Please check it."
        )

        let again = ScreenDriver()
        again.send(.planOpened(plan, readOnly: nil))
        #expect(again.screen.lines.joined().contains("Kept when assetmap stopped"))
        #expect(again.state.plan?.plan.openingNotice == nil, "said once: saved without it from now on")
        #expect(again.state.plan?.plan.updatedAt == plan.updatedAt)
    }

    @Test func aHangUpWithAFormThatCannotBeSavedEvenAsItWasSaysWhatWasNotKept() {
        let driver = openPlan()
        driver.press(.character("6"), .character("a"), .backTab, .control("u"))
        driver.type("yesterday")
        let kept = AppReducer.keepWhatIsTyped(&driver.state, env: driver.env)
        #expect(
            kept.lost == "A form could not be saved (Please type the note.), so what was typed in it could not be kept."
        )
        #expect(driver.state.plan?.plan.notes.isEmpty == true)
    }

    @Test func aFailedSaveIsShownAndClearedWhenSaved() {
        let driver = openPlan()
        driver.send(.saveFailed("Not saved yet: the disk is full."))
        #expect(driver.screen.lines[0].contains("NOT SAVED YET"))
        driver.send(.saved)
        #expect(driver.state.status?.text == "Saved now.")
        #expect(!driver.screen.lines[0].contains("NOT SAVED YET"))
    }

    @Test func aFileChangedElsewhereIsOnlySaidWhileTypingAndTheLettersGoWhereTheyWereTyped() {
        let driver = openPlan()
        driver.press(.end, .enter)
        driver.type("Mine")
        driver.send(.saveConflict("Not saved yet: another program changed this plan's file."))
        #expect(driver.state.modals.isEmpty, "a question that appears by itself would take the next letter typed")
        #expect(driver.screen.lines.joined().contains("another program changed"))
        driver.type(" yes no")
        driver.send(.saveConflict("Not saved yet: another program changed this plan's file."))
        #expect(driver.state.modals.isEmpty)
        #expect(driver.state.plan?.plan.goodLife == "Mine yes no")
    }

    @Test func aFileChangedElsewhereIsAskedAboutOnceTypingStopsAndOnlyArrowsAndEnterAnswer() {
        let driver = openPlan()
        driver.press(.end, .enter)
        driver.type("Mine")
        driver.send(.saveConflict("Not saved yet: another program changed this plan's file."))
        driver.press(.escape)
        driver.send(.saveConflict("Not saved yet: another program changed this plan's file."))
        driver.send(.saveConflict("Not saved yet: another program changed this plan's file."))
        #expect(driver.state.modals.count == 1, "asked once, however often saving is tried")
        #expect(driver.screen.lines.joined().contains("Changed outside assetmap"))
        driver.press(.character("y"), .character("n"), .enter, .character(" "))
        #expect(driver.state.modals.count == 1, "no letter, and no Enter before a choice is marked, answers it")
        #expect(driver.effects.allSatisfy { if case .resolveConflict = $0 { false } else { true } })
        driver.press(.down, .enter)
        let copyID = driver.state.plan?.plan.id
        #expect(copyID != Samples.plan().id)
        #expect(driver.plans[copyID ?? ""]?.goodLife == "Mine")
        #expect(driver.state.plan?.saveProblem == nil)
        driver.press(.character("u"))
        #expect(driver.state.plan?.plan.id == copyID, "undo changes the copy, never the plan it came from")
    }

    @Test func notNowLeavesTheQuestionUntilCtrlSAsksAgain() {
        let driver = openPlan()
        driver.press(.end, .enter)
        driver.type("Mine")
        driver.press(.escape)
        driver.send(.saveConflict("Not saved yet: another program changed this plan's file."))
        driver.press(.escape)
        #expect(driver.state.modals.isEmpty)
        driver.press(.down)
        driver.send(.saveConflict("Not saved yet: another program changed this plan's file."))
        #expect(driver.state.modals.isEmpty, "moving about is not a moment chosen for a question")
        driver.press(.control("s"))
        driver.send(.saveConflict("Not saved yet: another program changed this plan's file."))
        #expect(driver.state.modals.count == 1)
        driver.press(.down, .down, .enter)
        #expect(driver.effects.last == .resolveConflict(keepBoth: false))
    }
}
