/// Every change that can be made to a plan. Screens send these; only `PlanReducer` applies them.
public enum PlanAction: Equatable, Sendable {
    // Overview
    case setPerson(Person)
    case setGoodLife(String)
    case setConsent(Consent?)
    /// Another worker becomes the keyworker; when there was one before, a dated note keeps who had the plan.
    case handOver(to: String, on: CalendarDay, noteID: String)

    // Network
    case addConnection(Connection)
    case updateConnection(Connection)
    case deleteConnection(id: String)
    /// Moves a connection one ring closer (`inwards`) or one ring further out.
    case moveConnectionRing(id: String, inwards: Bool)
    case reorderConnection(id: String, by: Int)
    /// Puts a connection at another place round their ring (a share of the way across their kind's slice).
    case placeConnection(id: String, placement: Double)
    /// Who this connection knows on the map: every link with them becomes these, each joining them to another.
    case setLinks(connectionID: String, [ConnectionLink])

    // Strengths
    case addAsset(Asset)
    case updateAsset(Asset)
    case deleteAsset(id: String)
    case reorderAsset(id: String, by: Int)
    case linkCommunity(id: String)
    case unlinkCommunity(id: String)
    case reorderCommunityLink(id: String, by: Int)
    /// The person said a directory entry is not for them; it is not suggested to them again.
    case notForMe(entryID: String)

    // Goals
    case addGoal(Goal)
    case editGoal(id: String, title: String, why: String?, status: GoalStatus)
    case deleteGoal(id: String)
    case reorderGoal(id: String, by: Int)
    case addStep(goalID: String, Step)
    case updateStep(goalID: String, Step)
    case deleteStep(goalID: String, stepID: String)
    case reorderStep(goalID: String, stepID: String, by: Int)
    case setStepStatus(goalID: String, stepID: String, StepStatus)
    case addBarrier(goalID: String, Barrier)
    case updateBarrier(goalID: String, Barrier)
    case deleteBarrier(goalID: String, barrierID: String)
    case setRiskPlan(goalID: String, RiskPlan?)
    case addStage(Stage)
    case updateStage(Stage)
    case deleteStage(id: String)
    case reorderStage(id: String, by: Int)

    // Wellbeing and notes
    case addCheck(WellbeingCheck)
    case updateCheck(WellbeingCheck)
    case deleteCheck(id: String)
    case addNote(Note)
    case updateNote(Note)
    case deleteNote(id: String)
    case addSnapshot(Snapshot)
    case deleteSnapshot(id: String)

    /// Actions that keep changing the same thing, such as typing into the good-life answer,
    /// share a key so that one undo takes back the whole run rather than a letter at a time.
    public var coalescingKey: String? {
        switch self {
        case .setGoodLife: return "goodLife"
        case .setPerson: return "person"
        case .updateCheck(let check): return "check:\(check.id)"
        case .placeConnection(let id, _): return "placement:\(id)"
        default: return nil
        }
    }

    /// Plain words for what the action did, for "Undone: …" messages.
    public var summary: String {
        switch self {
        case .setPerson: return "changing the person's details"
        case .setGoodLife: return "changing what a good life looks like"
        case .setConsent: return "changing consent"
        case .handOver: return "handing the plan over"
        case .addConnection: return "adding to the map"
        case .updateConnection: return "changing someone on the map"
        case .deleteConnection: return "taking someone off the map"
        case .moveConnectionRing: return "moving someone to another ring"
        case .reorderConnection: return "changing the order of the map"
        case .placeConnection: return "moving someone round their ring"
        case .setLinks: return "changing who knows whom"
        case .addAsset: return "adding a strength"
        case .updateAsset: return "changing a strength"
        case .deleteAsset: return "deleting a strength"
        case .reorderAsset: return "changing the order of strengths"
        case .linkCommunity: return "linking a place or group"
        case .unlinkCommunity: return "unlinking a place or group"
        case .reorderCommunityLink: return "changing the order of places and groups"
        case .notForMe: return "saying an idea is not for me"
        case .addGoal: return "adding a goal"
        case .editGoal: return "changing a goal"
        case .deleteGoal: return "deleting a goal"
        case .reorderGoal: return "changing the order of goals"
        case .addStep: return "adding a step"
        case .updateStep: return "changing a step"
        case .deleteStep: return "deleting a step"
        case .reorderStep: return "moving a step"
        case .setStepStatus: return "marking a step"
        case .addBarrier: return "adding something in the way"
        case .updateBarrier: return "changing something in the way"
        case .deleteBarrier: return "deleting something in the way"
        case .setRiskPlan: return "changing the risk plan"
        case .addStage: return "adding a stepping-back stage"
        case .updateStage: return "changing a stepping-back stage"
        case .deleteStage: return "deleting a stepping-back stage"
        case .reorderStage: return "moving a stepping-back stage"
        case .addCheck: return "starting a wellbeing check"
        case .updateCheck: return "answering the wellbeing check"
        case .deleteCheck: return "deleting a wellbeing check"
        case .addNote: return "adding a note"
        case .updateNote: return "changing a note"
        case .deleteNote: return "deleting a note"
        case .addSnapshot: return "keeping a snapshot of the map"
        case .deleteSnapshot: return "deleting a snapshot"
        }
    }
}

/// Why an action was not applied, in words that can be shown as they are.
public struct EditRejection: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
