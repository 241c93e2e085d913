import FoundationEssentials

/// A plan's id names its files (`plans/<id>.json`, `locks/<id>.lock`), so only an id in the usual form
/// (a UUID) is ever used in a path: anything else could reach outside the data folder.
public enum PlanID {
    public static func isUsual(_ id: String) -> Bool {
        id.utf8.count == 36 && UUID(uuidString: id) != nil
    }

    /// Ids differing only in upper and lower case are the same id.
    public static func key(_ id: String) -> String {
        id.lowercased()
    }

    /// Throws unless the id can be part of a path.
    static func check(_ id: String, path: String) throws(StorageError) {
        guard isUsual(id) else { throw StorageError(.unusualID, path: path) }
    }
}
