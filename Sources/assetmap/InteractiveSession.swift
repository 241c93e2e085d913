import AssetMapApp
import AssetMapCore
import AssetMapTerminal
import AssetMapUI
import FoundationEssentials

/// Starts the full-screen program, runs it, and always puts the terminal back afterwards.
enum InteractiveSession {
    /// Whether someone is at a terminal: keys come from one and the screen goes to one.
    static var hasTerminal: Bool { isatty(0) == 1 && isatty(1) == 1 }

    static func run(options: Options, store: PlanStore, start: [Effect]) throws {
        guard hasTerminal else {
            throw UserFacingError(
                message:
                    "assetmap needs a terminal to show its screens; to see the plans without one, use assetmap list.")
        }
        let theme = try options.loadTheme()
        let locale = TerminalLocale.setUp()
        let terminal: TerminfoTerminal
        do {
            terminal = try TerminfoTerminal(theme: theme)
        } catch {
            throw UserFacingError(message: String(describing: error))
        }
        defer { terminal.stop() }
        let warning = locale == .utf8 ? nil : TerminalLocale.notUTF8Warning
        let runner = AppRunner(
            store: store, terminal: terminal, env: options.environmentForScreens, warning: warning,
            team: TeamLink(store: store, environment: options.environment))
        runner.run(start: start)
        if let notKept = runner.notKept { throw UserFacingError(message: notKept) }
    }
}
