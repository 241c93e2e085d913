import AssetMapCore

/// The Goals part of a plan: the list of goals and stepping-back stages, or one goal's ladder.
public struct GoalsState: Equatable, Sendable {
    public enum ListFocus: Equatable, Sendable {
        case goals, stages
    }

    /// What the keys act on in a goal's view.
    public enum LadderFocus: Int, CaseIterable, Equatable, Sendable {
        case steps, barriers, risk
    }

    public var listFocus: ListFocus = .goals
    public var goalRow = 0
    public var stageRow = 0
    /// The goal whose ladder shows, if one is open.
    public var openGoalID: String?
    public var ladderFocus: LadderFocus = .steps
    /// Index in the open goal's steps (0 is the bottom rung).
    public var stepIndex = 0
    public var barrierRow = 0
    /// How far ↓ has read on in a risk plan taller than the panel beside the ladder.
    public var panelScroll = 0

    public init() {}

    func openGoal(in plan: Plan) -> Goal? {
        openGoalID.flatMap { id in plan.goals.first { $0.id == id } }
    }
}
