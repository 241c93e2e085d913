import Foundation
import TestSupport
import Testing

@testable import AssetMapCore

/// The caseload's index: used while the plans are unchanged, read again where they changed, and never
/// trusted over the plans themselves.
@Suite struct PlanIndexTests {
    let temporary = TemporaryFolder()
    var folder: DataFolder { DataFolder(root: temporary.url.appendingPathComponent("data")) }
    var store: PlanStore { PlanStore(folder: folder) }

    func names(_ entries: [PlanStore.Entry]) -> [String] {
        entries.map { entry in
            switch entry {
            case .plan(let summary, _, _): return summary.name
            case .unreadable(let path, _): return "unreadable " + URL(fileURLWithPath: path).lastPathComponent
            }
        }
    }

    func addPlans(_ count: Int) throws {
        for index in 0..<count {
            var plan = Samples.plan(name: "Person \(index)", id: String(format: "00000000-0000-4000-8000-%012d", index))
            plan.updatedAt = Samples.created.addingTimeInterval(Double(index))
            _ = try store.add(plan)
        }
    }

    /// The plan files the index has a line for, read from the file as another program might.
    func indexedFiles() throws -> [String] {
        let lines = try String(contentsOf: folder.index, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "assetmap-index 2")
        return lines.dropFirst().map { String($0.prefix { $0 != "\t" }) }
    }

    @Test func listingWritesAPrivateIndexOfEveryPlan() throws {
        try withUmask(0o022) {
            try addPlans(3)
            #expect(names(store.list()) == ["Person 2", "Person 1", "Person 0"])
        }
        #expect(permissions(of: folder.index.path) == 0o600)
        #expect(try indexedFiles() == store.planFiles().map(\.lastPathComponent))
    }

    @Test func anUnchangedPlanIsTakenFromTheIndexWithoutBeingRead() throws {
        try addPlans(2)
        _ = store.list()
        // Only the index knows this name: seeing it proves the plan file was not read again.
        let text = try String(contentsOf: folder.index, encoding: .utf8).replacingOccurrences(
            of: "Person 1", with: "From the index")
        try text.write(to: folder.index, atomically: false, encoding: .utf8)
        #expect(names(store.list()) == ["From the index", "Person 0"])
    }

    @Test func aPlanChangedAddedOrRemovedSinceIsReadAgain() throws {
        try addPlans(3)
        _ = store.list()
        let open = try store.open(id: "00000000-0000-4000-8000-000000000000")
        var renamed = open.plan
        renamed.person.name = "Renamed"
        renamed.updatedAt = Samples.later
        try store.save(renamed, in: open)
        open.close()
        _ = try store.moveToBin(
            folder.planFile(id: "00000000-0000-4000-8000-000000000001"), id: "00000000-0000-4000-8000-000000000001")
        _ = try store.add(Samples.plan(name: "Newcomer", id: "00000000-0000-4000-8000-0000000000ff"))
        #expect(names(store.list()) == ["Renamed", "Person 2", "Newcomer"])
        #expect(try indexedFiles().count == 3)
        #expect(names(PlanStore(folder: folder).list()) == ["Renamed", "Person 2", "Newcomer"])
    }

    @Test func aDamagedOrNewerIndexIsRebuiltFromThePlans() throws {
        try addPlans(2)
        _ = store.list()
        let written = try String(contentsOf: folder.index, encoding: .utf8)
        let damages = [
            "", "{\"entries\": {}}", written.replacingOccurrences(of: "index 2", with: "index 99"),
            String(written.dropLast()), written.replacingOccurrences(of: "Person 1", with: "Person \\q"),
            written.replacingOccurrences(of: "\t", with: " "),
        ]
        for damage in damages {
            try damage.write(to: folder.index, atomically: false, encoding: .utf8)
            #expect(names(store.list()) == ["Person 1", "Person 0"])
            #expect(try String(contentsOf: folder.index, encoding: .utf8) == written)
        }
    }

    @Test func anUnreadablePlanIsNeverTakenFromTheIndex() throws {
        try addPlans(1)
        _ = store.list()
        let url = folder.planFile(id: "00000000-0000-4000-8000-000000000000")
        let damaged = Data("{\"schemaVersion\": 1, \"id\": \"half".utf8)
        try damaged.write(to: url)
        #expect(names(store.list()) == ["unreadable 00000000-0000-4000-8000-000000000000.json"])
        #expect(names(store.list()) == ["unreadable 00000000-0000-4000-8000-000000000000.json"])
        #expect(try Data(contentsOf: url) == damaged)
    }

    @Test func textWithTabsNewLinesAndBackslashesComesBackTheSame() throws {
        let awkward = ["", "plain", "tab\there", "two\nlines\r\n", "back\\slash", "\\-", "\\", "Zoë 李 🙂"]
        let lines: [[String?]] = [awkward, [nil, "after nothing", nil], [nil]]
        #expect(IndexText.decode(IndexText.encode(lines)) == lines)
    }

    @Test func everyPartOfASummaryComesBackTheSame() throws {
        var plan = Samples.fullPlan()
        plan.person.name = "Zoë\tNí\nBhriain \\-"
        plan.updatedAt = Date(timeIntervalSince1970: 1_767_225_600.123_456)
        plan.schemaVersion = 2
        var bare = Samples.plan()
        bare.goals = [
            Goal(id: "g", title: "No date", steps: [Step(id: "s", text: "Undated")], createdAt: Samples.created)
        ]
        let fingerprint = try #require(FileFingerprint(path: temporary.path))
        for summary in [PlanSummary(plan: plan), PlanSummary(plan: bare), PlanSummary(plan: Samples.plan())] {
            let entry = PlanIndex.Entry(fingerprint: fingerprint, summary: summary)
            let line = try #require(IndexText.decode(IndexText.encode([entry.fields]))?.first)
            #expect(PlanIndex.Entry(fields: line[...]) == entry)
            for number in [1, 15, 16] {
                var damaged = line
                damaged[number] = "not a number"
                #expect(
                    PlanIndex.Entry(fields: damaged[...]) == nil, "field \(number) that does not read rejects the line")
            }
        }
    }
}
