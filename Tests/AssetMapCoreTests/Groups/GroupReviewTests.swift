import AssetMapCore
import Foundation
import TestSupport
import Testing

@Suite struct GroupReviewTests {
    let session = GroupSamples.withIdeas()

    func ids(_ ideas: [GroupIdea]) -> [String] { ideas.map(\.id) }

    @Test func eachMemberIsOfferedTheirOwnIdeasAndThePlacesForThemOrEveryone() {
        #expect(ids(GroupReview.offers(for: session.members[0], in: session)) == ["i1", "i4"])
        #expect(ids(GroupReview.offers(for: session.members[1], in: session)) == ["i4", "i5"])
        #expect(ids(GroupReview.offers(for: session.members[2], in: session)) == ["i3", "i4"])
    }

    @Test func chosenIdeasBecomeAStrengthAndPlacesOnRingFiveLinkedToTheDirectory() {
        var counter = 0
        let actions = GroupReview.actions(
            for: [session.ideas[0], session.ideas[3], session.ideas[4]], plan: Samples.plan(),
            directory: GroupSamples.directory
        ) {
            counter += 1
            return "n\(counter)"
        }
        var choir = Connection(
            id: "n2", name: "St Anne's Community Choir", ring: 5, kind: .group, feeling: .supportive,
            gives: "Singing for everyone, no auditions")
        choir.contact = "Ask for Mo"
        #expect(
            actions == [
                .addAsset(Asset(id: "n1", owner: .person, kind: .strength, text: "Good at listening")),
                .addConnection(choir),
                .linkCommunity(id: "d-choir"),
                .addConnection(
                    Connection(
                        id: "n3", name: "The canal towpath", ring: 5, kind: .place, feeling: .supportive, gives: "")),
            ])
    }

    @Test func whatThePlanHasAlreadyIsNotAddedTwice() {
        var plan = Samples.plan()
        plan.assets = [Asset(id: "a", owner: .person, kind: .skill, text: "good at LISTENING")]
        plan.network = [Samples.connection("c", "St Anne's Community Choir", ring: 3, kind: .group)]
        plan.communityLinks = ["d-choir"]
        let actions = GroupReview.actions(
            for: [session.ideas[0], session.ideas[3]], plan: plan, directory: GroupSamples.directory
        ) { "x" }
        #expect(actions.isEmpty)
    }

    @Test func theActionsAreThePlansOwnSoTheyApplyAndUndoLikeAnyOther() throws {
        var editor = PlanEditor(plan: Samples.plan())
        editor.writing = .person
        for action in GroupReview.actions(
            for: [session.ideas[0], session.ideas[3]], plan: editor.plan, directory: GroupSamples.directory,
            newID: { UUID().uuidString })
        {
            try editor.apply(action, now: Samples.later)
        }
        #expect(editor.plan.assets.map(\.text) == ["Good at listening"])
        #expect(editor.plan.assets.first?.by == .person)
        #expect(editor.plan.network.map(\.ring) == [5])
        #expect(editor.plan.communityLinks == ["d-choir"])
    }

    @Test func theMembersSheetHasTheirIdeasAndThePlacesAndNoOneElses() {
        let sheet = GroupSheet.member(
            session.members[0], of: session, directory: GroupSamples.directory, made: Samples.day("2026-01-02"))
        let text = sheet.markdown()
        #expect(text.contains("# Ideas from the group: Robin"))
        #expect(text.contains("- Good at listening"))
        #expect(
            text.contains(
                "- St Anne's Community Choir: Singing for everyone, no auditions; St Anne's church hall; Tuesdays 7pm; Free; Ask for Mo"
            ))
        for other in ["Brilliant baker", "canal", "laugh", "Sam", "Jo"] { #expect(!text.contains(other)) }
        let html = sheet.html()
        #expect(html.contains("<h1>Ideas from the group: Robin</h1>"))
        #expect(html.contains("<strong>St Anne&#39;s Community Choir</strong>"))
        #expect(!html.contains("baker"))
    }

    @Test func theGroupsSheetHasWhatTheGroupWroteTogetherAndNoOnesOwnIdeas() {
        let text = GroupSheet.group(session, directory: GroupSamples.directory, made: Samples.day("2026-01-02"))
            .markdown()
        #expect(text.contains("## What do people like about spending time with you?\n\n- We all make each other laugh"))
        #expect(text.contains("## Places and groups round here that we like\n\n- St Anne's Community Choir"))
        #expect(text.contains("## What do friends or family ask you to help with?\n\n_Nothing written for the group._"))
        for own in ["listening", "baker", "canal", "Robin", "Sam", "Jo"] { #expect(!text.contains(own)) }
    }
}
