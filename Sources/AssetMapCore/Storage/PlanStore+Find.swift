import FoundationEssentials

extension PlanStore {
    public enum Match: Equatable, Sendable {
        case one(PlanSummary)
        case several([PlanSummary])
        case none
    }

    /// Finds a plan by its id, or by a name: an exact name first, then names containing every word typed.
    public func find(_ nameOrID: String) -> Match {
        let summaries = list().compactMap { entry -> PlanSummary? in
            if case .plan(let summary, _) = entry { return summary }
            return nil
        }
        let lowered = nameOrID.lowercased()
        if let byID = summaries.first(where: { $0.id.lowercased() == lowered }) { return .one(byID) }
        let folded = SearchQuery.fold(nameOrID.trimmed)
        let exact = summaries.filter { summary in
            [summary.name, summary.preferredName ?? ""].contains { SearchQuery.fold($0) == folded }
        }
        if exact.count == 1 { return .one(exact[0]) }
        if exact.count > 1 { return .several(exact) }
        let query = SearchQuery(nameOrID)
        guard !query.isEmpty else { return .none }
        let partial = summaries.filter { query.matches(folded: $0.searchKey) }
        switch partial.count {
        case 0: return .none
        case 1: return .one(partial[0])
        default: return .several(partial)
        }
    }
}
