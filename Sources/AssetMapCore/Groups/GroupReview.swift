/// The end of a group: what each member is offered for their own plan, and the plan changes for what they chose.
/// Nothing reaches a plan except through these, one member at a time.
public enum GroupReview {
    /// A member's own ideas (as strengths), then the places named for the whole group or for them (as places
    /// they could connect with).
    public static func offers(for member: GroupMember, in session: GroupSession) -> [GroupIdea] {
        let own = session.ideas.filter { $0.kind == .strength && $0.forMember == member.id }
        let places = session.ideas.filter { $0.kind == .place && ($0.forMember == nil || $0.forMember == member.id) }
        return own + places
    }

    /// The plan's own editing actions for the ideas chosen: a strength of the person's, or a place on ring 5 ("could
    /// connect with"), linked to its directory entry when it has one. What the plan has already is not added twice.
    public static func actions(
        for chosen: [GroupIdea], plan: Plan, directory: CommunityDirectory,
        newID: () -> String
    ) -> [PlanAction] {
        var actions: [PlanAction] = []
        var strengths = Set(plan.assets.filter { $0.owner == .person }.map { SearchQuery.fold($0.text.trimmed) })
        var onTheMap = Set(plan.network.map { SearchQuery.fold($0.name.trimmed) })
        var linked = Set(plan.communityLinks)
        for idea in chosen {
            switch idea.kind {
            case .strength:
                guard strengths.insert(SearchQuery.fold(idea.text.trimmed)).inserted else { continue }
                actions.append(.addAsset(Asset(id: newID(), owner: .person, kind: .strength, text: idea.text)))
            case .place:
                let entry = idea.directoryID.flatMap(directory.entry)
                let name = entry?.name ?? idea.text
                if onTheMap.insert(SearchQuery.fold(name.trimmed)).inserted {
                    var connection = Connection(
                        id: newID(), name: name, ring: 5,
                        kind: .guessed(from: [name, entry?.what ?? ""] + (entry?.tags ?? [])),
                        feeling: .supportive, gives: entry?.what ?? "")
                    connection.contact = entry?.contact
                    actions.append(.addConnection(connection))
                }
                if let entry, linked.insert(entry.id).inserted { actions.append(.linkCommunity(id: entry.id)) }
            }
        }
        return actions
    }
}

extension ConnectionKind {
    /// A place or a group, from the words describing it: a choir or a club is a group, a library a place.
    public static func guessed(from words: [String]) -> ConnectionKind {
        let text = SearchQuery.fold(words.joined(separator: " "))
        return ["group", "club", "class", "choir", "team", "society"].contains { text.contains($0) } ? .group : .place
    }
}
