import FoundationEssentials

/// A plan being changed, with its undo and redo history.
public struct PlanEditor: Equatable, Sendable {
    public static let undoLimit = 200

    public struct Entry: Equatable, Sendable {
        public var plan: Plan
        public var summary: String
    }

    public private(set) var plan: Plan
    public private(set) var past: [Entry] = []
    public private(set) var future: [Entry] = []
    private var lastCoalescingKey: String?
    /// Who is writing now; every entry added or changed from now on is marked with it. Not kept in the file:
    /// it is chosen afresh each time the plan is opened.
    public var writing: Author?

    public init(plan: Plan) {
        self.plan = plan
    }

    /// The plan, and every version undo and redo would bring back, now under another id: after it was saved as
    /// a copy, going back a step must change the copy, never the plan it was copied from.
    public mutating func moveToNewID(_ id: String) {
        plan.id = id
        for index in past.indices { past[index].plan.id = id }
        for index in future.indices { future[index].plan.id = id }
    }

    /// Leaves a sentence for the next time the plan is opened, or takes it away: not a change to undo, nor one
    /// that makes the plan newer.
    public mutating func leaveNotice(_ notice: String?) {
        plan.openingNotice = notice
    }

    public var canUndo: Bool { !past.isEmpty }
    public var canRedo: Bool { !future.isEmpty }

    /// Applies an action; on success the plan's `updatedAt` becomes `now` and the change can be undone.
    /// The entries it touched are marked with who is writing, and steps or goals it marked done with `today`
    /// (the day `now` falls on here, unless given).
    public mutating func apply(_ action: PlanAction, now: Date, today: CalendarDay? = nil) throws(EditRejection) {
        var changed = plan
        try PlanReducer.reduce(&changed, action)
        guard changed != plan else { return }
        EntryStamps.stamp(&changed, before: plan, writing: writing, today: today ?? CalendarDay(now))
        let key = action.coalescingKey
        if key == nil || key != lastCoalescingKey {
            past.append(Entry(plan: plan, summary: action.summary))
            if past.count > Self.undoLimit { past.removeFirst(past.count - Self.undoLimit) }
        }
        lastCoalescingKey = key
        future.removeAll()
        changed.updatedAt = Timestamp.wholeSeconds(now)
        plan = changed
    }

    /// Takes back the last change; returns what it was, in words, or nil when there is nothing to undo.
    @discardableResult
    public mutating func undo(now: Date) -> String? {
        guard let entry = past.popLast() else { return nil }
        future.append(Entry(plan: plan, summary: entry.summary))
        restore(entry.plan, now: now)
        return entry.summary
    }

    @discardableResult
    public mutating func redo(now: Date) -> String? {
        guard let entry = future.popLast() else { return nil }
        past.append(Entry(plan: plan, summary: entry.summary))
        restore(entry.plan, now: now)
        return entry.summary
    }

    /// Ends a run of coalesced typing, so the next keystroke starts a new undo step.
    public mutating func breakCoalescing() {
        lastCoalescingKey = nil
    }

    /// Replaces the plan wholesale, as when it is reloaded from disk; history is cleared.
    public mutating func reset(to plan: Plan) {
        self = PlanEditor(plan: plan)
    }

    private mutating func restore(_ earlier: Plan, now: Date) {
        lastCoalescingKey = nil
        var restored = earlier
        restored.updatedAt = Timestamp.wholeSeconds(now)
        plan = restored
    }
}
