import Foundation

// Benchmarks of what a person feels: a keystroke's redraw on the busiest screens, start-up with big
// caseloads, saving, searching. Run in a release build: swift run -c release assetmap-bench [filter]
let filter = CommandLine.arguments.dropFirst().first
var runner = BenchmarkRunner(filter: filter)
print(BenchmarkRunner.header())
ScreenBenchmarks.run(&runner)
print(String(format: "peak memory of this benchmark process: %.1f MB", peakResidentMegabytes()))
