import AssetMapCore
import FoundationEssentials
import Synchronization

/// One line of the caseload.
public struct CaseloadRow: Equatable, Sendable {
    public enum Content: Equatable, Sendable {
        case plan(PlanSummary)
        case unreadable(reason: String)
    }

    public var content: Content
    public var path: String
    /// Another file holds a plan with the same id; the row says so, and opens and bins its own file.
    public var sharesID: Bool
    /// Kept beside the content so finding does not take each summary apart at every key.
    let searchKey: String

    public init(content: Content, path: String, sharesID: Bool = false) {
        self.content = content
        self.path = path
        self.sharesID = sharesID
        switch content {
        case .plan(let summary): searchKey = summary.searchKey
        case .unreadable: searchKey = ""
        }
    }

    public var summary: PlanSummary? {
        if case .plan(let summary) = content { return summary }
        return nil
    }
}

/// How the data folder stands with its team, for the caseload's title: when it last synced.
public struct TeamLine: Equatable, Sendable {
    /// Nil before the first sync finished.
    public var lastSync: Date?
    public var isSyncing = false

    public init(lastSync: Date?) {
        self.lastSync = lastSync
    }

    /// "synced today at 10:44", said from the time itself so the screen needs no clock.
    func text(today: CalendarDay) -> String {
        if isSyncing { return "syncing…" }
        guard let lastSync else { return "not synced yet" }
        return "synced " + DayText.moment(lastSync, today: today)
    }
}

public struct CaseloadState: Equatable, Sendable {
    /// Nil when the data folder is not in a team.
    public var team: TeamLine?
    public private(set) var rows: [CaseloadRow] = []
    /// How many rows are plans (not files that could not be read), counted once when the rows come.
    public private(set) var planCount = 0
    /// What is typed after `/`; nil when not searching.
    public var search: TextFieldState?
    /// Indices into `rows` of those shown, after the search.
    public var shown: [Int] = []
    /// Index into `shown`.
    public var selection = 0
    public var isLoaded = false
    /// The plan just moved to the bin, so `u` can bring it back.
    public var lastBinned: Binned?
    /// The rows as drawn, made once for these rows rather than at every key.
    private(set) var drawn = DrawnRows()

    public struct Binned: Equatable, Sendable {
        /// Where the plan's file was, and so where it goes back to.
        public var path: String
        public var binPath: String
    }

    public init() {}

    public var selectedRow: CaseloadRow? {
        guard selection < shown.count, shown[selection] < rows.count else { return nil }
        return rows[shown[selection]]
    }

    /// New rows from the store, keeping the same plan selected when it is still there.
    public mutating func replaceRows(_ newRows: [CaseloadRow]) {
        let selectedPath = selectedRow?.path
        rows = newRows
        drawn = DrawnRows()
        planCount = newRows.count { $0.summary != nil }
        applySearch(keeping: selectedPath)
    }

    /// Recomputes which rows show for the search, keeping the same plan selected when it still shows.
    public mutating func applySearch() {
        applySearch(keeping: selectedRow?.path)
    }

    private mutating func applySearch(keeping selectedPath: String?) {
        let query = SearchQuery(search?.text ?? "")
        shown = query.isEmpty ? Array(rows.indices) : rows.indices.filter { query.matches(folded: rows[$0].searchKey) }
        selection = shown.firstIndex { rows[$0].path == selectedPath } ?? 0
    }
}

/// Each caseload row drawn into cells the first time it shows at a width on a day, then kept: moving the selection or
/// typing in find changes no row's text, so a key redraws a long caseload by copying cells, without building any row.
/// Belongs to one set of rows (`replaceRows` starts a new one); it is not part of the state's value, so it never
/// makes two states differ. At most `kept` rows are held, so paging through thousands of plans does not fill the memory.
struct DrawnRows: Equatable, Sendable {
    static let kept = 512

    private final class Store: Sendable {
        let drawn = Mutex<(width: Int?, today: CalendarDay?, rows: [Int: ListView.DrawnRow])>((nil, nil, [:]))
    }

    private let store = Store()

    /// Row `index` drawn: the kept one, or `make`'s, which is then kept.
    func row(_ index: Int, width: Int, today: CalendarDay, make: () -> ListView.DrawnRow) -> ListView.DrawnRow {
        store.drawn.withLock { kept in
            if kept.width != width || kept.today != today {
                kept = (width, today, [:])
            }
            if let row = kept.rows[index] { return row }
            if kept.rows.count >= Self.kept { kept.rows.removeAll(keepingCapacity: true) }
            let row = make()
            kept.rows[index] = row
            return row
        }
    }

    static func == (_: DrawnRows, _: DrawnRows) -> Bool { true }
}
