import FoundationEssentials

/// Every change to a group session. Screens send these; only `GroupSession.apply` makes them.
public enum GroupAction: Equatable, Sendable {
    case addIdea(GroupIdea)
    case updateIdea(GroupIdea)
    case deleteIdea(id: String)
    /// A place the group named is in the community directory now, as this entry.
    case placeAdded(ideaID: String, directoryID: String)
    /// A member chose what goes into their plan; `planID` is the plan it went into (one started just now, too).
    case reviewed(memberID: String, MemberReview, planID: String?)
}

extension GroupSession {
    /// Applies a change, or rejects it and leaves the session as it was.
    public mutating func apply(_ action: GroupAction, now: Date) throws(EditRejection) {
        var draft = self
        switch action {
        case .addIdea(let idea):
            try draft.ideas.insertNew(try draft.validated(idea))
        case .updateIdea(let idea):
            try draft.ideas.replace(try draft.validated(idea))
        case .deleteIdea(let id):
            try draft.ideas.remove(id: id)
        case .placeAdded(let ideaID, let directoryID):
            let index = try draft.ideas.index(of: ideaID)
            guard draft.ideas[index].kind == .place else {
                throw EditRejection("Only places and groups go in the directory.")
            }
            draft.ideas[index].directoryID = directoryID
        case .reviewed(let memberID, let review, let planID):
            let index = try draft.members.index(of: memberID)
            draft.members[index].review = review
            if let planID { draft.members[index].planID = planID }
        }
        draft.updatedAt = Timestamp.wholeSeconds(now)
        self = draft
    }

    /// An idea is under one of the session's questions, for the group or one of its members, and of the
    /// question's kind.
    private func validated(_ idea: GroupIdea) throws(EditRejection) -> GroupIdea {
        guard let text = idea.text.nonEmpty else { throw EditRejection("Please type the idea.") }
        guard let prompt = prompts.first(where: { $0.id == idea.promptID }) else {
            throw EditRejection("That question is no longer there.")
        }
        if let member = idea.forMember, self.member(member) == nil {
            throw EditRejection("That person is not in this group.")
        }
        var clean = idea
        clean.text = text
        clean.kind = prompt.kind == .places ? .place : .strength
        return clean
    }
}
