import AssetMapCore

/// The community directory on screen: its entries, what is typed to find one, and what can be undone.
public struct DirectoryState: Equatable, Sendable {
    public var directory = CommunityDirectory()
    public var isLoaded = false
    public var search: TextFieldState?
    /// Indices into `directory.entries` shown after the search, in name order.
    public var shown: [Int] = []
    public var selection = 0
    public var showsDetails = false
    /// Changes that take back what was done here, most recent last.
    public var undo: [DirectoryAction] = []
    /// Why the directory file could not be read or changed, when it could not.
    public var problem: String?

    public init() {}

    public var selectedEntry: CommunityAsset? {
        guard selection < shown.count, shown[selection] < directory.entries.count else { return nil }
        return directory.entries[shown[selection]]
    }

    /// New entries from the file, keeping the same entry selected when it is still there.
    public mutating func replace(_ newDirectory: CommunityDirectory) {
        let selectedID = pendingSelection ?? selectedEntry?.id
        pendingSelection = nil
        directory = newDirectory
        isLoaded = true
        applySearch(keeping: selectedID)
    }

    /// Selects an entry by id, clearing a search that hides it.
    public mutating func select(_ id: String) {
        if let index = shown.firstIndex(where: { directory.entries[$0].id == id }) {
            selection = index
        } else {
            search = nil
            applySearch(keeping: id)
        }
        pendingSelection = shown.isEmpty ? id : nil
    }

    /// An entry to select once the directory has been read.
    var pendingSelection: String?

    public mutating func applySearch(keeping selectedID: String? = nil) {
        let keep = selectedID ?? selectedEntry?.id
        let query = SearchQuery(search?.text ?? "")
        shown = directory.entries.indices
            .filter { query.isEmpty || query.matches(folded: directory.entries[$0].searchText) }
            .sorted { directory.entries[$0].name.lowercased() < directory.entries[$1].name.lowercased() }
        selection = shown.firstIndex { directory.entries[$0].id == keep } ?? min(selection, max(0, shown.count - 1))
    }
}
