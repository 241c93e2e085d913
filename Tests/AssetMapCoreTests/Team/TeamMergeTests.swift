import Foundation
import TestSupport
import Testing

@testable import AssetMapCore

@Suite struct TeamMergeTests {
    let ola = MergeSource(writer: "Ola", changedAt: Samples.created)
    let sam = MergeSource(writer: "Sam", changedAt: Samples.created)
    let third = Date(timeIntervalSince1970: 1_767_398_400)  // 3 January 2026

    func data(_ plan: Plan) throws -> Data { try PlanJSON.encode(plan) }

    func merged(_ base: Plan?, _ ours: Plan, _ theirs: Plan) throws -> (plan: Plan, clashes: Int) {
        let result = try TeamMerge.plan(
            base: try base.map(data), ours: try data(ours), theirs: try data(theirs),
            ourSource: ola, theirSource: sam)
        return (try PlanJSON.decode(Plan.self, from: result.data), result.clashes)
    }

    func changed(_ plan: Plan, at date: Date, _ body: (inout Plan) -> Void) -> Plan {
        var copy = plan
        body(&copy)
        copy.updatedAt = date
        return copy
    }

    @Test func changesToDifferentFieldsAreBothKept() throws {
        let base = Samples.fullPlan()
        let ours = changed(base, at: Samples.later) { $0.goodLife = "A garden of my own" }
        let theirs = changed(base, at: third) { $0.network[0].gives = "Lifts to the shops" }
        let result = try merged(base, ours, theirs)
        var expected = base
        expected.goodLife = "A garden of my own"
        expected.network[0].gives = "Lifts to the shops"
        expected.updatedAt = third
        #expect(result.plan == expected)
        #expect(result.clashes == 0)
    }

    @Test func theSameFieldChangedOnBothSidesKeepsTheLaterAndNotesTheOther() throws {
        let base = Samples.fullPlan()
        let ours = changed(base, at: third) { $0.network[0].gives = "Listens on Sundays" }
        let theirs = changed(base, at: Samples.later) { $0.network[0].gives = "Lifts to the shops" }
        let result = try merged(base, ours, theirs)
        #expect(result.plan.network[0].gives == "Listens on Sundays")
        #expect(result.clashes == 1)
        let note = try #require(result.plan.notes.last)
        #expect(
            note.text
                == "Also written on Sam's laptop on 2 January: Aoife (sister) on the map, what they give: Lifts to the shops"
        )
        #expect(note.date == Samples.day("2026-01-02"))
        #expect(result.plan.notes.count == base.notes.count + 1)
    }

    @Test func whenTheirsIsLaterOursIsTheOneNoted() throws {
        let base = Samples.fullPlan()
        let ours = changed(base, at: Samples.later) { $0.goodLife = "Mine" }
        let theirs = changed(base, at: third) { $0.goodLife = "Theirs" }
        let result = try merged(base, ours, theirs)
        #expect(result.plan.goodLife == "Theirs")
        #expect(
            result.plan.notes.last?.text
                == "Also written on Ola's laptop on 2 January: what a good life looks like: Mine")
    }

    @Test func choicesThatClashKeepTheLaterWithoutANote() throws {
        let base = Samples.fullPlan()
        let ours = changed(base, at: third) { $0.network[1].ring = 2 }
        let theirs = changed(base, at: Samples.later) { $0.network[1].ring = 4 }
        let result = try merged(base, ours, theirs)
        #expect(result.plan.network[1].ring == 2)
        #expect(result.plan.notes == base.notes)
        #expect(result.clashes == 0)
    }

    @Test func itemsAddedOnBothSidesAreAllKeptInPlace() throws {
        let base = Samples.fullPlan()
        let ours = changed(base, at: Samples.later) {
            $0.network.insert(Samples.connection("o1", "Neighbour", ring: 2), at: 1)
        }
        let theirs = changed(base, at: third) {
            $0.network.append(Samples.connection("t1", "Choir", ring: 3, kind: .group))
        }
        let result = try merged(base, ours, theirs)
        #expect(result.plan.network.map(\.id) == ["c1", "o1", "c2", "c3", "c4", "t1"])
    }

    @Test func anItemDeletedOnOneSideAndChangedOnTheOtherComesBack() throws {
        let base = Samples.fullPlan()
        let ours = changed(base, at: third) { $0.network.removeAll { $0.id == "c2" } }
        let theirs = changed(base, at: Samples.later) { $0.network[1].gives = "Company and a flask of tea" }
        let result = try merged(base, ours, theirs)
        #expect(result.plan.network.map(\.id) == ["c1", "c2", "c3", "c4"])
        #expect(result.plan.network[1].gives == "Company and a flask of tea")
        let reversed = try merged(base, theirs, ours)
        #expect(reversed.plan.network == result.plan.network)
    }

    @Test func anItemDeletedOnOneSideAndLeftAloneOnTheOtherStaysDeleted() throws {
        let base = Samples.fullPlan()
        let ours = changed(base, at: third) { $0.notes = [] }
        let theirs = changed(base, at: Samples.later) { $0.goodLife = "More walks" }
        let result = try merged(base, ours, theirs)
        #expect(result.plan.notes.isEmpty)
        #expect(result.plan.goodLife == "More walks")
    }

    @Test func stepsAndBarriersMergeByIDInsideTheirGoal() throws {
        let base = Samples.fullPlan()
        let ours = changed(base, at: Samples.later) {
            $0.goals[0].steps[1].status = .done
            $0.goals[0].barriers.append(Barrier(id: "b2", text: "Rain"))
        }
        let theirs = changed(base, at: third) {
            $0.goals[0].steps.append(Step(id: "s3", text: "Walk the whole prom"))
            $0.goals[0].barriers[0].whatHelps = "A lift from Aoife"
        }
        let result = try merged(base, ours, theirs)
        let goal = result.plan.goals[0]
        #expect(goal.steps.map(\.id) == ["s1", "s2", "s3"])
        #expect(goal.steps[1].status == .done)
        #expect(goal.barriers.map(\.id) == ["b1", "b2"])
        #expect(goal.barriers[0].whatHelps == "A lift from Aoife")
    }

    @Test func wellbeingAnswersMergePlaceByPlace() throws {
        let base = Samples.fullPlan()
        let ours = changed(base, at: Samples.later) { $0.checks[0].answers[0] = 4 }
        let theirs = changed(base, at: third) { $0.checks[0].answers[11] = nil }
        let result = try merged(base, ours, theirs)
        #expect(result.plan.checks[0].answers == [4, 3, 1, 2, 4, 3, 2, 3, 1, 2, 2, nil])
    }

    @Test func listsOfIdsMergeAsSets() throws {
        var base = Samples.fullPlan()
        base.communityLinks = ["d1", "d2"]
        let ours = changed(base, at: Samples.later) { $0.communityLinks = ["d1", "d3"] }
        let theirs = changed(base, at: third) {
            $0.communityLinks = ["d1", "d2", "d4"]
            $0.goals[0].steps[0].assetIds = []
        }
        let result = try merged(base, ours, theirs)
        #expect(result.plan.communityLinks == ["d1", "d3", "d4"])
        #expect(result.plan.goals[0].steps[0].assetIds == [])
    }

    @Test func notesLinksSnapshotsAndSteppingBackMergeByID() throws {
        let base = Samples.fullPlan()
        let ours = changed(base, at: Samples.later) {
            $0.notes.append(Note(id: "n2", date: Samples.day("2026-01-02"), text: "Phoned the walking group"))
            $0.links.append(ConnectionLink(id: "l1", a: "c1", b: "c2"))
            $0.steppingBack[0].text = "Meet every three weeks"
        }
        let theirs = changed(base, at: third) {
            $0.notes.append(Note(id: "n3", date: Samples.day("2026-01-03"), text: "Went to the library"))
            $0.snapshots.append(Snapshot(id: "p2", date: Samples.day("2026-01-03"), network: $0.network))
            $0.snapshots[0].label = "Our first map"
        }
        let result = try merged(base, ours, theirs)
        #expect(result.plan.notes.map(\.id) == ["n1", "n2", "n3"])
        #expect(result.plan.links.map(\.id) == ["l1"])
        #expect(result.plan.snapshots.map(\.id) == ["p1", "p2"])
        #expect(result.plan.snapshots[0].label == "Our first map")
        #expect(result.plan.steppingBack[0].text == "Meet every three weeks")
    }

    @Test func unknownKeysFromEitherSideAreKept() throws {
        let base = try data(Samples.fullPlan())
        func adding(_ key: String, _ value: String, date: String) throws -> Data {
            var object = try JSONDecoder().decode(JSONObject.self, from: base)
            object[key] = .string(value)
            object["updatedAt"] = .string(date)
            if case .array(var network)? = object["network"], case .object(var first) = network[0] {
                first["x-" + key] = .string(value)
                network[0] = .object(first)
                object["network"] = .array(network)
            }
            return try PlanJSON.encode(JSONValue.object(object))
        }
        let result = try TeamMerge.plan(
            base: base, ours: try adding("ourKey", "one", date: "2026-01-02T00:00:00Z"),
            theirs: try adding("theirKey", "two", date: "2026-01-03T00:00:00Z"),
            ourSource: ola, theirSource: sam)
        let plan = try PlanJSON.decode(Plan.self, from: result.data)
        #expect(plan.unknownKeys == ["ourKey": .string("one"), "theirKey": .string("two")])
        #expect(plan.network[0].unknownKeys == ["x-ourKey": .string("one"), "x-theirKey": .string("two")])
    }

    @Test func mergingAgainWithWhatWasAlreadyMergedAddsNothing() throws {
        let base = Samples.fullPlan()
        let ours = changed(base, at: third) { $0.goodLife = "Mine" }
        let theirs = changed(base, at: Samples.later) { $0.goodLife = "Theirs" }
        let first = try merged(base, ours, theirs).plan
        let again = try merged(base, first, theirs).plan
        #expect(again == first)
    }

    @Test func bothLaptopsReachTheSameResult() throws {
        let base = Samples.fullPlan()
        let ours = changed(base, at: third) {
            $0.goodLife = "Mine"
            $0.network.append(Samples.connection("o1", "Neighbour", ring: 2))
        }
        let theirs = changed(base, at: third) {
            $0.goodLife = "Theirs"
            $0.network.append(Samples.connection("t1", "Choir", ring: 3))
        }
        let here = try TeamMerge.plan(
            base: try data(base), ours: try data(ours), theirs: try data(theirs), ourSource: ola, theirSource: sam)
        let there = try TeamMerge.plan(
            base: try data(base), ours: try data(theirs), theirs: try data(ours), ourSource: sam, theirSource: ola)
        let herePlan = try PlanJSON.decode(Plan.self, from: here.data)
        let therePlan = try PlanJSON.decode(Plan.self, from: there.data)
        #expect(herePlan.goodLife == therePlan.goodLife)
        #expect(herePlan.notes == therePlan.notes)
        #expect(Set(herePlan.network.map(\.id)) == Set(therePlan.network.map(\.id)))
    }

    @Test func aPlanAddedOnBothSidesWithNoCommonVersionMergesFieldByField() throws {
        let plan = Samples.fullPlan()
        let ours = changed(plan, at: third) { $0.goodLife = "Mine" }
        let theirs = changed(plan, at: Samples.later) { $0.network.append(Samples.connection("t1", "Choir", ring: 3)) }
        let result = try merged(nil, ours, theirs)
        #expect(result.plan.goodLife == "Mine")
        #expect(result.plan.network.map(\.id).contains("t1"))
        #expect(
            result.plan.notes.last?.text.hasSuffix(
                "what a good life looks like: Walking by the sea every week.\nSeeing my sister more.") == true)
    }

    @Test func aVersionThatIsNotAPlanIsRefusedAndNamed() throws {
        let base = try data(Samples.fullPlan())
        #expect(throws: FormatProblem(path: "person", reason: "is missing")) {
            try TeamMerge.plan(
                base: base, ours: base,
                theirs: Data(#"{"schemaVersion":1,"id":"x","createdAt":"2026-01-01T00:00:00Z"}"#.utf8),
                ourSource: ola, theirSource: sam)
        }
        #expect(throws: FormatProblem(path: "", reason: "is not valid JSON")) {
            try TeamMerge.plan(base: base, ours: Data("{".utf8), theirs: base, ourSource: ola, theirSource: sam)
        }
    }

    @Test func directoryEntriesAddedOnBothSidesAreKeptAndClashingWordsFollowInBrackets() throws {
        let base = CommunityDirectory(entries: [
            CommunityAsset(id: "d1", name: "Choir", what: "Singing", tags: ["music"])
        ])
        var ours = base
        ours.entries.append(CommunityAsset(id: "d2", name: "Food bank", what: "Food"))
        ours.entries[0].when = "Tuesdays at 7"
        ours.entries[0].tags.append("free")
        var theirs = base
        theirs.entries.append(CommunityAsset(id: "d3", name: "Men's shed", what: "Making things"))
        theirs.entries[0].when = "Wednesdays at 7"
        let result = try TeamMerge.directory(
            base: try PlanJSON.encode(base), ours: try PlanJSON.encode(ours), theirs: try PlanJSON.encode(theirs),
            ourSource: MergeSource(writer: "Ola", changedAt: third),
            theirSource: MergeSource(writer: "Sam", changedAt: Samples.later))
        let directory = try PlanJSON.decode(CommunityDirectory.self, from: result.data)
        #expect(directory.entries.map(\.id) == ["d1", "d2", "d3"])
        #expect(
            directory.entries[0].when == "Tuesdays at 7 (Also written on Sam's laptop on 2 January: Wednesdays at 7)")
        #expect(directory.entries[0].tags == ["music", "free"])
        #expect(result.clashes == 1)
    }

    @Test func aFieldEmptiedLaterKeepsTheEarlierWordsInBrackets() throws {
        let base = CommunityDirectory(entries: [
            CommunityAsset(id: "d1", name: "Choir", what: "Singing", contact: "01234")
        ])
        var ours = base
        ours.entries[0].contact = nil
        var theirs = base
        theirs.entries[0].contact = "05678"
        let result = try TeamMerge.directory(
            base: try PlanJSON.encode(base), ours: try PlanJSON.encode(ours), theirs: try PlanJSON.encode(theirs),
            ourSource: MergeSource(writer: "Ola", changedAt: third),
            theirSource: MergeSource(writer: "Sam", changedAt: Samples.later))
        let directory = try PlanJSON.decode(CommunityDirectory.self, from: result.data)
        #expect(directory.entries[0].contact == "Also written on Sam's laptop on 2 January: 05678")
    }

    @Test func orderKeepsTheSideThatReorderedAndPlacesNewItemsAfterTheirNeighbour() {
        #expect(
            JSONMerge.order(base: ["a", "b", "c"], ours: ["c", "a", "b"], theirs: ["a", "b", "x", "c"]) == [
                "c", "a", "b", "x",
            ])
        #expect(
            JSONMerge.order(base: ["a", "b", "c"], ours: ["a", "y", "b", "c"], theirs: ["b", "a", "c"]) == [
                "b", "a", "y", "c",
            ])
        #expect(JSONMerge.order(base: [], ours: ["y"], theirs: ["x"]) == ["y", "x"])
    }
}
