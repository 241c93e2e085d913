import AssetMapCore
import Foundation
import TestSupport
import Testing

/// `assetmap team sync` killed with SIGKILL at random moments while it merges changes from two laptops.
/// Each kill falls at a random point within the time the other laptop's sync has just taken.
/// A short run in the test suite; the full count with `ASSETMAP_TEAM_KILL_RUNS=100 swift test --filter TeamCrashTests`.
@Suite(.serialized) struct TeamCrashTests {
    static let runs = Int(ProcessInfo.processInfo.environment["ASSETMAP_TEAM_KILL_RUNS"] ?? "") ?? 8
    let temporary = TemporaryFolder("assetmap-team-kill")
    let planID = "5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234"

    func folder(_ name: String) -> String { temporary.url.appendingPathComponent(name).path }

    func planFile(_ name: String) -> URL { URL(fileURLWithPath: folder(name) + "/plans/\(planID).json") }

    func plan(in name: String) throws -> Plan {
        try PlanJSON.decode(Plan.self, from: Data(contentsOf: planFile(name)))
    }

    func change(in name: String, secondsLater: TimeInterval, _ body: (inout Plan) -> Void) throws {
        var plan = try plan(in: name)
        body(&plan)
        plan.updatedAt = Timestamp.wholeSeconds(Date().addingTimeInterval(secondsLater))
        try DurableFile.write(try PlanJSON.encode(plan), to: planFile(name))
    }

    func sync(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try Program.run(["team", "sync"], dataDir: folder(name))
        #expect(result.status == 0, "\(result.errors)", sourceLocation: sourceLocation)
    }

    @Test func killedAtAnyMomentTheFolderStaysReadableAndTheNextSyncFinishesTheJob() throws {
        let stick = folder("stick/team.git")
        try FileManager.default.createDirectory(atPath: folder("stick"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder("ola") + "/plans", withIntermediateDirectories: true)
        try Fixtures.data("handwritten-plan.json").write(to: planFile("ola"))
        for (name, worker) in [("ola", "Ola"), ("sam", "Sam")] {
            let joined = try Program.run(["team", "join", stick, "--name", worker], dataDir: folder(name))
            #expect(joined.status == 0, "\(joined.errors)")
        }
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        var generator = SystemRandomNumberGenerator()
        var killedPartWay = 0
        for run in 0..<Self.runs {
            try change(in: "ola", secondsLater: 1) {
                $0.network.append(
                    Connection(
                        id: "ola-\(run)", name: "Friend \(run)", ring: 2, kind: .person, feeling: .supportive,
                        gives: "", receives: ""))
                if run % 4 == 0 { $0.goodLife = "Ola's words \(run)" }
            }
            try change(in: "sam", secondsLater: 2) {
                $0.notes.append(Note(id: "sam-\(run)", date: CalendarDay(iso: "2026-05-04")!, text: "Note \(run)"))
                if run % 4 == 0 { $0.goodLife = "Sam's words \(run)" }
            }
            // The kill lands within the time a whole sync takes here, so most runs stop one part-way on any machine.
            let clock = ContinuousClock()
            let syncTime = try clock.measure { try sync("sam") }
            let microseconds = max(
                syncTime.components.seconds * 1_000_000 + syncTime.components.attoseconds / 1_000_000_000_000, 1_000)
            let pid = try ChildProcess.start(
                [Program.path, "team", "sync", "--data-dir", folder("ola")], environment: environment, input: "")
            usleep(UInt32(Int64.random(in: 0..<microseconds, using: &generator)))
            kill(pid, SIGKILL)
            if ChildProcess.wait(pid) == 128 + SIGKILL { killedPartWay += 1 }
            #expect((try? plan(in: "ola")) != nil, "run \(run): the plan does not read after the kill")
            let check = try Program.run(["check"], dataDir: folder("ola"))
            #expect(check.status == 0, "run \(run): \(check.output)")
            try sync("ola")
        }
        try sync("sam")
        try sync("ola")
        let ola = try plan(in: "ola")
        #expect(ola == (try plan(in: "sam")))
        let ids = Set(ola.network.map(\.id)).union(ola.notes.map(\.id))
        for run in 0..<Self.runs {
            #expect(ids.contains("ola-\(run)") && ids.contains("sam-\(run)"), "run \(run): a change was lost")
        }
        // Where both wrote at once, Sam wrote later: Sam's words stay (until Sam's next change) and Ola's are kept as notes.
        for run in stride(from: 0, to: Self.runs, by: 4) {
            #expect(
                ola.notes.contains { $0.text.hasSuffix("what a good life looks like: Ola's words \(run)") },
                "run \(run): words lost")
        }
        #expect(ola.goodLife == "Sam's words \((Self.runs - 1) / 4 * 4)")
        #expect(killedPartWay > 0)
        print(
            "team kill test: \(Self.runs) syncs killed at random (\(killedPartWay) part-way); every file whole, nothing lost"
        )
    }
}
