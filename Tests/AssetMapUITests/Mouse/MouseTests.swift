import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

/// Clicks and the wheel through the real reducer, at the cells the screen draws things in.
@Suite struct MouseTests {
    func click(_ driver: ScreenDriver, _ point: Point, twice: Bool = false) {
        driver.press(.mouse(MouseEvent(.press(.left), at: point)))
        if twice { driver.press(.mouse(MouseEvent(.press(.left), at: point, clicks: 2))) }
    }

    func wheel(_ driver: ScreenDriver, down: Bool) {
        driver.press(.mouse(MouseEvent(down ? .wheelDown : .wheelUp, at: Point(x: 10, y: 10))))
    }

    /// Where the screen shows some text; the first place it appears.
    func place(of text: String, on canvas: Canvas, sourceLocation: SourceLocation = #_sourceLocation) -> Point {
        for (y, line) in canvas.lines.enumerated() {
            if let range = line.range(of: text) {
                return Point(x: line[..<range.lowerBound].count, y: y)
            }
        }
        Issue.record(
            "\(text) is not on screen:\n\(canvas.lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return Point(x: -1, y: -1)
    }

    func caseload() -> ScreenDriver {
        var ann = Samples.plan(name: "Ann", id: "00000000-0000-4000-8000-00000000000a")
        ann.updatedAt = Samples.later
        let bea = Samples.plan(name: "Bea", id: "00000000-0000-4000-8000-00000000000b")
        return ScreenDriver(plans: [ann, bea])
    }

    @Test func aClickSelectsARowAndADoubleClickOpensIt() {
        let driver = caseload()
        #expect(driver.state.caseload.selectedRow?.summary?.name == "Ann")
        click(driver, place(of: "Bea", on: driver.screen))
        #expect(driver.state.caseload.selectedRow?.summary?.name == "Bea")
        #expect(driver.state.plan == nil)
        click(driver, place(of: "Bea", on: driver.screen), twice: true)
        #expect(driver.state.plan?.plan.person.name == "Bea")
    }

    @Test func aClickBelowTheLastRowSelectsNothing() {
        let driver = caseload()
        click(driver, Point(x: 5, y: 15))
        #expect(driver.state.caseload.selectedRow?.summary?.name == "Ann")
    }

    @Test func aClickOnATabGoesToThatPart() {
        let driver = ScreenDriver(showing: Samples.fullPlan(), part: "1")
        click(driver, place(of: "4 Goals", on: driver.screen))
        #expect(driver.state.plan?.section == .goals)
        click(driver, place(of: "Wellbeing", on: driver.screen))
        #expect(driver.state.plan?.section == .wellbeing)
    }

    @Test func aClickOnAPersonOnTheMapSelectsThemAndADoubleClickShowsTheirDetails() {
        let driver = ScreenDriver(showing: Samples.fullPlan(), part: "2")
        let library = place(of: "Library", on: driver.screen)
        click(driver, library)
        #expect(driver.state.plan?.network.selectedID == "c4")
        #expect(driver.state.plan?.network.showsDetails == false)
        click(driver, place(of: "Library", on: driver.screen), twice: true)
        #expect(driver.state.plan?.network.showsDetails == true)
    }

    @Test func aClickBetweenNamesOnTheMapChangesNothing() {
        let driver = ScreenDriver(showing: Samples.fullPlan(), part: "2")
        let before = driver.state
        click(driver, Point(x: 2, y: 12))
        #expect(driver.state == before)
    }

    @Test func theMapIsReadBackFromThePictureAndTheKeyItDraws() {
        let plan = NetworkSamples.plan(40)
        let layout = NetworkLayout(content: Rect(x: 1, y: 3, width: 78, height: 18), showsDetails: false)
        let rings = layout.rings(for: plan)
        for label in rings.labels {
            for x in label.box.x..<label.box.maxX {
                #expect(
                    NetworkHitTest.connection(at: Point(x: x, y: label.box.y), in: layout, rings: rings)
                        == label.connectionID)
            }
        }
        let key = try! #require(layout.key)
        var named = 0
        for (offset, line) in RingKey.lines(rings, width: key.width).prefix(key.height).enumerated() {
            let found = NetworkHitTest.connection(at: Point(x: key.x + 3, y: key.y + offset), in: layout, rings: rings)
            switch line {
            case .entry(let entry, _, _):
                #expect(found == entry.connectionID)
                named += 1
            case .ring, .note:
                #expect(found == nil)
            }
        }
        #expect(named > 0, "a map of 40 puts some whole names in the key")
        for centre in rings.centre {
            #expect(
                NetworkHitTest.connection(at: Point(x: centre.box.x, y: centre.box.y), in: layout, rings: rings) == nil)
        }
    }

    @Test func onTheListOfTheMapAClickSelectsAPersonButNotAHeading() {
        let driver = ScreenDriver(showing: Samples.fullPlan(), part: "2")
        driver.press(.character("v"))
        click(driver, place(of: "GP", on: driver.screen))
        #expect(driver.state.plan?.network.selectedID == "c3")
        click(driver, place(of: "Ring 2", on: driver.screen))
        #expect(driver.state.plan?.network.selectedID == "c3")
    }

    @Test func aClickOnARungSelectsThatStepAndADoubleClickOpensIt() {
        let driver = ScreenDriver(showing: Samples.fullPlan(), part: "4")
        driver.press(.enter)
        #expect(driver.state.plan?.goals.stepIndex == 1)
        click(driver, place(of: "Find the bus times", on: driver.screen))
        #expect(driver.state.plan?.goals.stepIndex == 0)
        #expect(driver.state.modals.isEmpty)
        click(driver, place(of: "Find the bus times", on: driver.screen), twice: true)
        guard case .form(let form)? = driver.state.modals.last, let step = form.content as? StepForm else {
            Issue.record("no step form")
            return
        }
        #expect(step.text.typed == "Find the bus times")
    }

    @Test func clicksSelectGoalsStagesStrengthsNotesAndOverviewFields() {
        let driver = ScreenDriver(showing: Samples.fullPlan(), part: "4")
        click(driver, place(of: "Meet every two weeks", on: driver.screen))
        #expect(driver.state.plan?.goals.listFocus == .stages)
        click(driver, place(of: "Walk by the sea each week", on: driver.screen))
        #expect(driver.state.plan?.goals.listFocus == .goals)
        driver.press(.character("3"))
        click(driver, place(of: "Knows the walking routes", on: driver.screen))
        #expect(driver.state.plan?.strengths.column == .worker)
        driver.press(.character("1"))
        click(driver, place(of: "Pronouns", on: driver.screen))
        #expect(driver.state.plan?.overview.selected == .pronouns)
        click(driver, place(of: "Seeing my sister", on: driver.screen))
        #expect(driver.state.plan?.overview.selected == .goodLife)
    }

    @Test func aClickOnTheSecondLineOfAWrappedStrengthSelectsIt() {
        let driver = ScreenDriver(showing: StrengthsTests.longPlan(), part: "3")
        click(driver, place(of: "performing makes me nervous", on: driver.screen))
        #expect(driver.state.plan?.strengths.column == .person)
        #expect(driver.state.plan?.strengths.row == 1)
        click(driver, place(of: "pass scheme I know well", on: driver.screen))
        #expect(driver.state.plan?.strengths.column == .worker)
        #expect(driver.state.plan?.strengths.rows[StrengthsState.Column.worker.rawValue] == 0)
    }

    @Test func aClickOnAKeyInTheBarDoesWhatItSays() {
        let driver = ScreenDriver(showing: Samples.fullPlan(), part: "2")
        click(driver, place(of: "s Keep today's map", on: driver.screen))
        #expect(driver.state.keyContext == .oneFieldForm, "the snapshot's label is all it asks")
        driver.press(.escape)
        click(driver, place(of: "? Help", on: driver.screen))
        #expect(driver.state.keyContext == .help)
        click(driver, Point(x: 20, y: 10))
        #expect(driver.state.modals.isEmpty, "a click closes help, as any key does")
        click(driver, place(of: "a Add", on: driver.screen))
        #expect(driver.state.keyContext == .form)
    }

    @Test func whileTypingAClickOutsideTheBarDoesNothing() {
        let driver = ScreenDriver(showing: Samples.fullPlan(), part: "1")
        driver.press(.enter)
        #expect(driver.state.keyContext == .textBox)
        let before = driver.state
        click(driver, place(of: "4 Goals", on: driver.screen))
        #expect(driver.state == before)
    }

    @Test func theWheelMovesThroughListsAndScrollsHelp() {
        let driver = caseload()
        wheel(driver, down: true)
        #expect(driver.state.caseload.selectedRow?.summary?.name == "Bea")
        wheel(driver, down: false)
        #expect(driver.state.caseload.selectedRow?.summary?.name == "Ann")
        driver.press(.character("?"))
        wheel(driver, down: true)
        guard case .help(_, _, let scroll)? = driver.state.modals.last else {
            Issue.record("help closed")
            return
        }
        #expect(scroll == 3)
    }

    @Test func theWheelGoesRoundTheMapInOrder() {
        let driver = ScreenDriver(showing: Samples.fullPlan(), part: "2")
        wheel(driver, down: true)
        #expect(driver.state.plan?.network.selectedID == "c2")
        wheel(driver, down: false)
        #expect(driver.state.plan?.network.selectedID == "c1")
        wheel(driver, down: false)
        #expect(driver.state.plan?.network.selectedID == "c4", "round from the first to the last")
    }

    @Test func theOtherButtonsDoNothing() {
        let driver = caseload()
        let before = driver.state
        driver.press(.mouse(MouseEvent(.press(.right), at: place(of: "Bea", on: driver.screen))))
        #expect(driver.state == before)
    }

    @Test func theMouseCanBeTurnedOffInSettings() {
        let driver = caseload()
        #expect(driver.state.settings.mouse)
        driver.press(.character("s"), .tab, .tab, .right, .control("s"))
        #expect(driver.state.settings.mouse == false)
        #expect(driver.effects.last == .saveSettings(driver.state.settings))
    }
}

/// Clicks in the places that take typing or answers: forms, the walk-through, and WELL12.
@Suite struct MouseInFormsAndChecksTests {
    let mouse = MouseTests()

    func connection(_ form: FormState) -> ConnectionForm? {
        form.content as? ConnectionForm
    }

    @Test func aClickInAFormGoesToTheFieldAndPicksAChoiceFromTheOpenList() {
        let driver = ScreenDriver(showing: Samples.plan(), part: "2")
        driver.press(.character("a"))
        driver.type("Biscuit")
        mouse.click(driver, mouse.place(of: "Who or what", on: driver.screen))
        guard case .form(let atKind)? = driver.state.modals.last else {
            Issue.record("no form")
            return
        }
        #expect(atKind.focusedField?.label == "Who or what")
        #expect(connection(atKind)?.name.typed == "Biscuit", "nothing typed is changed by a click")
        mouse.click(driver, mouse.place(of: "a pet", on: driver.screen))
        guard case .form(let picked)? = driver.state.modals.last else {
            Issue.record("no form")
            return
        }
        #expect(connection(picked)?.kind.chosen == 4)
        #expect(picked.focusedField?.label == "How I feel about them", "a choice picked goes on, as Enter does")
        mouse.click(driver, mouse.place(of: "supportive ▸", on: driver.screen).moved(by: 11))
        guard case .form(let stepped)? = driver.state.modals.last else {
            Issue.record("no form")
            return
        }
        #expect(connection(stepped)?.feeling.chosen == 1, "▸ steps on, as → does")
        mouse.click(driver, mouse.place(of: "◂ ~ mixed", on: driver.screen))
        guard case .form(let back)? = driver.state.modals.last else {
            Issue.record("no form")
            return
        }
        #expect(connection(back)?.feeling.chosen == 0, "◂ steps back")
        driver.press(.control("s"))
        #expect(driver.state.plan?.plan.network.last?.kind == .pet)
    }

    @Test func aClickOnARingInTheWalkThroughPutsTheNameTypedOnTheMapThere() {
        let driver = ScreenDriver(size: Size(width: 80, height: 24))
        driver.press(.character("a"))
        driver.type("Zoë Ní Bhriain")
        driver.press(.control("s"), .enter, .control("s"))
        #expect(driver.state.plan?.guide?.part == .people)
        driver.type("Mam")
        mouse.click(driver, mouse.place(of: "3  ", on: driver.screen))
        let added = driver.state.plan?.plan.network.last
        #expect(added?.name == "Mam")
        #expect(added?.ring == 3)
        #expect(driver.state.plan?.guide?.box == 0, "back on the name for the next")
        driver.press(.tab)
        mouse.click(driver, mouse.place(of: "Name", on: driver.screen))
        #expect(driver.state.plan?.guide?.box == 0)
    }

    @Test func aClickOnACheckInTheTableSelectsItAndADoubleClickOpensItsAnswers() {
        let driver = ScreenDriver(showing: WellbeingTests.plan(checks: 3), part: "5")
        #expect(driver.state.plan?.wellbeing.selectedCheckID == nil)
        let first = mouse.place(of: "5 Jan", on: driver.screen)
        mouse.click(driver, first)
        #expect(driver.state.plan?.wellbeing.selectedCheckID == "w0")
        mouse.click(driver, Point(x: first.x, y: first.y + 5))
        #expect(driver.state.plan?.wellbeing.selectedCheckID == "w0", "anywhere in its column")
        mouse.click(driver, mouse.place(of: "4 Feb", on: driver.screen), twice: true)
        #expect(driver.state.plan?.wellbeing.selectedCheckID == "w1")
        #expect(driver.state.plan?.wellbeing.check?.stage == .review)
    }

    @Test func aClickOnAnAnswerGivesItAsEnterWouldAndADoubleClickGivesItOnce() {
        let driver = ScreenDriver(showing: Samples.plan(), part: "5")
        driver.press(.character("a"))
        mouse.click(driver, mouse.place(of: "1  Disagree", on: driver.screen))
        #expect(driver.state.plan?.plan.checks.first?.answers.first == 1)
        #expect(driver.state.plan?.wellbeing.check?.stage == .question(1))
        mouse.click(driver, mouse.place(of: "2  Not sure", on: driver.screen), twice: true)
        #expect(
            driver.state.plan?.plan.checks.first?.answers.prefix(3) == [1, 2, nil],
            "the second click does not answer the next")
        #expect(driver.state.plan?.wellbeing.check?.stage == .question(2))
        driver.press(.character("b"), .character("b"))
        #expect(driver.state.plan?.wellbeing.check?.stage == .question(0))
        mouse.click(driver, mouse.place(of: "s  Skip", on: driver.screen))
        #expect(driver.state.plan?.plan.checks.first?.answers.first == .some(nil), "the skip row skips")
        #expect(driver.state.plan?.wellbeing.check?.stage == .question(1))
    }
}

extension Point {
    func moved(by columns: Int) -> Point { Point(x: x + columns, y: y) }
}
