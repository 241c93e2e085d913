import AssetMapCore
import TestSupport
import Testing

@Suite struct OverviewActionTests {
    let plan = Samples.plan()

    @Test func settingThePersonChangesOnlyThePerson() {
        let person = Person(name: "Zoë Ní Bhriain", preferredName: "Zoë", pronouns: "she/her", keyworker: "Sam")
        expectChange(plan, .setPerson(person)) { $0.person = person }
    }

    @Test func aPersonNeedsAName() {
        expectRejection(plan, .setPerson(Person(name: "  ")), "Please type a name.")
    }

    @Test func theGoodLifeAnswerIsKeptExactlyAsTyped() {
        expectChange(plan, .setGoodLife("Walks by the sea. ")) { $0.goodLife = "Walks by the sea. " }
    }

    @Test func consentIsRecordedAndCanBeCleared() {
        let consent = Consent(given: true, date: Samples.day("2026-01-02"))
        expectChange(plan, .setConsent(consent)) { $0.consent = consent }
        var withConsent = plan
        withConsent.consent = consent
        expectChange(withConsent, .setConsent(nil)) { $0.consent = nil }
    }
}

@Suite struct NetworkActionTests {
    let mum = Samples.connection("c1", "Mum", ring: 1)
    var plan: Plan {
        var plan = Samples.plan()
        plan.network = [mum, Samples.connection("c2", "Choir", ring: 3, kind: .group)]
        return plan
    }

    @Test func addingAConnectionPutsItAtTheEndWithItsNameTrimmed() {
        let friend = Samples.connection("c3", "  Priya ", ring: 2)
        expectChange(plan, .addConnection(friend)) {
            var clean = friend
            clean.name = "Priya"
            $0.network.append(clean)
        }
    }

    @Test func aConnectionNeedsANameAndARingFromOneToFive() {
        expectRejection(plan, .addConnection(Samples.connection("c3", " ", ring: 2)), "Please type a name.")
        expectRejection(
            plan, .addConnection(Samples.connection("c3", "Priya", ring: 6)), "The ring must be from 1 to 5.")
        expectRejection(plan, .addConnection(Samples.connection("c1", "Again", ring: 2)), "That item is already there.")
    }

    @Test func updatingAConnectionReplacesIt() {
        var changed = mum
        changed.feeling = .mixed
        changed.gives = "Sunday dinners"
        expectChange(plan, .updateConnection(changed)) { $0.network[0] = changed }
        expectRejection(
            plan, .updateConnection(Samples.connection("zz", "Nobody", ring: 1)), "That item is no longer there.")
    }

    @Test func movingInwardsAndOutwardsStopsAtTheFirstAndLastRing() {
        expectChange(plan, .moveConnectionRing(id: "c2", inwards: true)) { $0.network[1].ring = 2 }
        expectChange(plan, .moveConnectionRing(id: "c2", inwards: false)) { $0.network[1].ring = 4 }
        expectRejection(plan, .moveConnectionRing(id: "c1", inwards: true), "That is already on the closest ring.")
        var outer = plan
        outer.network[1].ring = 5
        expectRejection(outer, .moveConnectionRing(id: "c2", inwards: false), "That is already on the outer ring.")
    }

    @Test func reorderingMovesWithinTheList() {
        expectChange(plan, .reorderConnection(id: "c2", by: -1)) { $0.network.swapAt(0, 1) }
        expectRejection(plan, .reorderConnection(id: "c1", by: -1), "It is already at the top.")
        expectRejection(plan, .reorderConnection(id: "c2", by: 1), "It is already at the bottom.")
    }

    @Test func deletingAConnectionDropsItsLinksAndTheStepSaysWho() {
        var start = plan
        start.goals = [
            Goal(
                id: "g", title: "Walk",
                steps: [
                    Step(id: "s1", text: "Go with Mum", who: "c1", connectionIds: ["c1", "c2"]),
                    Step(id: "s2", text: "Alone", who: "person"),
                ], createdAt: Samples.created)
        ]
        expectChange(start, .deleteConnection(id: "c1")) {
            $0.network.removeFirst()
            $0.goals[0].steps[0].who = nil
            $0.goals[0].steps[0].connectionIds = ["c2"]
            $0.goals[0].steps[0].removedLinks = ["Mum"]
        }
    }

    @Test func aPlaceRoundTheRingIsKeptAsAShareOfTheSlice() {
        expectChange(plan, .placeConnection(id: "c2", placement: 0.25)) { $0.network[1].placement = 0.25 }
        expectChange(plan, .placeConnection(id: "c2", placement: 1.25)) { $0.network[1].placement = 0.25 }
        expectRejection(plan, .placeConnection(id: "c2", placement: .nan), "That is not a place on the ring.")
        expectRejection(plan, .placeConnection(id: "zz", placement: 0.5), "That item is no longer there.")
    }

    @Test func whoSomeoneKnowsIsSetInOneChangeAndOthersLinksStay() {
        var start = plan
        start.network.append(Samples.connection("c3", "Priya", ring: 2))
        let other = ConnectionLink(id: "l0", a: "c2", b: "c3")
        start.links = [other]
        let mumChoir = ConnectionLink(id: "l1", a: "c1", b: "c2")
        let mumPriya = ConnectionLink(id: "l2", a: "c3", b: "c1")
        expectChange(start, .setLinks(connectionID: "c1", [mumChoir, mumPriya])) {
            $0.links = [other, mumChoir, mumPriya]
        }
        var linked = start
        linked.links = [mumChoir, other, mumPriya]
        expectChange(linked, .setLinks(connectionID: "c1", [mumPriya])) { $0.links = [other, mumPriya] }
        expectChange(linked, .deleteConnection(id: "c3")) {
            $0.network.removeLast()
            $0.links = [mumChoir]
        }
        expectRejection(
            start, .setLinks(connectionID: "c1", [ConnectionLink(id: "l3", a: "c1", b: "gone")]),
            "That person is no longer on the map.")
        expectRejection(
            start, .setLinks(connectionID: "c1", [ConnectionLink(id: "l3", a: "c1", b: "c1")]),
            "That person is no longer on the map.")
        expectRejection(
            start, .setLinks(connectionID: "c1", [mumChoir, ConnectionLink(id: "l4", a: "c2", b: "c1")]),
            "They are linked already.")
        expectRejection(
            start, .setLinks(connectionID: "c1", [ConnectionLink(id: "l0", a: "c1", b: "c2")]),
            "That item is already there.")
    }

    @Test func aNewcomerGoesInTheWidestGapOfTheirSlice() {
        var network = [Connection]()
        #expect(RingSectors.openPlacement(ring: 2, kind: .person, among: network) == 0.5)
        network.append(Connection(id: "a", name: "A", ring: 2, placement: 0.5))
        network.append(Connection(id: "b", name: "B", ring: 3, placement: 0.1))
        #expect(RingSectors.openPlacement(ring: 2, kind: .person, among: network) == 0)
        network.append(Connection(id: "c", name: "C", ring: 2, placement: 0))
        #expect(RingSectors.openPlacement(ring: 2, kind: .person, among: network) == 0.99)
        network.append(Connection(id: "d", name: "D", ring: 2, placement: 0.99))
        #expect(RingSectors.openPlacement(ring: 2, kind: .person, among: network) == 0.25)
        #expect(RingSectors.openPlacement(ring: 2, kind: .pet, among: network) == 0.5)
    }
}
