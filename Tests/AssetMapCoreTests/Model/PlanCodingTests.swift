import AssetMapCore
import Foundation
import TestSupport
import Testing

@Suite struct PlanCodingTests {
    func handWritten() throws -> Plan {
        try PlanJSON.decode(Plan.self, from: try Fixtures.data("handwritten-plan.json"))
    }

    @Test func aHandWrittenPlanIsReadWithEveryPart() throws {
        let plan = try handWritten()
        #expect(plan.person.name == "Siobhán Kelly")
        #expect(plan.person.displayName == "Shiv")
        #expect(
            plan.consent == Consent(given: true, date: Samples.day("2026-03-02"), note: "Agreed at the first meeting"))
        #expect(plan.network.map(\.id) == ["mum", "choir", "dog"])
        #expect(plan.network[2].kind == .pet)
        #expect(plan.assets.map(\.owner) == [.person, .worker])
        #expect(plan.goals[0].steps[1].due == Samples.day("2026-03-20"))
        #expect(plan.goals[0].steps[1].who == "mum")
        #expect(plan.goals[0].risk?.contingency == "Leave early and text Dev")
        #expect(plan.checks[0].answers[2] == nil)
        #expect(plan.checks[0].recentEvent == .notSure)
        #expect(plan.snapshots[0].network[0].ring == 2)
    }

    @Test func anOpeningNoticeIsWrittenOnlyWhenThereIsOne() throws {
        var plan = Samples.plan()
        #expect(!String(decoding: try PlanJSON.encode(plan), as: UTF8.self).contains("openingNotice"))
        plan.openingNotice = "“Date” was typed as “tomorow”, which could not be read."
        let read = try PlanJSON.decode(Plan.self, from: try PlanJSON.encode(plan))
        #expect(read.openingNotice == plan.openingNotice)
        #expect(read.unknownKeys.isEmpty)
    }

    @Test func arraysMissingFromTheFileMeanEmpty() throws {
        let plan = try handWritten()
        #expect(plan.communityLinks.isEmpty)
        #expect(plan.steppingBack.isEmpty)
        #expect(plan.goals[0].steps[0].connectionIds.isEmpty)
        #expect(plan.goals[0].barriers[0].whatHelps == nil)
    }

    @Test func aShortListOfAnswersIsFilledWithSkippedOnes() throws {
        let check = try handWritten().checks[1]
        #expect(check.answers == [3, 3, 2, nil, nil, nil, nil, nil, nil, nil, nil, nil])
        #expect(check.complete == false)
    }

    @Test func timesWithFractionsOfASecondAndPlainDatesAreRead() throws {
        let plan = try handWritten()
        #expect(Timestamp.format(plan.updatedAt) == "2026-05-03T16:40:12.250Z")
        #expect(Timestamp.format(plan.goals[0].createdAt) == "2026-03-02T00:00:00Z")
    }

    @Test(arguments: [
        ("2026-05-03T16:40:12.520Z", "2026-05-03T16:40:12.520Z"),
        ("2026-05-03T16:40:12.519Z", "2026-05-03T16:40:12.519Z"),
        ("2026-05-03T16:40:12.001Z", "2026-05-03T16:40:12.001Z"),
        ("2026-05-03T16:40:12.5205Z", "2026-05-03T16:40:12.521Z"),
        ("2026-05-03T16:40:59.9996Z", "2026-05-03T16:41:00Z"), ("2026-05-03T16:40:12Z", "2026-05-03T16:40:12Z"),
    ])
    func aTimeWrittenByHandKeepsItsMillisecondsThroughEverySave(written: String, kept: String) throws {
        var text = written
        for _ in 0..<5 {
            let date = try #require(Timestamp.parse(text))
            text = Timestamp.format(date)
            #expect(Timestamp.parse(text) == date, "read, saved and read again, \(written) is the same moment")
        }
        #expect(text == kept)
    }

    @Test func unknownKeysAreKeptAtEveryLevelWhenWrittenBack() throws {
        let written = try PlanJSON.encode(try handWritten())
        let object = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        let exported = try #require(object["exportedBy"] as? [String: Any])
        #expect(exported["note"] as? String == "kept on save")
        let person = try #require(object["person"] as? [String: Any])
        #expect(person["favouriteColour"] as? String == "green")
        let network = try #require(object["network"] as? [[String: Any]])
        #expect(network[0]["sinceYear"] as? Int == 1990)
    }

    @Test func aPlanSurvivesARoundTripUnchanged() throws {
        let plan = Samples.fullPlan()
        let back = try PlanJSON.decode(Plan.self, from: try PlanJSON.encode(plan))
        #expect(back == plan)
        let handWritten = try handWritten()
        #expect(try PlanJSON.decode(Plan.self, from: try PlanJSON.encode(handWritten)) == handWritten)
    }

    @Test func optionalDetailsLeftEmptyAreLeftOutOfTheFile() throws {
        let text = String(decoding: try PlanJSON.encode(Samples.plan()), as: UTF8.self)
        #expect(!text.contains("preferredName"))
        #expect(!text.contains("consent"))
        #expect(!text.contains("null"))
    }

    @Test func aRingOutsideOneToFiveIsReportedByWhereItIs() throws {
        #expect(throws: FormatProblem(path: "network[1].ring", reason: "must be a number from 1 to 5")) {
            try PlanJSON.decode(Plan.self, from: try Fixtures.data("bad-ring.json"))
        }
    }

    @Test func aWrongWordIsReportedWithTheAllowedOnesButNotEchoed() throws {
        var object = try #require(
            try JSONSerialization.jsonObject(with: Fixtures.data("handwritten-plan.json")) as? [String: Any])
        var network = try #require(object["network"] as? [[String: Any]])
        network[0]["kind"] = "Secret Name"
        object["network"] = network
        let data = try JSONSerialization.data(withJSONObject: object)
        do {
            _ = try PlanJSON.decode(Plan.self, from: data)
            Issue.record("a wrong kind was accepted")
        } catch {
            #expect(error.description == "network[0].kind is not one of: person, group, place, service, pet")
            #expect(!error.description.contains("Secret"))
        }
    }

    @Test func aMissingNameAndBrokenJSONAreReportedPlainly() {
        let missing = Data(#"{"schemaVersion":1,"id":"x","createdAt":"2026-01-01T00:00:00Z","person":{}}"#.utf8)
        #expect(throws: FormatProblem(path: "person.name", reason: "is missing")) {
            try PlanJSON.decode(Plan.self, from: missing)
        }
        #expect(throws: FormatProblem(path: "", reason: "is not valid JSON")) {
            try PlanJSON.decode(Plan.self, from: Data("{\"sch".utf8))
        }
    }

    @Test func answersOutsideTheScaleAreRefused() {
        let data = Data(#"{"id":"w","date":"2026-01-01","answers":[5],"complete":true}"#.utf8)
        #expect(throws: FormatProblem(path: "answers", reason: "has an answer that is not from 0 to 4")) {
            try PlanJSON.decode(WellbeingCheck.self, from: data)
        }
    }

    @Test func theCommunityDirectoryFileIsReadAndKeepsUnknownKeys() throws {
        let directory = try PlanJSON.decode(CommunityDirectory.self, from: try Fixtures.data("community.json"))
        #expect(directory.entries[0].where == "Meets at the library")
        #expect(directory.entries[0].checkedOn == Samples.day("2026-04-01"))
        let back = String(decoding: try PlanJSON.encode(directory), as: UTF8.self)
        #expect(back.contains("\"rating\" : 5"))
    }

    @Test func theSchemaVersionIsReadWithoutTheRest() throws {
        #expect(PlanJSON.schemaVersion(of: try Fixtures.data("newer-version.json")) == 2)
        #expect(PlanJSON.schemaVersion(of: Data("nonsense".utf8)) == nil)
    }
}
