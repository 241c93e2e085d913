import AssetMapCore
import Foundation
import TestSupport
import Testing

@Suite struct GroupSessionTests {
    @Test func aSessionReadsBackTheSameAndKeepsKeysItDoesNotKnow() throws {
        var session = GroupSamples.withIdeas()
        session.members[0].review = MemberReview(day: Samples.day("2026-01-01"), added: ["i1"], declined: ["i4"])
        session.members[2].review = MemberReview(
            day: Samples.day("2026-01-01"), added: ["i3"], declined: [], startedPlan: true)
        session.unknownKeys = ["room": .string("Library, upstairs")]
        session.ideas[0].unknownKeys = ["colour": .string("green")]
        let data = try PlanJSON.encode(session)
        let read = try PlanJSON.decode(GroupSession.self, from: data)
        #expect(read == session)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"room\"") && text.contains("\"colour\""))
    }

    @Test func aHandWrittenSessionWithListsLeftOutMeansEmpty() throws {
        let text = #"{"schemaVersion": 1, "id": "g1", "createdAt": "2026-01-01T10:00:00Z"}"#
        let read = try PlanJSON.decode(GroupSession.self, from: Data(text.utf8))
        #expect(read.members.isEmpty && read.ideas.isEmpty && read.prompts.isEmpty)
        #expect(read.updatedAt == read.createdAt)
    }

    @Test func aDamagedSessionSaysWhereNeverWhat() {
        let text =
            #"{"schemaVersion": 1, "id": "g1", "createdAt": "2026-01-01T10:00:00Z", "ideas": [{"id": "i", "text": "Secretword", "kind": "song"}]}"#
        #expect(throws: FormatProblem.self) { try PlanJSON.decode(GroupSession.self, from: Data(text.utf8)) }
        do {
            _ = try PlanJSON.decode(GroupSession.self, from: Data(text.utf8))
        } catch {
            #expect(error.path == "ideas[0].kind")
            #expect(!error.description.contains("Secretword"))
        }
    }

    @Test func theQuestionsAreTheStrengthsQuestionsWordForWordThenThePlaces() {
        let prompts = GroupPrompts.standard
        #expect(prompts.count == 6)
        for prompt in prompts.dropLast() {
            #expect(prompt.kind == .strengths)
            #expect(StrengthPrompts.all.contains { $0.question == prompt.text })
        }
        #expect(
            prompts.last == GroupPrompt(id: "places", text: "Places and groups round here that we like", kind: .places))
        #expect(Set(prompts.map(\.id)).count == prompts.count)
    }

    @Test func ideasAreTrimmedTakeTheirQuestionsKindAndBelongToTheGroupOrAMember() throws {
        var session = GroupSamples.session()
        try session.apply(
            .addIdea(GroupIdea(id: "a", text: "  The park café ", kind: .strength, promptID: "places")),
            now: Samples.later)
        #expect(session.ideas == [GroupIdea(id: "a", text: "The park café", kind: .place, promptID: "places")])
        #expect(session.updatedAt == Samples.later)
        #expect(session.owner(of: session.ideas[0]) == "the group")
        let before = session
        #expect(throws: EditRejection("Please type the idea.")) {
            try session.apply(
                .addIdea(GroupIdea(id: "b", text: " ", kind: .strength, promptID: "q1")), now: Samples.later)
        }
        #expect(throws: EditRejection("That person is not in this group.")) {
            try session.apply(
                .addIdea(GroupIdea(id: "b", text: "Kind", kind: .strength, promptID: "q1", forMember: "m9")),
                now: Samples.later)
        }
        #expect(throws: EditRejection("That question is no longer there.")) {
            try session.apply(
                .addIdea(GroupIdea(id: "b", text: "Kind", kind: .strength, promptID: "q99")), now: Samples.later)
        }
        #expect(session == before)
        try session.apply(
            .updateIdea(GroupIdea(id: "a", text: "Park café", kind: .place, promptID: "places", forMember: "m3")),
            now: Samples.later)
        #expect(session.owner(of: session.ideas[0]) == "Jo")
        try session.apply(.placeAdded(ideaID: "a", directoryID: "d7"), now: Samples.later)
        #expect(session.ideas[0].directoryID == "d7")
        try session.apply(.deleteIdea(id: "a"), now: Samples.later)
        #expect(session.ideas.isEmpty)
    }

    @Test func aReviewIsKeptWithTheMemberAndAPlanStartedForThemToo() throws {
        var session = GroupSamples.withIdeas()
        let review = MemberReview(day: Samples.day("2026-01-02"), added: ["i3"], declined: ["i4"], startedPlan: true)
        try session.apply(.reviewed(memberID: "m3", review, planID: "new-plan"), now: Samples.later)
        #expect(session.members[2] == GroupMember(id: "m3", name: "Jo", planID: "new-plan", review: review))
        #expect(throws: EditRejection("That item is no longer there.")) {
            try session.apply(.reviewed(memberID: "m9", review, planID: nil), now: Samples.later)
        }
    }

    @Test func twoPeopleWithOneFirstNameAreToldApartWithoutTheirSurnames() {
        let session = GroupSession(
            id: "g", createdAt: Samples.created,
            members: [
                GroupMember(id: "1", name: "Sam", planID: "p1"), GroupMember(id: "2", name: "Jo"),
                GroupMember(id: "3", name: "sam"),
            ])
        #expect(session.members.map(\.name) == ["Sam", "Jo", "sam 2"])
    }

    @Test func theFirstNameIsTheFirstWord() {
        #expect(GroupMember.firstName(of: " Robin Hale ") == "Robin")
        #expect(GroupMember.firstName(of: "Zoë") == "Zoë")
    }
}
