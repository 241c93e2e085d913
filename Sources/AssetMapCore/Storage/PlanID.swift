import FoundationEssentials

/// A plan's id names its files (`plans/<id>.json`, `locks/<id>.lock`), so only an id in the usual form
/// (a UUID) is ever used in a path: anything else could reach outside the data folder.
public enum PlanID {
    public static func isUsual(_ id: String) -> Bool {
        id.utf8.count == 36 && (isPlainUUID(id) || UUID(uuidString: id) != nil)
    }

    /// Hex digits in groups of 8, 4, 4, 4 and 12 joined by hyphens: what every id assetmap makes looks like, and what
    /// `UUID` reads. Told apart without it, as `UUID` reads with `sscanf`: a sixth of the time listing a caseload took.
    static func isPlainUUID(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { bytes in
            guard bytes.count == 36 else { return false }
            for (offset, byte) in bytes.enumerated() {
                let hyphenHere = offset == 8 || offset == 13 || offset == 18 || offset == 23
                let isHex = (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
                guard hyphenHere ? byte == UInt8(ascii: "-") : isHex else { return false }
            }
            return true
        }
    }

    /// Ids differing only in upper and lower case are the same id. An id in lower case already, as assetmap makes
    /// them, is its own key without being made again.
    public static func key(_ id: String) -> String {
        id.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) } ? id : id.lowercased()
    }

    /// Throws unless the id can be part of a path.
    static func check(_ id: String, path: String) throws(StorageError) {
        guard isUsual(id) else { throw StorageError(.unusualID, path: path) }
    }
}
