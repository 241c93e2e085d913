import AssetMapCore
import Foundation

/// A group of three for tests: two with plans in the caseload, one with a first name only.
public enum GroupSamples {
    public static let robinPlan = "0a0a0a0a-0000-4000-8000-00000000000a"
    public static let samPlan = "0b0b0b0b-0000-4000-8000-00000000000b"

    public static func session() -> GroupSession {
        GroupSession(
            id: "9e9e9e9e-0000-4000-8000-000000000009", createdAt: Samples.created, worker: "Priya",
            members: [
                GroupMember(id: "m1", name: "Robin", planID: robinPlan),
                GroupMember(id: "m2", name: "Sam", planID: samPlan),
                GroupMember(id: "m3", name: "Jo"),
            ])
    }

    /// The session with ideas: one each for Robin and Jo, one for the group, and two places, one in the directory.
    public static func withIdeas() -> GroupSession {
        var session = session()
        session.ideas = [
            GroupIdea(id: "i1", text: "Good at listening", kind: .strength, promptID: "q2", forMember: "m1"),
            GroupIdea(id: "i2", text: "We all make each other laugh", kind: .strength, promptID: "q2"),
            GroupIdea(id: "i3", text: "Brilliant baker", kind: .strength, promptID: "q4", forMember: "m3"),
            GroupIdea(id: "i4", text: "St Anne's choir", kind: .place, promptID: "places", directoryID: "d-choir"),
            GroupIdea(id: "i5", text: "The canal towpath", kind: .place, promptID: "places", forMember: "m2"),
        ]
        return session
    }

    public static let directory = CommunityDirectory(entries: [
        CommunityAsset(
            id: "d-choir", name: "St Anne's Community Choir", what: "Singing for everyone, no auditions",
            where: "St Anne's church hall", when: "Tuesdays 7pm", cost: "Free", contact: "Ask for Mo",
            tags: ["choir", "music"])
    ])
}
