import AssetMapCore
import AssetMapUI
import Foundation

/// Keystrokes on the busiest screens, from the key to the list of cells the terminal must be sent:
/// the reducer, drawing the whole screen, and the difference from the screen before, as the run loop does.
enum ScreenBenchmarks {
    static let size = Size(width: 200, height: 60)
    static let env = Environment(now: { Date(timeIntervalSince1970: 1_780_300_800) })

    /// A state showing a plan after pressing `keys`, as a person would to get there.
    static func state(showing plan: Plan, keys: [Key]) -> AppState {
        var state = AppState(size: size)
        _ = AppReducer.reduce(&state, .planOpened(plan, readOnly: nil), env: env)
        for key in keys { _ = AppReducer.reduce(&state, .key(key), env: env) }
        return state
    }

    /// Presses the keys in turn, round and round, one per run; reports how many cells the last one changed.
    static func measureKeys(_ name: String, from start: AppState, keys: [Key], runner: inout BenchmarkRunner) {
        var state = start
        var previous = AppView.render(state, today: env.today)
        var next = 0
        var cells = 0
        runner.measure(name, runs: 600) {
            _ = AppReducer.reduce(&state, .key(keys[next % keys.count]), env: env)
            next += 1
            let canvas = AppView.render(state, today: env.today)
            cells = CanvasDiff.changes(from: previous, to: canvas).count
            previous = canvas
        } note: {
            "\(cells) of \(size.width * size.height) cells sent for the last key"
        }
    }

    static func run(_ runner: inout BenchmarkRunner) {
        let crowded = BenchPlans.network(150)
        runner.measure("network 200x60, 150 connections: layout only") {
            _ = RingLayout(area: Rect(x: 1, y: 4, width: 198, height: 52), network: crowded.network, centreName: "Zoë")
        }
        let onNetwork = state(showing: crowded, keys: [.character("2")])
        runner.measure("network 200x60, 150 connections: whole screen drawn") {
            _ = AppView.render(onNetwork, today: env.today)
        }
        measureKeys(
            "key on the network, 150 connections", from: onNetwork,
            keys: [.right, .right, .down, .left, .up, .tab], runner: &runner)
        // Moving someone round their ring changes the map, so the layout is made again at every key.
        measureKeys(
            "key on the network moving someone round (> <), 150 connections",
            from: state(showing: crowded, keys: [.character("2"), .right]),
            keys: [.character(">"), .character("<")], runner: &runner)
        measureKeys(
            "key on a ladder of 20 steps",
            from: state(showing: BenchPlans.ladder(20), keys: [.character("4"), .enter]),
            keys: [.up, .up, .up, .down, .down, .down], runner: &runner)
        measureKeys(
            "key on the WELL12 history, 30 checks",
            from: state(showing: BenchPlans.checks(30), keys: [.character("5")]),
            keys: [.left, .left, .left, .right, .right, .right], runner: &runner)
        // The list shows a line of each note and the box the selected one, from only as much of each as shows.
        measureKeys(
            "key on the notes, one of 100,000 characters",
            from: state(showing: BenchPlans.notes(), keys: [.character("6")]),
            keys: [.down, .up], runner: &runner)
    }
}
