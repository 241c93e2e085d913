import Foundation

/// Runs a piece of work many times and reports the median, the 99th percentile and the best, in microseconds.
/// Each benchmark sets itself up outside the timed part.
struct BenchmarkRunner {
    struct Result {
        var name: String
        var median: Double
        var p99: Double
        var best: Double
        var runs: Int
        var note: String
    }

    private(set) var results: [Result] = []
    let filter: String?

    /// Times `body` `runs` times, after a tenth as many (at most five) to warm up. `prepare` runs before each one, untimed;
    /// `note` is asked for once all runs are done.
    mutating func measure(
        _ name: String, runs: Int = 200, prepare: () -> Void = {}, _ body: () throws -> Void,
        note: () -> String = { "" }
    ) rethrows {
        guard wants(name) else { return }
        for _ in 0..<min(5, runs / 10) {
            prepare()
            try body()
        }
        var samples: [Double] = []
        samples.reserveCapacity(runs)
        let clock = ContinuousClock()
        for _ in 0..<runs {
            prepare()
            let elapsed = try clock.measure(body)
            samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
        }
        samples.sort()
        let result = Result(
            name: name, median: samples[samples.count / 2],
            p99: samples[min(samples.count - 1, samples.count * 99 / 100)],
            best: samples[0], runs: runs, note: note())
        results.append(result)
        print(Self.line(result))
    }

    /// Whether a benchmark of this name is to run, so costly setting up can be skipped.
    func wants(_ name: String) -> Bool {
        filter.map { name.localizedCaseInsensitiveContains($0) } ?? true
    }

    static func header() -> String {
        "benchmark".padding(toLength: 62, withPad: " ", startingAt: 0) + "median µs    p99 µs   best µs   runs  note"
    }

    static func line(_ result: Result) -> String {
        result.name.padding(toLength: 62, withPad: " ", startingAt: 0)
            + String(format: "%9.1f %9.1f %9.1f %6d", result.median, result.p99, result.best, result.runs) + "  "
            + result.note
    }
}

/// The most memory this process has used, in megabytes.
func peakResidentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kilobytes / 1024
    }
    return 0
}
