import FoundationEssentials

/// The wording of what a merge keeps: "Also written on Ola's laptop on 3 December: Sam on the map, what they
/// give: lifts to the shops".
enum MergeWords {
    /// Keys whose values are choices, dates, numbers or ids rather than words someone typed.
    static let notWords: Set<String> = [
        "id", "a", "b", "ring", "kind", "feeling", "owner", "status", "recentEvent", "by", "placement", "private",
        "due", "date", "reviewOn", "checkedOn", "createdAt", "updatedAt", "schemaVersion", "complete", "given",
        "answers", "who", "domain", "assetIds", "connectionIds", "communityLinks", "notForMe",
    ]

    static let fields: [String: String] = [
        "goodLife": "what a good life looks like", "name": "name", "preferredName": "preferred name",
        "pronouns": "pronouns", "keyworker": "keyworker", "keyworkerContact": "how to reach the keyworker",
        "consent": "consent", "note": "note", "gives": "what they give", "receives": "what they get back",
        "contact": "contact", "text": "words", "title": "title", "why": "why it matters", "whatHelps": "what helps",
        "risk": "the plan for taking a chance", "benefits": "what could go well", "risks": "what could go wrong",
        "contingency": "what we will do", "notTakenBecause": "why not", "recentEventText": "the recent event",
        "notes": "notes", "label": "label", "what": "what it is", "where": "where", "when": "when", "cost": "cost",
        "travel": "how to get there", "access": "access", "tags": "tags", "addedBy": "added by",
    ]

    static let items: [String: String] = [
        "network": "%@ on the map", "assets": "the strength “%@”", "goals": "the goal “%@”", "steps": "the step “%@”",
        "barriers": "“%@” in the way", "checks": "the wellbeing check of %@", "notes": "the note of %@",
        "steppingBack": "stepping back: %@", "snapshots": "the snapshot “%@”", "entries": "%@ in the directory",
    ]

    /// The words someone wrote in a value that did not stay, or nil when it held none.
    static func words(in value: JSONValue, key: String?) -> String? {
        if let key, notWords.contains(key) { return nil }
        var found: [String] = []
        collect(value, into: &found)
        let text = found.joined(separator: "; ")
        return text.isEmpty ? nil : text
    }

    private static func collect(_ value: JSONValue, into found: inout [String]) {
        switch value {
        case .string(let text):
            let trimmed = text.trimmed
            if !trimmed.isEmpty { found.append(trimmed) }
        case .array(let values):
            for value in values { collect(value, into: &found) }
        case .object(let object):
            for key in object.keys.sorted() where !notWords.contains(key) { collect(object[key]!, into: &found) }
        case .null, .bool, .number:
            break
        }
    }

    /// Where in the plan the words were: "Sam on the map, what they give".
    static func place(_ path: [JSONMerge.Step]) -> String? {
        var parts: [String] = []
        var list: String?
        for step in path {
            switch step {
            case .key(let key):
                list = key
                if key != "person", items[key] == nil || step == path.last { parts.append(fields[key] ?? key) }
            case .item(_, let label):
                let pattern = list.flatMap { items[$0] } ?? "%@"
                parts.append(pattern.replacing("%@", with: shortened(label ?? "an entry")))
            case .index:
                break
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    static func alsoWritten(by source: MergeSource, place: String?, words: String) -> String {
        let day = CalendarDay(source.changedAt)
        let when = "\(day.day) \(DayText.monthNames[day.month - 1])"
        let laptop =
            source.writer.trimmed.isEmpty
            ? "another laptop" : "\(source.writer)'s laptop"
        let whereText = place.map { "\($0): " } ?? ""
        return "Also written on \(laptop) on \(when): \(whereText)\(words)"
    }

    private static func shortened(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        return line.count > 40 ? String(line.prefix(39)) + "…" : line
    }

    /// The same kept words get the same note id on every laptop, so merging twice never adds them twice.
    static func noteID(plan: String, text: String) -> String {
        let first = fnv(plan + "\u{0}" + text, seed: 0xcbf2_9ce4_8422_2325)
        let second = fnv(text + "\u{0}" + plan, seed: 0x8422_2325_cbf2_9ce4)
        let hex = String(printf: "%016llx%016llx", first, second)
        let chars = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }.joined(separator: "-")
    }

    private static func fnv(_ text: String, seed: UInt64) -> UInt64 {
        var hash = seed
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
