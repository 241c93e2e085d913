import AssetMapCore
import AssetMapUI
import Foundation

/// Keystrokes on the busiest screens, from key to the cells the terminal must be sent.
enum ScreenBenchmarks {
    static let size = Size(width: 200, height: 60)
    static let env = Environment(now: { Date(timeIntervalSince1970: 1_767_312_000) })

    static func network(_ count: Int) -> Plan {
        var plan = Plan(id: "bench", person: Person(name: "Zoë Ní Bhriain"), createdAt: Date(timeIntervalSince1970: 1_767_225_600))
        let kinds: [ConnectionKind] = [.person, .person, .person, .group, .place, .service, .person, .pet, .group, .person]
        plan.network = (0..<count).map { index in
            Connection(id: "c\(index)", name: "Person number \(index)", ring: index % 5 + 1, kind: kinds[index % kinds.count],
                       feeling: Feeling.allCases[index % 3], gives: "Company", receives: index % 2 == 0 ? "Help" : "")
        }
        return plan
    }

    /// A state showing one part of a plan, as after opening it and pressing the part's number.
    static func state(showing plan: Plan, section: Character) -> AppState {
        var state = AppState(size: size)
        _ = AppReducer.reduce(&state, .planOpened(plan, readOnly: nil), env: env)
        _ = AppReducer.reduce(&state, .key(.character(section)), env: env)
        return state
    }

    /// One key from the reducer to the list of cells to send, as the run loop does it.
    static func keystroke(_ state: inout AppState, previous: inout Canvas, key: Key) -> Int {
        _ = AppReducer.reduce(&state, .key(key), env: env)
        let canvas = AppView.render(state, today: env.today)
        let changed = CanvasDiff.changes(from: previous, to: canvas).count
        previous = canvas
        return changed
    }

    static func run(_ runner: inout BenchmarkRunner) {
        let plan = network(150)
        let today = env.today
        let networkState = state(showing: plan, section: "2")
        runner.measure("network 200x60, 150 connections: layout only") {
            _ = RingLayout(area: CellBox(x: 1, y: 4, width: 198, height: 52), network: plan.network, centreName: "Zoë")
        }
        runner.measure("network 200x60, 150 connections: layout + draw") {
            _ = AppView.render(networkState, today: today)
        }
        var state = networkState
        var previous = AppView.render(state, today: today)
        var cells = 0
        var keys: [Key] = [.right, .right, .down, .left, .up, .tab]
        runner.measure("network 200x60, 150 connections: one keystroke", runs: 600) {
            keys.append(keys.removeFirst())
            cells = keystroke(&state, previous: &previous, key: keys[0])
        }
        print("    cells sent for the last keystroke: \(cells) of \(size.width * size.height)")
    }
}
