import AssetMapCore

/// The Wellbeing part of a plan: the table of checks, and a check being answered.
public struct WellbeingState: Equatable, Sendable {
    /// The check whose column is selected in the table.
    public var selectedCheckID: String?
    public var check: CheckFormState?

    public init() {}
}

/// A WELL12 check being answered, one question at a time. Every answer is saved as it is given.
public struct CheckFormState: Equatable, Sendable {
    public enum Stage: Equatable, Sendable {
        /// One of the twelve statements, by index.
        case question(Int)
        /// 13: a recent event that changed how things feel.
        case event
        case eventText
        /// 14: notes.
        case notes
    }

    public var checkID: String
    public var stage: Stage
    /// The highlighted choice for ↑ ↓ and Enter.
    public var cursor = 0
    public var text = TextFieldState()

    public init(checkID: String, stage: Stage) {
        self.checkID = checkID
        self.stage = stage
    }

    var isTyping: Bool {
        switch stage {
        case .eventText, .notes: return true
        case .question, .event: return false
        }
    }

    /// The choices on a question: the five answers, then skipping it.
    static let questionChoices = Well12.answers.map(\.value) + [nil]
    static let eventChoices: [RecentEvent] = [.yes, .no, .notSure]
}
