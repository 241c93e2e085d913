import FoundationEssentials

extension PlanStore {
    /// A plan found in the folder, and the file it is in: two files may hold the same id, never the same file.
    public struct Found: Equatable, Sendable {
        public var summary: PlanSummary
        public var path: String
    }

    public enum Match: Equatable, Sendable {
        case one(Found)
        case several([Found])
        case none
    }

    /// Finds a plan by its id (upper and lower case alike), or by a name: an exact name first, then names
    /// containing every word typed.
    public func find(_ nameOrID: String) -> Match {
        let plans = list().compactMap { entry -> Found? in
            if case .plan(let summary, let path, _) = entry { return Found(summary: summary, path: path) }
            return nil
        }
        let key = PlanID.key(nameOrID.trimmed)
        let byID = plans.filter { PlanID.key($0.summary.id) == key }
        if let only = byID.first { return byID.count == 1 ? .one(only) : .several(byID) }
        let folded = SearchQuery.fold(nameOrID.trimmed)
        let exact = plans.filter { found in
            [found.summary.name, found.summary.preferredName ?? ""].contains { SearchQuery.fold($0) == folded }
        }
        if exact.count == 1 { return .one(exact[0]) }
        if exact.count > 1 { return .several(exact) }
        let query = SearchQuery(nameOrID)
        guard !query.isEmpty else { return .none }
        let partial = plans.filter { query.matches(folded: $0.summary.searchKey) }
        switch partial.count {
        case 0: return .none
        case 1: return .one(partial[0])
        default: return .several(partial)
        }
    }
}
