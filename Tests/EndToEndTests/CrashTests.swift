import AssetMapCore
import Foundation
import TestSupport
import Testing

/// The real program killed with SIGKILL at random moments while a plan is typed into and saved.
/// A short run in the test suite; the full count with `ASSETMAP_CRASH_RUNS=1000 swift test --filter CrashTests`.
@Suite(.serialized) struct CrashTests {
    static let runs = Int(ProcessInfo.processInfo.environment["ASSETMAP_CRASH_RUNS"] ?? "") ?? 25
    let folder = EndToEndFolder()
    let planID = "00000000-0000-4000-8000-00000000c4a5"

    /// What is typed, run after run, continuing where the last saved text ended: the saved answer
    /// must always be the start of this. Long enough that a thousand runs never reach its end.
    static let text = String(
        (0..<max(4_000, runs * 20)).map { index in Array("abcdefghij klmnopqrst uvwxyz zoë 李 ")[index % 33] })

    func savedPlan() throws -> Plan {
        try PlanJSON.decode(
            Plan.self, from: Data(contentsOf: URL(fileURLWithPath: folder.dataDir + "/plans/\(planID).json")))
    }

    @Test func killedAtRandomMomentsEveryFileParsesAndHoldsAPrefixOfWhatWasTyped() throws {
        let plans = URL(fileURLWithPath: folder.dataDir).appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        var plan = Samples.plan(name: "Crash Test", id: planID)
        plan.goodLife = ""
        try PlanJSON.encode(plan).write(to: plans.appendingPathComponent("\(planID).json"))
        var generator = SystemRandomNumberGenerator()
        var saved = ""
        var killedWhileTyping = 0
        for run in 0..<Self.runs {
            let session = try folder.startOnOverview(["open", planID])
            try session.press("End", "Enter")
            let burst = Int.random(in: 1...30, using: &generator)
            let start = Self.text.index(Self.text.startIndex, offsetBy: saved.count)
            let chunk = Self.text[start...].prefix(burst)
            let killAfter = Int.random(in: 0..<burst, using: &generator)
            for (index, character) in chunk.enumerated() {
                if index == killAfter { break }
                try session.type(String(character))
            }
            kill(try session.processID, SIGKILL)
            #expect(session.waitForExit())
            if killAfter > 0, !chunk.isEmpty { killedWhileTyping += 1 }
            let after = try savedPlan().goodLife
            #expect(Self.text.hasPrefix(after), "run \(run): the saved text is not what was typed")
            #expect(after.count >= saved.count, "run \(run): saved text was lost")
            saved = after
        }
        for url in folder.planFiles() {
            #expect(
                (try? PlanJSON.decode(Plan.self, from: Data(contentsOf: url))) != nil,
                "\(url.lastPathComponent) does not parse")
        }
        let check = try Program.run(["check"], dataDir: folder.dataDir)
        #expect(check.status == 0, "\(check.output)")
        #expect(killedWhileTyping > 0)
        print(
            "crash test: \(Self.runs) kills (\(killedWhileTyping) while typing); \(saved.count) characters saved, every file whole"
        )
    }

    @Test func aPassphraseChangeKilledAtAnyMomentLeavesEveryPlanOpenWithOneOfThem() throws {
        let plans = URL(fileURLWithPath: folder.dataDir).appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        for index in 0..<40 {
            var plan = Samples.fullPlan()
            plan.id = UUID().uuidString.lowercased()
            plan.person.name = "Person \(index)"
            try PlanJSON.encode(plan).write(to: plans.appendingPathComponent("\(plan.id).json"))
        }
        var current = "first passphrase"
        #expect(
            try Program.run(["passphrase", "set"], dataDir: folder.dataDir, input: "\(current)\n\(current)\n").status
                == 0)
        var generator = SystemRandomNumberGenerator()
        let kills = max(3, Self.runs / 5)
        for run in 0..<kills {
            let next = run % 2 == 0 ? "second passphrase" : "first passphrase"
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "C.UTF-8"
            let pid = try ChildProcess.start(
                [Program.path, "passphrase", "change", "--data-dir", folder.dataDir],
                environment: environment, input: "\(current)\n\(next)\n\(next)\n")
            usleep(UInt32.random(in: 0...900_000, using: &generator))
            kill(pid, SIGKILL)
            _ = ChildProcess.wait(pid)
            let withCurrent = try Program.run(["check"], dataDir: folder.dataDir, input: current + "\n").status == 0
            let withNext = try Program.run(["check"], dataDir: folder.dataDir, input: next + "\n").status == 0
            #expect(withCurrent || withNext, "kill \(run): no passphrase opens every plan")
            if !withCurrent { current = next }
        }
        print("passphrase change: \(kills) kills, every plan always opened with the old or the new passphrase")
    }
}
