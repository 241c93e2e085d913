import AssetMapCore

/// The Strengths part of a plan: three lists (the person's, the worker's, the community's) and where the selection is.
public struct StrengthsState: Equatable, Sendable {
    public enum Column: Int, CaseIterable, Sendable {
        case person, worker, community

        public var title: String {
            switch self {
            case .person: return "What I'm good at and what I have"
            case .worker: return "What my worker brings"
            case .community: return "Places and groups near here"
            }
        }

        var owner: AssetOwner? {
            switch self {
            case .person: return .person
            case .worker: return .worker
            case .community: return nil
            }
        }
    }

    public var column: Column = .person
    /// The selected row in each column.
    public var rows: [Int] = [0, 0, 0]

    public init() {}

    public var row: Int {
        get { rows[column.rawValue] }
        set { rows[column.rawValue] = newValue }
    }
}

/// One line in a strengths column.
enum StrengthsItem: Equatable {
    case asset(Asset)
    /// A linked directory entry, or nil when the entry is no longer in the directory.
    case community(id: String, entry: CommunityAsset?)

    static func items(in column: StrengthsState.Column, plan: Plan, directory: CommunityDirectory) -> [StrengthsItem] {
        if let owner = column.owner {
            return plan.assets.filter { $0.owner == owner }.map { .asset($0) }
        }
        return plan.communityLinks.map { .community(id: $0, entry: directory.entry($0)) }
    }
}

extension StrengthsState {
    /// After adding, the new one is selected in its own list.
    mutating func selectLast(of owner: AssetOwner, in plan: Plan) {
        column = owner == .person ? .person : .worker
        row = max(0, plan.assets.count { $0.owner == owner } - 1)
    }
}
