/// A change to the community directory.
public enum DirectoryAction: Equatable, Sendable {
    case add(CommunityAsset)
    case update(CommunityAsset)
    case delete(id: String)
}

extension CommunityDirectory {
    /// Applies a change to the directory as it is now on disk. An edit of an entry that was deleted
    /// elsewhere puts it back, so nothing typed is lost. Returns a note when that happened.
    @discardableResult
    public mutating func apply(_ action: DirectoryAction) throws(EditRejection) -> String? {
        switch action {
        case .add(let entry):
            try entries.insertNew(try Self.validated(entry))
        case .update(let entry):
            let clean = try Self.validated(entry)
            guard let index = entries.firstIndex(where: { $0.id == entry.id }) else {
                entries.append(clean)
                return "It was deleted in another assetmap; it is back, with your changes."
            }
            entries[index] = clean
        case .delete(let id):
            entries.removeAll { $0.id == id }
        }
        return nil
    }

    static func validated(_ entry: CommunityAsset) throws(EditRejection) -> CommunityAsset {
        guard let name = entry.name.nonEmpty else { throw EditRejection("Please type its name.") }
        var clean = entry
        clean.name = name
        clean.what = entry.what.trimmed
        clean.tags = entry.tags.compactMap(\.nonEmpty)
        return clean
    }
}
