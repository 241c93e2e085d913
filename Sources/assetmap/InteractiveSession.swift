import AssetMapApp
import AssetMapCore
import AssetMapTerminal
import AssetMapUI
import FoundationEssentials

/// Starts the full-screen program, runs it, and always puts the terminal back afterwards.
enum InteractiveSession {
    static func run(options: Options, store: PlanStore, start: [Effect]) throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw UserFacingError(message: "assetmap needs a terminal to show its screens; to see the plans without one, use assetmap list.")
        }
        let theme = try options.loadTheme()
        let hasUTF8 = TerminalLocale.setUp()
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(theme: theme)
        } catch {
            throw UserFacingError(message: String(describing: error))
        }
        defer { terminal.stop() }
        let status: StatusLine? = hasUTF8 ? nil
            : .warning("This terminal is not set up for UTF-8 (try LANG=C.UTF-8), so some letters may show wrongly.")
        let runner = AppRunner(store: store, terminal: terminal, env: options.environmentForScreens, status: status,
                               team: TeamLink(store: store, environment: options.environment))
        runner.run(start: start)
        if let notKept = runner.notKept { throw UserFacingError(message: notKept) }
    }
}
