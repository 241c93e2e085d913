extension Plan {
    /// Those on the map who know this one ("they know each other"), in the map's order.
    public func peopleKnown(by connectionID: String?) -> [Connection] {
        guard let connectionID else { return [] }
        let others = Set(
            links.compactMap { link -> String? in
                link.a == connectionID ? link.b : link.b == connectionID ? link.a : nil
            })
        return network.filter { others.contains($0.id) }
    }
}
