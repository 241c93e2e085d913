/// What a change leaves on the entries it touched: who wrote them, and the day a step or goal was done.
/// Worked out by comparing the plan before and after, so every way of adding or changing an entry is
/// covered alike, and a form that rebuilds an entry without knowing of `by` never wipes it.
public enum EntryStamps {
    public static func stamp(_ after: inout Plan, before: Plan, writing: Author?, today: CalendarDay) {
        stamp(&after.network, before: before.network, writing: writing)
        stamp(&after.assets, before: before.assets, writing: writing)
        stamp(&after.checks, before: before.checks, writing: writing)
        stamp(&after.notes, before: before.notes, writing: writing)
        guard after.goals != before.goals else { return }
        let earlierGoals = byID(before.goals)
        for index in after.goals.indices {
            let earlier = earlierGoals[after.goals[index].id]
            stamp(&after.goals[index].steps, before: earlier?.steps ?? [], writing: writing)
            stamp(&after.goals[index].barriers, before: earlier?.barriers ?? [], writing: writing)
            markDone(&after.goals[index], before: earlier, today: today)
            let earlierSteps = byID(earlier?.steps ?? [])
            for step in after.goals[index].steps.indices {
                markDone(
                    &after.goals[index].steps[step], before: earlierSteps[after.goals[index].steps[step].id],
                    today: today)
            }
        }
    }

    /// New entries get the writer; changed ones get the writer, or keep who wrote them when no one is set.
    static func stamp<Entry: Authored>(_ after: inout [Entry], before: [Entry], writing: Author?) {
        guard after != before else { return }
        let earlier = byID(before)
        for index in after.indices {
            guard let old = earlier[after[index].id] else {
                if let writing { after[index].by = writing }
                continue
            }
            guard after[index] != old else { continue }
            after[index].by = writing ?? after[index].by ?? old.by
        }
    }

    /// The day is set when the status becomes done, kept while it stays done, and cleared when it is undone.
    static func markDone<Entry: Completable>(_ entry: inout Entry, before: Entry?, today: CalendarDay) {
        guard entry.isDone else {
            entry.doneOn = nil
            return
        }
        if let before, before.isDone {
            entry.doneOn = entry.doneOn ?? before.doneOn
        } else {
            entry.doneOn = entry.doneOn ?? today
        }
    }

    private static func byID<Entry: Identifiable>(_ entries: [Entry]) -> [String: Entry] where Entry.ID == String {
        Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// An entry that records who wrote it.
protocol Authored: Identifiable, Equatable where ID == String {
    var by: Author? { get set }
}

extension Connection: Authored {}
extension Asset: Authored {}
extension Step: Authored {}
extension Barrier: Authored {}
extension Note: Authored {}
extension WellbeingCheck: Authored {}

/// A step or a goal: done or not, and since when.
protocol Completable {
    var isDone: Bool { get }
    var doneOn: CalendarDay? { get set }
}

extension Step: Completable {
    var isDone: Bool { status == .done }
}

extension Goal: Completable {
    var isDone: Bool { status == .done }
}
