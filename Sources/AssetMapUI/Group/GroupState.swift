import AssetMapCore

/// A group session on screen: the session as saved, where the group has got to, and the end review.
/// Nothing from anyone's plan is ever held here, so nothing from one can be drawn.
public struct GroupState: Equatable, Sendable {
    public enum Stage: Equatable, Sendable {
        /// The opening page: what happens, and that only what the group writes is on screen.
        case welcome
        /// A question, by its place in the session's list.
        case prompt(Int)
        case review(GroupReviewState)
    }

    public var session: GroupSession
    public var stage: Stage = .welcome
    /// The idea selected under the question showing.
    public var selection = 0

    public init(session: GroupSession) {
        self.session = session
    }

    var keyContext: KeyContext {
        if case .review = stage { return .groupReview }
        return .group
    }

    var promptIndex: Int? {
        if case .prompt(let index) = stage { return index }
        return nil
    }

    var prompt: GroupPrompt? {
        promptIndex.flatMap { session.prompts.indices.contains($0) ? session.prompts[$0] : nil }
    }

    /// The ideas written under the question showing, in the order written.
    var ideasShown: [GroupIdea] {
        prompt.map { session.ideas(under: $0.id) } ?? []
    }

    var selectedIdea: GroupIdea? {
        let ideas = ideasShown
        return selection < ideas.count ? ideas[selection] : nil
    }

    /// "Robin, Sam and Jo".
    var memberNames: String {
        let names = session.members.map(\.name)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }
}

/// The end of a group, one member at a time: each idea offered to them, and their yes or no.
public struct GroupReviewState: Equatable, Sendable {
    /// Which member, by their place in the session's list.
    public var member: Int
    /// Idea id → yes (into their plan) or no.
    public var answers: [String: Bool] = [:]
    public var selection = 0
    /// For a member without a plan: whether they want one started; nil until they have said.
    public var startPlan: Bool?
    /// Waiting for what they chose to reach their plan.
    public var sending = false

    public init(member: Int) {
        self.member = member
    }
}
