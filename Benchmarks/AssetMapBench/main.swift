import AssetMapCore
import Foundation

// Benchmarks of what a person feels: a keystroke on the busiest screens, start-up with big caseloads,
// finding a name, saving. Run in a release build (scripts/bench runs these and the side-by-side comparison):
//   assetmap-bench [NAME]          every benchmark, or those whose name contains NAME
//   assetmap-bench fill DIR COUNT  a data folder of COUNT made-up plans, for measuring the program itself
//   assetmap-bench plan KIND       one busy plan as JSON, to import: network, ladder or wellbeing
let arguments = Array(CommandLine.arguments.dropFirst())
switch (arguments.first, arguments.count) {
case ("fill", 3):
    guard let count = Int(arguments[2]) else { exit(2) }
    try BenchPlans.fill(DataFolder(root: URL(fileURLWithPath: arguments[1])), count: count)
    exit(0)
case ("plan", 2):
    guard let plan = BenchPlans.busy[arguments[1]] else { exit(2) }
    FileHandle.standardOutput.write(try PlanJSON.encode(plan))
    exit(0)
case ("fill", _), ("plan", _):
    FileHandle.standardError.write(
        Data("usage: assetmap-bench fill DIR COUNT | assetmap-bench plan network|ladder|wellbeing\n".utf8))
    exit(2)
default:
    break
}
var runner = BenchmarkRunner(filter: arguments.first)
print(BenchmarkRunner.header())
ScreenBenchmarks.run(&runner)
try CaseloadBenchmarks.run(&runner)
try StorageBenchmarks.run(&runner)
print(String(format: "peak memory of this benchmark process: %.1f MB", peakResidentMegabytes()))
