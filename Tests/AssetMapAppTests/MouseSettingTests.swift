import AssetMapApp
import AssetMapCore
import AssetMapUI
import Foundation
import TestSupport
import Testing

@Suite struct MouseSettingTests {
    let temporary = TemporaryFolder()
    var folder: DataFolder { DataFolder(root: temporary.url.appendingPathComponent("data")) }
    let env = Environment(now: { Samples.later }, timeZone: TimeZone(identifier: "UTC")!)

    func run(_ script: [[TerminalEvent]]) -> RecordingTerminal {
        let terminal = RecordingTerminal(script: script)
        try? folder.prepare()
        AppRunner(store: PlanStore(folder: folder), terminal: terminal, env: env).run(start: [])
        return terminal
    }

    @Test func theMouseIsOnUnlessTheSettingsSayOtherwise() throws {
        #expect(run([[.key(.character("q"))]]).reportsMouse == true)
        try folder.writeSettings(AppSettings(mouse: false))
        #expect(run([[.key(.character("q"))]]).reportsMouse == false)
    }

    @Test func turningItOffInSettingsTellsTheTerminalAtOnceAndIsKept() throws {
        let terminal = run([
            [.key(.character("s"))], [.key(.tab), .key(.tab), .key(.right)], [.key(.control("s"))],
            [.key(.character("q"))],
        ])
        #expect(terminal.reportsMouse == false)
        #expect(folder.readSettings().settings.mouse == false)
        let text = try String(contentsOf: folder.settings, encoding: .utf8)
        #expect(text.contains("\"mouse\" : false") || text.contains("\"mouse\":false"))
    }
}
