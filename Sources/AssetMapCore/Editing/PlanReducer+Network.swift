extension PlanReducer {
    static func reduceNetwork(_ plan: inout Plan, _ action: PlanAction) throws(EditRejection) {
        switch action {
        case .addConnection(let connection):
            try plan.network.insertNew(try validated(connection))
        case .updateConnection(let connection):
            try plan.network.replace(try validated(connection))
        case .deleteConnection(let id):
            let removed = plan.network.remove(at: try plan.network.index(of: id))
            forgetConnection(removed, in: &plan)
        case .moveConnectionRing(let id, let inwards):
            let index = try plan.network.index(of: id)
            let ring = plan.network[index].ring + (inwards ? -1 : 1)
            guard Connection.rings.contains(ring) else {
                throw EditRejection(
                    inwards ? "That is already on the closest ring." : "That is already on the outer ring.")
            }
            plan.network[index].ring = ring
        case .reorderConnection(let id, let offset):
            try plan.network.shift(id: id, by: offset)
        case .placeConnection(let id, let placement):
            guard placement.isFinite else { throw EditRejection("That is not a place on the ring.") }
            plan.network[try plan.network.index(of: id)].placement = Connection.wrappedPlacement(placement)
        case .setLinks(let id, let links):
            try setLinks(of: id, to: links, in: &plan)
        default:
            preconditionFailure("not a network action")
        }
    }

    /// Every link must join this connection to someone else on the map, once; the rest of the links stay as they are.
    private static func setLinks(of id: String, to links: [ConnectionLink], in plan: inout Plan) throws(EditRejection) {
        _ = try plan.network.index(of: id)
        var others = Set<String>()
        for link in links {
            let other = link.a == id ? link.b : link.a
            guard link.involves(id), other != id, plan.network.contains(where: { $0.id == other }) else {
                throw EditRejection("That person is no longer on the map.")
            }
            guard others.insert(other).inserted else { throw EditRejection("They are linked already.") }
        }
        // Links that stay keep their place in the file, so a change writes back only what changed.
        let wanted = Dictionary(links.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let kept = plan.links.compactMap { $0.involves(id) ? wanted[$0.id] : $0 }
        let unrelated = Set(plan.links.filter { !$0.involves(id) }.map(\.id))
        guard unrelated.isDisjoint(with: wanted.keys) else { throw EditRejection("That item is already there.") }
        let keptIDs = Set(kept.map(\.id))
        plan.links = kept + links.filter { !keptIDs.contains($0.id) }
    }

    private static func validated(_ connection: Connection) throws(EditRejection) -> Connection {
        try requireText(connection.name, "Please type a name.")
        guard Connection.rings.contains(connection.ring) else { throw EditRejection("The ring must be from 1 to 5.") }
        var clean = connection
        clean.name = connection.name.trimmed
        return clean
    }

    /// Steps that pointed at a connection lose the link and keep a line saying who it was; "they know each
    /// other" links to it go, since one end is gone.
    private static func forgetConnection(_ connection: Connection, in plan: inout Plan) {
        plan.links.removeAll { $0.involves(connection.id) }
        for goalIndex in plan.goals.indices {
            for stepIndex in plan.goals[goalIndex].steps.indices {
                var step = plan.goals[goalIndex].steps[stepIndex]
                let linked = step.connectionIds.contains(connection.id)
                let helped = step.who == connection.id
                guard linked || helped else { continue }
                step.connectionIds.removeAll { $0 == connection.id }
                if helped { step.who = nil }
                step.removedLinks.append(connection.name)
                plan.goals[goalIndex].steps[stepIndex] = step
            }
        }
    }
}
