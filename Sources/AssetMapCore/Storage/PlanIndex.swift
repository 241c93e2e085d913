import FoundationEssentials

/// `caseload.index`: the caseload's line for every plan file with the file's fingerprint,
/// so that a caseload of thousands opens without reading every plan. It is only a cache: a file whose
/// fingerprint differs is read again, and an index that is missing or cannot be read is rebuilt from the
/// plans. It holds names, so it is sealed like the plans when the folder has a passphrase.
struct PlanIndex {
    struct Entry: Equatable {
        var fingerprint: FileFingerprint
        var summary: PlanSummary
    }

    /// By the plan file's name inside `plans/`.
    var entries: [String: Entry] = [:]

    /// The index as last written, or an empty one when there is none that can be used.
    static func read(_ folder: DataFolder, codec: FileCodec) -> PlanIndex {
        guard let stored = try? DurableFile.read(folder.index),
            let data = try? codec.unseal(stored, path: folder.index.path)
        else { return PlanIndex() }
        var index = PlanIndex()
        index.entries.reserveCapacity(IndexText.lineCount(of: data))
        let complete = IndexText.forEachLine(of: data) { fields in
            guard let file = fields.first ?? nil, let entry = Entry(fields: fields.dropFirst()) else { return false }
            index.entries[file] = entry
            return true
        }
        return complete ? index : PlanIndex()
    }

    /// Written whenever it changed. A failure is not reported: the caseload is right without the index,
    /// only slower to open, and the plans themselves are saved elsewhere.
    func write(_ folder: DataFolder, codec: FileCodec) {
        let lines = entries.sorted { $0.key < $1.key }.map { [$0.key] + $0.value.fields }
        guard let sealed = try? codec.seal(IndexText.encode(lines)) else { return }
        try? DurableFile.write(sealed, to: folder.index)
    }
}

extension PlanIndex.Entry {
    /// inode, size, modified (seconds, nanoseconds), id, name, preferred name, updated, next step (goal, step,
    /// text, due), wellbeing (date, total, answered, change), newer format, search key, then the community links.
    var fields: [String?] {
        let print = { (number: Int?) in number.map(String.init) }
        return [
            String(fingerprint.inode), String(fingerprint.size), String(fingerprint.modifiedSeconds),
            String(fingerprint.modifiedNanoseconds), summary.id, summary.name, summary.preferredName,
            String(summary.updatedAt.timeIntervalSinceReferenceDate),
            summary.nextStep?.goalID, summary.nextStep?.stepID, summary.nextStep?.text, summary.nextStep?.due?.iso,
            summary.wellbeing?.date.iso, print(summary.wellbeing?.total), print(summary.wellbeing?.answered),
            print(summary.wellbeing?.change), print(summary.newerSchemaVersion), summary.searchKey,
        ] + summary.communityLinks
    }

    init?(fields: ArraySlice<String?>) {
        // Counted from the slice's start, without copying it into an array of its own.
        let first = fields.startIndex
        func field(_ number: Int) -> String? { fields[first + number] }
        guard fields.count >= 18, let inode = field(0).flatMap({ UInt64($0) }),
            let size = field(1).flatMap({ Int64($0) }),
            let seconds = field(2).flatMap({ Int64($0) }), let nanoseconds = field(3).flatMap({ Int64($0) }),
            let id = field(4), let name = field(5), let updated = field(7).flatMap({ Double($0) }),
            let change = Self.optionalNumber(field(15)), let newer = Self.optionalNumber(field(16)),
            let searchKey = field(17), fields.dropFirst(18).allSatisfy({ $0 != nil })
        else { return nil }
        fingerprint = FileFingerprint(
            inode: inode, size: size, modifiedSeconds: seconds, modifiedNanoseconds: nanoseconds)
        var nextStep: NextStep?
        if let goalID = field(8) {
            guard let stepID = field(9), let text = field(10) else { return nil }
            let due = field(11).flatMap(CalendarDay.init(iso:))
            guard (due == nil) == (field(11) == nil) else { return nil }
            nextStep = NextStep(goalID: goalID, stepID: stepID, text: text, due: due)
        }
        var wellbeing: WellbeingTrend?
        if let date = field(12) {
            guard let day = CalendarDay(iso: date), let total = field(13).flatMap({ Int($0) }),
                let answered = field(14).flatMap({ Int($0) })
            else { return nil }
            wellbeing = WellbeingTrend(date: day, total: total, answered: answered, change: change)
        }
        summary = PlanSummary(
            id: id, name: name, preferredName: field(6), updatedAt: Date(timeIntervalSinceReferenceDate: updated),
            nextStep: nextStep, wellbeing: wellbeing, newerSchemaVersion: newer,
            communityLinks: fields.dropFirst(18).compactMap { $0 }, searchKey: searchKey)
    }

    /// A number that may have no value: nil when the field cannot be read as one, so the index is not used.
    static func optionalNumber(_ text: String?) -> Int?? {
        guard let text else { return .some(nil) }
        return Int(text).map { .some($0) }
    }
}
