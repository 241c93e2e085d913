import AssetMapCore
import TestSupport
import Testing

@Suite struct StrengthsActionTests {
    let bikes = Asset(id: "a1", owner: .person, kind: .skill, text: "Fixing bikes")
    var plan: Plan {
        var plan = Samples.plan()
        plan.assets = [bikes, Asset(id: "a2", owner: .worker, kind: .resource, text: "Knows the routes")]
        plan.communityLinks = ["d1", "d2"]
        return plan
    }

    @Test func addingAStrengthTrimsItAndDropsAnEmptyLifeArea() {
        let added = Asset(id: "a3", owner: .person, kind: .interest, text: " Singing ", domain: " ")
        expectChange(plan, .addAsset(added)) {
            $0.assets.append(Asset(id: "a3", owner: .person, kind: .interest, text: "Singing"))
        }
        expectRejection(
            plan, .addAsset(Asset(id: "a4", owner: .person, kind: .skill, text: "")), "Please type what it is.")
    }

    @Test func updatingAndReorderingStrengths() {
        var changed = bikes
        changed.domain = "work-and-learning"
        expectChange(plan, .updateAsset(changed)) { $0.assets[0] = changed }
        expectChange(plan, .reorderAsset(id: "a2", by: -1)) { $0.assets.swapAt(0, 1) }
    }

    @Test func deletingAStrengthDropsItFromStepsAndTheStepSaysWhat() {
        var start = plan
        start.goals = [
            Goal(
                id: "g", title: "Work", steps: [Step(id: "s", text: "Ask at the bike shop", assetIds: ["a1"])],
                createdAt: Samples.created)
        ]
        expectChange(start, .deleteAsset(id: "a1")) {
            $0.assets.removeFirst()
            $0.goals[0].steps[0].assetIds = []
            $0.goals[0].steps[0].removedLinks = ["Fixing bikes"]
        }
    }

    @Test func communityEntriesAreLinkedOnceAndCanBeUnlinkedAndReordered() {
        expectChange(plan, .linkCommunity(id: "d3")) { $0.communityLinks.append("d3") }
        expectRejection(plan, .linkCommunity(id: "d1"), "That is already linked to this plan.")
        expectChange(plan, .unlinkCommunity(id: "d1")) { $0.communityLinks = ["d2"] }
        expectRejection(plan, .unlinkCommunity(id: "d9"), "That is not linked to this plan.")
        expectChange(plan, .reorderCommunityLink(id: "d2", by: -1)) { $0.communityLinks = ["d2", "d1"] }
    }
}
