import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

@Suite struct TeamFlowTests {
    @Test func outsideATeamTheSyncKeySaysHowToJoin() {
        let driver = ScreenDriver(plans: [Samples.plan()])
        #expect(driver.screen.lines[0] == " assetmap · Caseload" + String(repeating: " ", count: 53) + "1 plan ")
        driver.press(.character("t"))
        #expect(driver.effects.isEmpty)
        guard case .message(let title, let text)? = driver.state.modals.last else {
            Issue.record("no message")
            return
        }
        #expect(title == "Not in a team")
        #expect(text.contains("assetmap team join REMOTE --name \"YOUR NAME\""))
    }

    @Test func inATeamTheTitleSaysWhenItLastSyncedAndTSyncsNow() {
        let driver = ScreenDriver(plans: [Samples.plan()], team: TeamLine(lastSync: Samples.created))
        #expect(
            driver.screen.lines[0] == " assetmap · Caseload" + String(repeating: " ", count: 25)
                + "synced yesterday at 00:00 · 1 plan ")
        driver.press(.character("t"))
        #expect(driver.effects == [.syncTeam])
        #expect(driver.screen.lines[0].hasSuffix("synced today at 00:00 · 1 plan "))
        #expect(
            driver.screen.lines[22] == " Synced with the team. 1 file sent, 2 files brought in.".padded(toWidth: 80))
        #expect(driver.screen.lines[23].contains("t Sync"))
    }

    @Test func beforeTheFirstSyncAndWhileSyncingTheTitleSaysSo() {
        var line = TeamLine(lastSync: nil)
        #expect(line.text(today: Samples.day("2026-01-02")) == "not synced yet")
        line.isSyncing = true
        #expect(line.text(today: Samples.day("2026-01-02")) == "syncing…")
    }

    @Test func aSyncThatCannotReachTheTeamIsAWarningAndChangesNothingElse() {
        let driver = ScreenDriver(plans: [Samples.plan()], team: TeamLine(lastSync: Samples.created))
        driver.syncResult = ("The team's folder could not be reached, so nothing was changed here.", false)
        let rows = driver.state.caseload.rows
        driver.press(.character("t"))
        #expect(driver.state.status == .warning("The team's folder could not be reached, so nothing was changed here."))
        #expect(driver.state.caseload.team == TeamLine(lastSync: Samples.created))
        #expect(driver.state.caseload.rows == rows)
    }

    @Test func aNarrowTitleKeepsTheSyncLineAndDropsTheCount() {
        var caseload = CaseloadState()
        caseload.team = TeamLine(lastSync: Samples.created)
        var canvas = Canvas(size: Size(width: 50, height: 1))
        CaseloadScreen.drawTitle(
            caseload, today: Samples.day("2026-01-02"), in: Rect(x: 0, y: 0, width: 50, height: 1), on: &canvas)
        #expect(canvas.lines == [" assetmap · Caseload    synced yesterday at 00:00 "])
    }

    @Test func anOpenPlanChangedElsewhereShowsTheNewVersionWhereThePersonWas() {
        var plan = Samples.fullPlan()
        let driver = ScreenDriver(showing: plan, part: "2")
        driver.press(.character("-"))
        #expect(driver.state.plan?.editor.canUndo == true)
        plan.network.append(Samples.connection("c9", "Choir", ring: 3, kind: .group))
        driver.send(.planChangedElsewhere(plan))
        #expect(driver.state.plan?.plan == plan)
        #expect(driver.state.plan?.section == .network)
        #expect(driver.state.plan?.editor.canUndo == false)
        #expect(driver.state.status == .info("This plan was brought up to date with changes made elsewhere."))
    }

    @Test func helpOnTheCaseloadListsTheSyncKey() {
        let bindings = KeyMap.bindings(for: .caseload)
        #expect(bindings.contains { $0.command == .syncTeam && $0.keyLabel == "t" && $0.inBar })
    }
}
