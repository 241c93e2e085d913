import AssetMapApp
import AssetMapCore
import AssetMapUI
import Foundation

/// Big caseloads: from nothing to the first full frame, moving down the list, and finding a name as it is typed.
enum CaseloadBenchmarks {
    static let sizes = [10, 1_000, 10_000]

    /// What the program does before its first frame: list the plans, turn them into rows, draw the caseload.
    static func firstFrame(_ folder: DataFolder) -> AppState {
        let rows = PlanStore(folder: folder).list().map(CaseloadRow.init)
        var state = AppState(size: ScreenBenchmarks.size)
        _ = AppReducer.reduce(&state, .caseloadLoaded(rows), env: ScreenBenchmarks.env)
        _ = AppView.render(state, today: ScreenBenchmarks.env.today)
        return state
    }

    static func run(_ runner: inout BenchmarkRunner) throws {
        for count in sizes {
            let startUp = "start-up to the first frame, \(count.formatted()) plans"
            let names = [
                startUp + " (index kept)", startUp + " (no index yet)",
                "caseload of \(count.formatted()): key moving down",
                "caseload of \(count.formatted()): a typed character in find",
            ]
            guard names.contains(where: runner.wants) else { continue }
            let folder = BenchPlans.temporaryFolder("caseload-\(count)")
            defer { BenchPlans.remove(folder) }
            try BenchPlans.fill(folder, count: count)
            let runs = count >= 10_000 ? 10 : 50
            runner.measure(names[0], runs: runs) { _ = firstFrame(folder) }
            runner.measure(
                names[1], runs: max(3, runs / 5), prepare: { unlink(folder.index.path) },
                {
                    _ = firstFrame(folder)
                })
            let loaded = firstFrame(folder)
            ScreenBenchmarks.measureKeys(
                names[2], from: loaded, keys: [.down, .down, .down, .up, .up, .up], runner: &runner)
            var finding = loaded
            _ = AppReducer.reduce(&finding, .key(.character("/")), env: ScreenBenchmarks.env)
            for key in "person" { _ = AppReducer.reduce(&finding, .key(.character(key)), env: ScreenBenchmarks.env) }
            ScreenBenchmarks.measureKeys(
                names[3], from: finding,
                keys: [.character(" "), .character("1"), .character("2"), .backspace, .backspace, .backspace],
                runner: &runner)
        }
    }
}
