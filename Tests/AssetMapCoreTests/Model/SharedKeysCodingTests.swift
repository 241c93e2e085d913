import AssetMapCore
import Foundation
import TestSupport
import Testing

/// The optional keys added to file format v1: who wrote an entry, where someone sits round their ring,
/// who is kept private, who knows whom, and how to reach the keyworker.
@Suite struct SharedKeysCodingTests {
    func handWritten() throws -> Plan {
        try PlanJSON.decode(Plan.self, from: try Fixtures.data("handwritten-shared-keys.json"))
    }

    @Test func aHandWrittenPlanWithTheOptionalKeysIsReadWithEveryOne() throws {
        let plan = try handWritten()
        #expect(plan.person.keyworkerContact == "07700 900456, Mondays at the Hub")
        #expect(plan.network.map(\.by) == [.person, .together, nil])
        #expect(plan.network.map(\.isPrivate) == [false, true, false])
        #expect(
            plan.links
                == [ConnectionLink(id: "l-1", a: "n-ola", b: "n-gran")].map { link in
                    var withUnknown = link
                    withUnknown.unknownKeys = ["since": .string("school")]
                    return withUnknown
                })
        #expect(plan.assets[0].by == .person)
        #expect(plan.goals[0].steps[0].by == .worker)
        #expect(plan.goals[0].barriers[0].by == .together)
        #expect(plan.checks[0].by == .person)
        #expect(plan.notes[0].by == .worker)
    }

    @Test func aPlacementIsTakenRoundToWhereItIsOnTheRing() throws {
        let plan = try handWritten()
        #expect(plan.network.map(\.placement) == [0.125, 0.25, 0.75])
        #expect(Connection.wrappedPlacement(1) == 0)
        #expect(Connection.wrappedPlacement(-0.0) == 0)
        #expect(Connection.wrappedPlacement(.infinity) == 0)
    }

    @Test func withoutAPlacementOneIsWorkedOutFromTheIdTheSameEveryTime() {
        let one = Samples.connection("c1", "Mum", ring: 1)
        let again = Samples.connection("c1", "Someone else", ring: 4, kind: .place)
        let other = Samples.connection("c2", "Mum", ring: 1)
        #expect(one.placementOrDefault == again.placementOrDefault)
        #expect(one.placementOrDefault != other.placementOrDefault)
        #expect((0..<1).contains(one.placementOrDefault))
        // Pinned, so that a change to the working-out (which would move everyone in older files) fails here.
        #expect(one.placementOrDefault == 0.033729495412708865)
        let spread = (0..<200).map { Samples.connection("id-\($0)", "x", ring: 1).placementOrDefault }
        #expect(spread.filter { $0 < 0.5 }.count > 60 && spread.filter { $0 >= 0.5 }.count > 60)
    }

    @Test func theOptionalKeysSurviveARoundTrip() throws {
        let plan = try handWritten()
        #expect(try PlanJSON.decode(Plan.self, from: try PlanJSON.encode(plan)) == plan)
        let object = try #require(try JSONSerialization.jsonObject(with: PlanJSON.encode(plan)) as? [String: Any])
        let network = try #require(object["network"] as? [[String: Any]])
        #expect(network[1]["private"] as? Bool == true)
        #expect(network[0]["private"] == nil, "private is left out when it is not set")
        #expect(network[2]["private"] == nil)
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(links[0]["since"] as? String == "school")
    }

    @Test func aPlanFromBeforeTheseKeysIsWrittenBackWithoutThem() throws {
        let text = String(decoding: try PlanJSON.encode(Samples.fullPlan()), as: UTF8.self)
        for key in ["\"links\"", "\"placement\"", "\"private\"", "\"keyworkerContact\""] {
            #expect(!text.contains(key), "\(key) is not written when it was never set")
        }
        // A stepping-back stage's "by" is its date, so only an author's words are looked for.
        for author in Author.allCases {
            #expect(!text.contains("\"by\" : \"\(author.rawValue)\""))
        }
    }

    @Test func anUnknownAuthorIsReportedWithTheAllowedWordsButNotEchoed() throws {
        let text = String(decoding: try Fixtures.data("handwritten-shared-keys.json"), as: UTF8.self)
            .replacingOccurrences(of: "\"by\": \"worker\" }", with: "\"by\": \"Secret Name\" }")
        do {
            _ = try PlanJSON.decode(Plan.self, from: Data(text.utf8))
            Issue.record("an unknown author was accepted")
        } catch {
            #expect(error.description == "goals[0].steps[0].by is not one of: person, worker, together")
        }
    }

    @Test func takingSomeoneOffTheMapTakesAwayWhoTheyKnew() throws {
        var plan = try handWritten()
        plan.links.append(ConnectionLink(id: "l-2", a: "n-bob", b: "n-ola"))
        expectChange(plan, .deleteConnection(id: "n-gran")) {
            $0.network.remove(at: 1)
            $0.links = [ConnectionLink(id: "l-2", a: "n-bob", b: "n-ola")]
        }
    }

    @Test func anImportWithALinkToSomeoneNotOnTheMapIsRefused() throws {
        let text = String(decoding: try Fixtures.data("handwritten-shared-keys.json"), as: UTF8.self)
            .replacingOccurrences(of: "\"b\": \"n-gran\"", with: "\"b\": \"n-nobody\"")
        #expect(
            throws: PlanImporter.Problem(
                message: "The file could not be imported: links[0] joins someone who is not on the map.")
        ) {
            try PlanImporter.read(Data(text.utf8))
        }
        #expect(try PlanImporter.read(try Fixtures.data("handwritten-shared-keys.json")).links.count == 1)
    }
}
