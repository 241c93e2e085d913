import AssetMapCore
import AssetMapUI
import FoundationEssentials

/// The run loop: keys from the terminal go to the program, and the screen is drawn after each batch of them.
/// While saving is failing, the loop wakes every few seconds so the program can try again.
public final class AppRunner {
    public static let retryMilliseconds = 3_000
    public static let lookMilliseconds = 5_000

    private let program: Program
    private let terminal: TerminalBackend
    private var mapAhead = MapAhead()

    /// `warning` is said on the status line from the start (a terminal not set up for UTF-8, say).
    public init(
        store: PlanStore, terminal: TerminalBackend, env: Environment, warning: String? = nil, team: TeamSharing? = nil
    ) {
        self.terminal = terminal
        program = Program(store: store, env: env, size: terminal.size, terminal: terminal, team: team)
        if let warning { program.send(.warned(warning)) }
    }

    /// Set when the program had to stop with something typed that could not be kept: what, in words to print.
    public var notKept: String? { program.notKept }

    private var state: AppState { program.state }

    /// Runs until the person quits or the terminal goes away. `start` is what to do first.
    public func run(start: [Effect]) {
        program.start(start)
        render()
        while !program.finished {
            // With a plan open, its file is looked at every few seconds for a change a sync brought in.
            let waiting =
                state.plan?.saveProblem != nil
                ? Self.retryMilliseconds
                : program.holdsPlanFile ? Self.lookMilliseconds : 60_000
            let events = terminal.waitForEvents(timeoutMilliseconds: waiting)
            for event in events where !program.finished {
                handle(event)
            }
            program.finishBatch()
            if !program.finished { render() }
        }
        program.close()
    }

    private func handle(_ event: TerminalEvent) {
        switch event {
        case .key(let key): program.send(.key(key))
        case .resize(let size): program.send(.resize(size))
        case .hangUp, .terminate: program.stopSafely()
        }
    }

    /// The screen, then, once it is sent, the screen's keys and the map made ready in the time before the next key.
    private func render() {
        program.draw()
        KeyMap.prepare(state.keyContext)
        mapAhead.prepare(state, today: program.env.today)
    }
}
