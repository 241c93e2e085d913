import FoundationEssentials

/// Which of the two versions being merged: this data folder's, or the one brought in from the team.
public enum MergeSide: Equatable, Sendable {
    case ours, theirs
}

/// Three versions of one JSON document merged field by field against the version both started from.
///
/// Objects merge key by key; lists whose items carry an `id` merge item by item; lists of ids merge as sets;
/// other lists of the same length merge place by place. Where both sides changed the same field differently,
/// the side that changed later stays and the other's value is recorded as a `Clash`, so nothing typed is lost.
/// An item deleted on one side and changed on the other comes back. Keys this version does not know merge
/// like any other, so they are kept.
struct JSONMerge {
    /// One step into a document: a key of an object, an item of a list by its id, or a place in a list.
    enum Step: Equatable {
        case key(String)
        case item(id: String, label: String?)
        case index(Int)
    }

    /// A field both sides changed differently. `lost` is what the side that did not stay had there.
    struct Clash: Equatable {
        var path: [Step]
        var lost: JSONValue
        var lostSide: MergeSide
    }

    /// Lists of ids that mean "these, in any order": added on either side is added, taken off on either is gone.
    static let setKeys: Set<String> = ["communityLinks", "notForMe", "assetIds", "connectionIds", "tags"]

    let later: MergeSide
    private(set) var clashes: [Clash] = []

    init(later: MergeSide) {
        self.later = later
    }

    mutating func merge(_ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?, at path: [Step] = [])
        -> JSONValue?
    {
        if ours == theirs { return ours }
        if base == ours { return theirs }
        if base == theirs { return ours }
        switch (ours, theirs) {
        case (.object(let mine)?, .object(let other)?):
            return .object(mergeObjects(base?.object ?? [:], mine, other, at: path))
        case (.array(let mine)?, .array(let other)?):
            let original = base?.array ?? []
            if let merged = mergeLists(original, mine, other, at: path) { return .array(merged) }
        default:
            break
        }
        return clash(ours, theirs, at: path)
    }

    /// Keeps the later side's value and records the other's.
    private mutating func clash(_ ours: JSONValue?, _ theirs: JSONValue?, at path: [Step]) -> JSONValue? {
        let kept = later == .ours ? ours : theirs
        let lost = later == .ours ? theirs : ours
        if let lost { clashes.append(Clash(path: path, lost: lost, lostSide: later == .ours ? .theirs : .ours)) }
        return kept
    }

    private mutating func mergeObjects(
        _ base: JSONObject, _ ours: JSONObject, _ theirs: JSONObject,
        at path: [Step]
    ) -> JSONObject {
        var result = JSONObject()
        let keys = Set(base.keys).union(ours.keys).union(theirs.keys).sorted()
        for key in keys {
            let merged: JSONValue?
            switch key {
            case "updatedAt": merged = Self.latest(ours[key], theirs[key])
            case "schemaVersion": merged = Self.highest(ours[key], theirs[key])
            default: merged = merge(base[key], ours[key], theirs[key], at: path + [.key(key)])
            }
            if let merged { result[key] = merged }
        }
        return result
    }

    /// Nil when the lists are not of a kind merged item by item; the whole list is then one field.
    private mutating func mergeLists(
        _ base: [JSONValue], _ ours: [JSONValue], _ theirs: [JSONValue],
        at path: [Step]
    ) -> [JSONValue]? {
        if let baseItems = Self.identified(base), let ourItems = Self.identified(ours),
            let theirItems = Self.identified(theirs)
        {
            return mergeItems(baseItems, ourItems, theirItems, at: path)
        }
        if case .key(let key)? = path.last, Self.setKeys.contains(key) {
            return Self.mergeSets(base, ours, theirs)
        }
        guard ours.count == theirs.count, base.count == ours.count else { return nil }
        return ours.indices.map { index in
            merge(base[index], ours[index], theirs[index], at: path + [.index(index)]) ?? .null
        }
    }

    private mutating func mergeItems(
        _ base: [(String, JSONValue)], _ ours: [(String, JSONValue)], _ theirs: [(String, JSONValue)],
        at path: [Step]
    ) -> [JSONValue] {
        let baseByID = Dictionary(base, uniquingKeysWith: { first, _ in first })
        let oursByID = Dictionary(ours, uniquingKeysWith: { first, _ in first })
        let theirsByID = Dictionary(theirs, uniquingKeysWith: { first, _ in first })
        let order = Self.order(base: base.map(\.0), ours: ours.map(\.0), theirs: theirs.map(\.0))
        var result: [JSONValue] = []
        for id in order {
            let original = baseByID[id]
            let mine = oursByID[id]
            let other = theirsByID[id]
            let label = Self.label(of: mine ?? other ?? original)
            switch (mine, other) {
            case (nil, nil):
                continue
            case (let kept?, nil), (nil, let kept?):
                // Deleted on one side: it stays deleted unless the other side changed it, and then it comes back.
                if original == nil || original != kept { result.append(kept) }
            case (let mine?, let other?):
                if let merged = merge(original, mine, other, at: path + [.item(id: id, label: label)]) {
                    result.append(merged)
                }
            }
        }
        return result
    }

    /// The order of a merged list: the side that reordered what both had keeps its order, and items new on
    /// the other side go in after the item they followed there.
    static func order(base: [String], ours: [String], theirs: [String]) -> [String] {
        let theirsSet = Set(theirs)
        let oursSet = Set(ours)
        let commonOurs = ours.filter { theirsSet.contains($0) }
        let commonBase = base.filter { oursSet.contains($0) && theirsSet.contains($0) }
        let (skeleton, other) = commonOurs == commonBase ? (theirs, ours) : (ours, theirs)
        var result = skeleton
        var seen = Set(skeleton)
        var previous: String?
        for id in other {
            if seen.contains(id) {
                previous = id
                continue
            }
            let at = previous.flatMap { result.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            result.insert(id, at: at)
            seen.insert(id)
            previous = id
        }
        return result
    }

    static func mergeSets(_ base: [JSONValue], _ ours: [JSONValue], _ theirs: [JSONValue]) -> [JSONValue] {
        let removed = Set(base).subtracting(ours).union(Set(base).subtracting(theirs))
        var result: [JSONValue] = []
        var seen = Set<JSONValue>()
        for value in ours + theirs where !removed.contains(value) && !seen.contains(value) {
            result.append(value)
            seen.insert(value)
        }
        return result
    }

    /// The items of a list with their ids, or nil when any item has no id.
    static func identified(_ list: [JSONValue]) -> [(String, JSONValue)]? {
        var items: [(String, JSONValue)] = []
        for value in list {
            guard case .object(let object) = value, case .string(let id)? = object["id"] else { return nil }
            items.append((id, value))
        }
        return items
    }

    static func label(of item: JSONValue?) -> String? {
        guard case .object(let object)? = item else { return nil }
        for key in ["name", "title", "label", "text", "date"] {
            if case .string(let text)? = object[key], !text.trimmed.isEmpty { return text }
        }
        return nil
    }

    static func latest(_ ours: JSONValue?, _ theirs: JSONValue?) -> JSONValue? {
        guard case .string(let mine)? = ours, case .string(let other)? = theirs,
            let first = Timestamp.parse(mine), let second = Timestamp.parse(other)
        else { return ours ?? theirs }
        return second > first ? theirs : ours
    }

    static func highest(_ ours: JSONValue?, _ theirs: JSONValue?) -> JSONValue? {
        guard case .number(let mine)? = ours, case .number(let other)? = theirs else { return ours ?? theirs }
        return other > mine ? theirs : ours
    }
}

extension JSONValue {
    var object: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let array) = self { return array }
        return nil
    }
}
