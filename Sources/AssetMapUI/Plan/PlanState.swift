import AssetMapCore

/// An open plan: its editor (with undo), which part is showing, and each part's own state.
public struct PlanState: Equatable, Sendable {
    public var editor: PlanEditor
    /// Why the plan cannot be changed, when it cannot; shown in the title bar.
    public var readOnly: String?
    public var section: PlanSection = .overview
    public var overview = OverviewState()
    public var network = NetworkState()
    public var strengths = StrengthsState()
    public var goals = GoalsState()
    public var wellbeing = WellbeingState()
    public var notes = NotesState()
    /// The timeline over the part showing; nil when it is not open.
    public var timeline: TimelineState?
    /// The walk-through, shown while it is open and kept while the plan is, when left part-way.
    public var guide: GuideState?
    /// Set while saving is failing: the change is kept in memory and saving is tried again.
    public var saveProblem: String?
    /// The made-up example plan: kept in memory, never saved unless a copy is asked for.
    public var isExample = false

    public init(plan: Plan, readOnly: String? = nil) {
        editor = PlanEditor(plan: plan)
        self.readOnly = readOnly
    }

    public var plan: Plan { editor.plan }

    /// Keeps every part's selection pointing at something that still exists after the plan changed.
    mutating func repairSelections(before: Plan) {
        NetworkReducer.repairSelection(&network, before: before, after: plan)
        GoalsReducer.repair(&goals, plan: plan)
        notes.selection = min(notes.selection, max(0, plan.notes.count - 1))
    }

    /// Whether the part shows one thing of its own rather than itself: a goal's ladder, a check being answered, the map
    /// then and now. q goes back from there to the part rather than leaving the plan.
    var showsOneThingOfAPart: Bool {
        switch section {
        case .goals: return goals.mode != .list
        case .wellbeing: return wellbeing.mode != .history
        case .network:
            switch network.mode {
            case .comparing: return true
            case .map, .finding: return false
            }
        case .overview, .strengths, .notes: return false
        }
    }

    var keyContext: KeyContext {
        if let guide, guide.isOpen { return guide.part.isTyped ? .guide : .guidePage }
        if timeline != nil { return .timeline }
        switch section {
        case .overview: return overview.editing == nil ? .overview : .textBox
        case .network:
            switch network.mode {
            case .comparing: return .networkCompare
            case .finding: return .networkSearch
            case .map: return network.view == .rings ? .network : .networkList
            }
        case .strengths: return strengths.column == .person ? .personStrengths : .strengths
        case .goals:
            switch goals.mode {
            case .list: return .goals
            case .ladder: return .goal
            }
        case .wellbeing:
            switch wellbeing.mode {
            case .history: return .wellbeing
            case .check(let check):
                if check.isTyping { return .textBox }
                switch check.stage {
                case .review: return .wellbeingReview
                case .event: return .wellbeingEvent
                case .question, .eventText, .notes: return .wellbeingCheck
                }
            }
        case .notes: return .notes
        }
    }
}
