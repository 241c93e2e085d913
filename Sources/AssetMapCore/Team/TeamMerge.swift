import FoundationEssentials

/// Who changed one side of a merge, and when: the worker's name is used in the note that keeps their words.
public struct MergeSource: Equatable, Sendable {
    public var writer: String
    public var changedAt: Date

    public init(writer: String, changedAt: Date) {
        self.writer = writer
        self.changedAt = changedAt
    }
}

/// A merged file, and how many fields both sides had changed differently.
public struct MergeResult: Equatable, Sendable {
    public var data: Data
    public var clashes: Int
}

/// Merges the team's shared files three ways, in memory, on plain JSON: plans and the community directory.
public enum TeamMerge {
    /// Merges two versions of a plan against the version both started from (nil when both added it).
    /// Where both changed the same field, the plan changed later keeps its words and the other's are kept as a
    /// dated note on the plan. Throws when a version is not a plan, naming where; then nothing should be written.
    public static func plan(
        base: Data?, ours: Data, theirs: Data, ourSource: MergeSource,
        theirSource: MergeSource
    ) throws(FormatProblem) -> MergeResult {
        let ourPlan = try PlanJSON.decode(Plan.self, from: ours)
        let theirPlan = try PlanJSON.decode(Plan.self, from: theirs)
        let original = try base.map { data throws(FormatProblem) in try json(data) }
        let later = laterSide(ourPlan.updatedAt, theirPlan.updatedAt, ours: ours, theirs: theirs)
        var merger = JSONMerge(later: later)
        let merged = merger.merge(original, try json(ours), try json(theirs))
        var plan = try PlanJSON.decode(Plan.self, from: try encode(merged))
        let sources = [
            MergeSide.ours: MergeSource(writer: ourSource.writer, changedAt: ourPlan.updatedAt),
            .theirs: MergeSource(writer: theirSource.writer, changedAt: theirPlan.updatedAt),
        ]
        var kept = 0
        for clash in merger.clashes {
            guard let words = MergeWords.words(in: clash.lost, key: clash.path.lastKey),
                let source = sources[clash.lostSide]
            else { continue }
            let text = MergeWords.alsoWritten(by: source, place: MergeWords.place(clash.path), words: words)
            let id = MergeWords.noteID(plan: plan.id, text: text)
            kept += 1
            guard !plan.notes.contains(where: { $0.id == id }) else { continue }
            plan.notes.append(Note(id: id, date: CalendarDay(source.changedAt), text: text))
        }
        return MergeResult(data: try encode(plan), clashes: kept)
    }

    /// Merges what is on screen with the plan's file as changed elsewhere, against the version both came from.
    /// Nil when anything clashes, so that the person is asked rather than anything chosen for them.
    public static func withoutClashes(base: Plan, ours: Plan, theirs: Plan) -> Plan? {
        guard let original = try? json(encode(base)), let mine = try? json(encode(ours)),
            let other = try? json(encode(theirs))
        else {
            return nil
        }
        var merger = JSONMerge(later: .theirs)
        guard let merged = merger.merge(original, mine, other), merger.clashes.isEmpty, let data = try? encode(merged)
        else { return nil }
        return try? PlanJSON.decode(Plan.self, from: data)
    }

    /// Merges two versions of `community.json`. The directory has no notes of its own, so where both changed a
    /// field the later change stays and the other's words follow it in brackets.
    public static func directory(
        base: Data?, ours: Data, theirs: Data, ourSource: MergeSource,
        theirSource: MergeSource
    ) throws(FormatProblem) -> MergeResult {
        _ = try PlanJSON.decode(CommunityDirectory.self, from: ours)
        _ = try PlanJSON.decode(CommunityDirectory.self, from: theirs)
        let original = try base.map { data throws(FormatProblem) in try json(data) }
        let later = laterSide(ourSource.changedAt, theirSource.changedAt, ours: ours, theirs: theirs)
        var merger = JSONMerge(later: later)
        guard var merged = merger.merge(original, try json(ours), try json(theirs)) else {
            throw FormatProblem(path: "", reason: "is empty")
        }
        var kept = 0
        for clash in merger.clashes {
            guard let words = MergeWords.words(in: clash.lost, key: clash.path.lastKey) else { continue }
            let source = clash.lostSide == .ours ? ourSource : theirSource
            let also = MergeWords.alsoWritten(by: source, place: nil, words: words)
            merged.append(also, at: clash.path)
            kept += 1
        }
        let directory = try PlanJSON.decode(CommunityDirectory.self, from: try encode(merged))
        return MergeResult(data: try encode(directory), clashes: kept)
    }

    /// The side changed later; on the same second, the same side on every laptop, so that all reach one result.
    static func laterSide(_ ours: Date, _ theirs: Date, ours ourData: Data, theirs theirData: Data) -> MergeSide {
        if ours != theirs { return ours > theirs ? .ours : .theirs }
        return ourData.lexicographicallyPrecedes(theirData) ? .theirs : .ours
    }

    static func json(_ data: Data) throws(FormatProblem) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw FormatProblem(path: "", reason: "is not valid JSON")
        }
    }

    static func encode<T: Encodable>(_ value: T) throws(FormatProblem) -> Data {
        do {
            return try PlanJSON.encode(value)
        } catch {
            throw FormatProblem(path: "", reason: "could not be written")
        }
    }
}

extension [JSONMerge.Step] {
    var lastKey: String? {
        for step in reversed() {
            if case .key(let key) = step { return key }
        }
        return nil
    }
}

extension JSONValue {
    /// Adds words after the text at a path, or puts them there when the field was emptied.
    mutating func append(_ words: String, at path: [JSONMerge.Step]) {
        guard let step = path.first else {
            if case .string(let text) = self, !text.isEmpty {
                self = .string(text + " (" + words + ")")
            } else {
                self = .string(words)
            }
            return
        }
        switch (self, step) {
        case (.object(var object), .key(let key)):
            var value = object[key] ?? .string("")
            value.append(words, at: Array(path.dropFirst()))
            object[key] = value
            self = .object(object)
        case (.array(var items), .item(let id, _)):
            guard let index = items.firstIndex(where: { $0.object?["id"] == .string(id) }) else { return }
            items[index].append(words, at: Array(path.dropFirst()))
            self = .array(items)
        case (.array(var items), .index(let index)) where items.indices.contains(index):
            items[index].append(words, at: Array(path.dropFirst()))
            self = .array(items)
        default:
            return
        }
    }
}
