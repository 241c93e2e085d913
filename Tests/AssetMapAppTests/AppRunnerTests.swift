import AssetMapApp
import AssetMapCore
import AssetMapUI
import Foundation
import TestSupport
import Testing

@Suite struct AppRunnerTests {
    let temporary = TemporaryFolder()
    var folder: DataFolder { DataFolder(root: temporary.url.appendingPathComponent("data")) }
    var store: PlanStore { PlanStore(folder: folder) }
    let env = Environment(now: { Samples.later }, timeZone: TimeZone(identifier: "UTC")!)

    func run(_ script: [[TerminalEvent]], start: [Effect] = [], store: PlanStore? = nil) -> RecordingTerminal {
        let terminal = RecordingTerminal(script: script)
        try? folder.prepare()
        AppRunner(store: store ?? self.store, terminal: terminal, env: env).run(start: start)
        return terminal
    }

    func onlyPlan() throws -> Plan {
        let files = store.planFiles()
        try #require(files.count == 1)
        return try store.read(files[0])
    }

    @Test func aPlanStartedAndWrittenInIsOnDiskAndThereNextTime() throws {
        _ = run([
            [.key(.character("a"))], RecordingTerminal.keys("Zoë Ní Bhriain"), [.key(.enter)],
            [.key(.end), .key(.enter)], RecordingTerminal.keys("Walks by the sea"), [.key(.escape)],
            [.key(.character("q"))], [.key(.character("q"))],
        ])
        let plan = try onlyPlan()
        #expect(plan.person.name == "Zoë Ní Bhriain")
        #expect(plan.goodLife == "Walks by the sea")
        let again = run([[.key(.enter)], [.key(.character("q"))], [.key(.character("q"))]])
        #expect(again.frames.contains { $0.lines.joined().contains("Walks by the sea") })
    }

    @Test func movingTheSelectionSendsOnlyAFewCells() throws {
        for name in ["Ann", "Bea", "Cai"] {
            _ = try store.add(Samples.plan(name: name, id: UUID().uuidString.lowercased()))
        }
        let terminal = run([[.key(.down)], [.key(.down)], [.key(.character("q"))]])
        #expect(terminal.cellsSent[0] == 80 * 24)
        #expect(terminal.cellsSent[1] > 0)
        #expect(terminal.cellsSent[1] < 200)
    }

    @Test func aSecondCopyOpensThePlanReadOnlyAndSaysWhoHasIt() throws {
        let first = try store.create(Samples.plan())
        defer { first.close() }
        let terminal = run(
            [[.key(.enter)], [.key(.end), .key(.enter)], RecordingTerminal.keys("x"), [.key(.character("q"))]],
            start: [], store: PlanStore(folder: folder))
        let titles = terminal.frames.map { $0.lines[0] }
        #expect(titles.contains { $0.contains("READ-ONLY") })
        #expect(try store.read(first.url) == Samples.plan())
    }

    @Test func aSaveThatFailsKeepsTheChangeAndSavesWhenItCan() throws {
        _ = try store.add(Samples.plan())
        let hidden = temporary.url.appendingPathComponent("plans-away")
        let terminal = RecordingTerminal(script: [
            [.key(.enter)], [.key(.end), .key(.enter)], RecordingTerminal.keys("Sea"), [], [.key(.escape)],
            [.key(.character("q"))], [.key(.character("q"))],
        ])
        terminal.beforeBatch = { batch in
            if batch == 2 { try? FileManager.default.moveItem(at: self.folder.plans, to: hidden) }
            if batch == 4 { try? FileManager.default.moveItem(at: hidden, to: self.folder.plans) }
        }
        AppRunner(store: store, terminal: terminal, env: env).run(start: [])
        let afterFailure = terminal.frames[3].lines
        #expect(afterFailure[0].contains("NOT SAVED YET"))
        #expect(
            afterFailure[21].contains("Not saved yet"), "a long message takes two lines rather than being cut short")
        #expect(afterFailure[22].contains("saved when it can be."))
        #expect(terminal.waits[3] == AppRunner.retryMilliseconds)
        #expect(try onlyPlan().goodLife == "Sea")
    }

    @Test func aHangUpInTheMiddleOfAFormSavesWhatWasTyped() throws {
        _ = try store.add(Samples.plan())
        _ = run([
            [.key(.enter)], [.key(.down), .key(.down), .key(.down), .key(.down), .key(.enter)],
            [.key(.character("y")), .key(.tab), .key(.tab)], RecordingTerminal.keys("on the phone"), [.hangUp],
        ])
        #expect(try onlyPlan().consent?.note == "on the phone")
    }

    @Test func aHangUpWithADateThatCannotBeReadKeepsTheNoteAndSaysSoNextTime() throws {
        _ = try store.add(Samples.plan())
        let terminal = RecordingTerminal(script: [
            [.key(.enter)], [.key(.character("6"))], [.key(.character("a"))], [.key(.backTab)], [.key(.control("u"))],
            RecordingTerminal.keys("tomorow"),
            [.key(.tab)], RecordingTerminal.keys("HUP4-NOTE words"), [.key(.control("s"))], [.hangUp],
        ])
        let runner = AppRunner(store: store, terminal: terminal, env: env)
        runner.run(start: [])
        #expect(runner.notKept == nil)
        #expect(try onlyPlan().notes.map(\.text) == ["HUP4-NOTE words"])
        #expect(try onlyPlan().openingNotice?.contains("“tomorow”") == true)

        let again = run(
            [[], [.key(.enter)], [.key(.character("q"))], [.key(.character("q"))]],
            start: [.openPlan(path: folder.planFile(id: Samples.plan().id).path)])
        #expect(again.frames[0].lines.joined().contains("Kept when assetmap stopped"))
        #expect(try onlyPlan().openingNotice == nil)
        #expect(try onlyPlan().notes.map(\.text) == ["HUP4-NOTE words"])
    }

    @Test func aHangUpWithAFormThatCannotBeSavedSaysSo() throws {
        _ = try store.add(Samples.plan())
        let terminal = RecordingTerminal(script: [
            [.key(.enter)], [.key(.character("6"))], [.key(.character("a"))], [.key(.backTab)], [.key(.control("u"))],
            RecordingTerminal.keys("yesterday"),
            [.hangUp],
        ])
        let runner = AppRunner(store: store, terminal: terminal, env: env)
        runner.run(start: [])
        #expect(
            runner.notKept
                == "A form could not be saved (Please type the note.), so what was typed in it could not be kept.")
    }

    @Test func aHangUpWhileThePlanCannotBeSavedSaysSo() throws {
        _ = try store.add(Samples.plan())
        let terminal = RecordingTerminal(script: [
            [.key(.enter)], [.key(.end), .key(.enter)], RecordingTerminal.keys("Sea"), [.hangUp],
        ])
        terminal.beforeBatch = { batch in
            if batch == 2 {
                try? FileManager.default.moveItem(
                    at: self.folder.plans, to: self.temporary.url.appendingPathComponent("away"))
            }
        }
        let runner = AppRunner(store: store, terminal: terminal, env: env)
        runner.run(start: [])
        #expect(
            runner.notKept == "The plan's last changes could not be saved before assetmap stopped; run assetmap check.")
    }

    @Test func deletingFromTheCaseloadBinsThePlanAndUndoBringsItBack() throws {
        _ = try store.add(Samples.plan())
        _ = run([[.key(.character("d"))], [.key(.character("y"))], [.key(.character("q"))]])
        #expect(store.planFiles().isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.bin.path).count == 1)
    }

    @Test func undoAfterDeletingPutsThePlanBack() throws {
        _ = try store.add(Samples.plan())
        let terminal = run([
            [.key(.character("d"))], [.key(.character("y"))], [.key(.character("u"))], [.key(.character("q"))],
        ])
        #expect(store.planFiles().count == 1)
        #expect(terminal.screen.joined().contains("Zoë Ní Bhriain"))
    }

    @Test func aTerminalResizedMidFormKeepsTheForm() throws {
        let terminal = run([
            [.key(.character("a"))], RecordingTerminal.keys("Sam"), [.resize(Size(width: 50, height: 12))],
            RecordingTerminal.keys("uel"), [.resize(Size(width: 100, height: 30))], [.key(.enter)],
            [.key(.character("q"))], [.key(.character("q"))],
        ])
        #expect(terminal.frames.contains { $0.lines.joined().contains("The window is too small") })
        #expect(
            try onlyPlan().person.name == "Samuel",
            "keys typed while the window was too small are used when it is big again")
    }

    /// Opens the plan, starts typing, and lets another program rewrite the plan's file before the next key.
    func editWhileChangedElsewhere(then answer: [[TerminalEvent]], watch: ((Int) -> Void)? = nil) throws
        -> RecordingTerminal
    {
        _ = try store.add(Samples.plan())
        let url = folder.planFile(id: Samples.plan().id)
        let terminal = RecordingTerminal(
            script: [[.key(.enter)], [.key(.end), .key(.enter)], RecordingTerminal.keys("Mine")] + answer)
        terminal.beforeBatch = { batch in
            watch?(batch)
            guard batch == 2 else { return }
            var theirs = Samples.plan()
            theirs.goodLife = "Theirs"
            try? PlanJSON.encode(theirs).write(to: url)
        }
        AppRunner(store: store, terminal: terminal, env: env).run(start: [])
        return terminal
    }

    func goodLives() throws -> [String] {
        try store.planFiles().map { try store.read($0).goodLife }.sorted()
    }

    @Test func lettersTypedAfterTheFileChangedElsewhereGoIntoTheFieldAndTheOtherVersionIsNotWrittenOver() throws {
        var onDiskWhileTyping: [String] = []
        let terminal = try editWhileChangedElsewhere(then: [
            [], RecordingTerminal.keys(" yes"), RecordingTerminal.keys(" no"), [],
        ]) { batch in
            if batch == 5 { onDiskWhileTyping = (try? self.goodLives()) ?? [] }
        }
        #expect(!terminal.frames.contains { $0.lines.joined().contains("Changed outside assetmap") })
        #expect(terminal.frames.last?.lines.joined().contains("Mine yes no") == true)
        #expect(onDiskWhileTyping == ["Theirs"], "nothing is saved over the other program's version until asked")
        #expect(try goodLives() == ["Mine yes no", "Theirs"], "stopped before answering: both are kept")
    }

    @Test func theQuestionComesWhenTypingStopsAndMarkingKeepBothWithTheArrowsKeepsBoth() throws {
        let terminal = try editWhileChangedElsewhere(then: [
            [], [.key(.escape)], [.key(.character("y")), .key(.enter)],
            [.key(.down), .key(.enter)], [.key(.character("q"))], [.key(.character("q"))],
        ])
        #expect(terminal.frames.contains { $0.lines.joined().contains("Changed outside assetmap") })
        #expect(try goodLives() == ["Mine", "Theirs"])
    }

    @Test func savingOverTheOtherVersionIsChosenWithTheArrowsToo() throws {
        _ = try editWhileChangedElsewhere(then: [
            [], [.key(.escape)], [.key(.down), .key(.down), .key(.enter)],
            [.key(.character("q"))], [.key(.character("q"))],
        ])
        #expect(try goodLives() == ["Mine"])
    }

    @Test func leavingThePlanAsksAboutTheFileChangedElsewhere() throws {
        let terminal = try editWhileChangedElsewhere(then: [
            [], [.key(.escape)], [.key(.escape)], [.key(.character("q"))],
            [.key(.down), .key(.enter)], [.key(.character("q"))], [.key(.character("q"))],
        ])
        #expect(terminal.frames.filter { $0.lines.joined().contains("Changed outside assetmap") }.count >= 2)
        #expect(try goodLives() == ["Mine", "Theirs"])
    }

    /// Another part of the plan changed in its file (a team sync) at the given moment, counted in batches of keys.
    func typeWhileATeamSyncBringsInAConnection(atBatch moment: Int) throws -> RecordingTerminal {
        _ = try store.add(Samples.plan())
        let url = folder.planFile(id: Samples.plan().id)
        let terminal = RecordingTerminal(script: [
            [.key(.enter)], [.key(.end), .key(.enter)], RecordingTerminal.keys("Mine"), [],
            [.key(.escape)], [.key(.character("q"))], [.key(.character("q"))],
        ])
        terminal.beforeBatch = { batch in
            guard batch == moment, var theirs = try? self.store.read(url) else { return }
            theirs.network.append(Samples.connection("c9", "Choir", ring: 3, kind: .group))
            try? PlanJSON.encode(theirs).write(to: url)
        }
        AppRunner(store: store, terminal: terminal, env: env).run(start: [])
        return terminal
    }

    @Test func aChangeBroughtInWhileTheFileIsSavedIsTakenWithoutAsking() throws {
        let terminal = try typeWhileATeamSyncBringsInAConnection(atBatch: 3)
        #expect(!terminal.frames.contains { $0.lines.joined().contains("Changed outside assetmap") })
        #expect(
            terminal.frames.contains { $0.lines.joined().contains("brought up to date with changes made elsewhere") })
        let plan = try onlyPlan()
        #expect(plan.goodLife == "Mine")
        #expect(plan.network.map(\.id) == ["c9"])
    }

    @Test func aChangeBroughtInBeforeWhatWasTypedIsSavedIsMergedWithoutAsking() throws {
        let terminal = try typeWhileATeamSyncBringsInAConnection(atBatch: 2)
        #expect(!terminal.frames.contains { $0.lines.joined().contains("Changed outside assetmap") })
        let plan = try onlyPlan()
        #expect(plan.goodLife == "Mine")
        #expect(plan.network.map(\.id) == ["c9"])
    }

    @Test func aHangUpWhileTheFileWasChangedElsewhereKeepsBoth() throws {
        _ = try editWhileChangedElsewhere(then: [[.hangUp]])
        #expect(try goodLives() == ["Mine", "Theirs"])
    }
}
