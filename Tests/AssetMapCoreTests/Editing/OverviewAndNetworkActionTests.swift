import AssetMapCore
import Testing
import TestSupport

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
        expectRejection(plan, .addConnection(Samples.connection("c3", "Priya", ring: 6)), "The ring must be from 1 to 5.")
        expectRejection(plan, .addConnection(Samples.connection("c1", "Again", ring: 2)), "That item is already there.")
    }

    @Test func updatingAConnectionReplacesIt() {
        var changed = mum
        changed.feeling = .mixed
        changed.gives = "Sunday dinners"
        expectChange(plan, .updateConnection(changed)) { $0.network[0] = changed }
        expectRejection(plan, .updateConnection(Samples.connection("zz", "Nobody", ring: 1)), "That item is no longer there.")
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
        start.goals = [Goal(id: "g", title: "Walk", steps: [
            Step(id: "s1", text: "Go with Mum", who: "c1", connectionIds: ["c1", "c2"]),
            Step(id: "s2", text: "Alone", who: "person"),
        ], createdAt: Samples.created)]
        expectChange(start, .deleteConnection(id: "c1")) {
            $0.network.removeFirst()
            $0.goals[0].steps[0].who = nil
            $0.goals[0].steps[0].connectionIds = ["c2"]
            $0.goals[0].steps[0].removedLinks = ["Mum"]
        }
    }
}
