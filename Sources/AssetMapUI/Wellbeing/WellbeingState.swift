import AssetMapCore

/// The Wellbeing part of a plan: the table of checks, and a check being answered.
public struct WellbeingState: Equatable, Sendable {
    /// Which view of Wellbeing shows; the key context, the keys and the drawing all go by this.
    public enum Mode: Equatable, Sendable {
        /// The table and chart of the checks so far.
        case history
        case check(CheckFormState)
    }

    public var mode: Mode = .history
    /// The check whose column is selected in the table.
    public var selectedCheckID: String?
    /// How far the table and chart are scrolled down when they are taller than the window.
    public var scroll = 0

    public init() {}

    /// The check being answered, while one is; nil puts the table back.
    public var check: CheckFormState? {
        get {
            guard case .check(let form) = mode else { return nil }
            return form
        }
        set { mode = newValue.map(Mode.check) ?? .history }
    }
}

/// A WELL12 check being answered, one question at a time. Every answer is saved as it is given.
public struct CheckFormState: Equatable, Sendable {
    public enum Stage: Equatable, Sendable {
        /// A finished check, every answer on one page, to read and to choose one to change.
        case review
        /// One of the twelve statements, by index.
        case question(Int)
        /// 13: a recent event that changed how things feel.
        case event
        case eventText
        /// 14: notes.
        case notes

        /// A list of answers, one of which is given by Enter.
        var isAnswered: Bool {
            switch self {
            case .question, .event: return true
            case .review, .eventText, .notes: return false
            }
        }
    }

    public var checkID: String
    public var stage: Stage
    /// The highlighted choice for ↑ ↓ and Enter (on the review page, the row).
    public var cursor = 0
    public var text = TextFieldState()
    /// A check just started, kept out of the plan until something is answered: one stopped before that leaves nothing behind.
    public var unsaved: WellbeingCheck?
    /// A finished check opened to read: changing an answer goes back to the review page rather than on to the next question.
    public var reviewing = false

    public init(checkID: String, stage: Stage) {
        self.checkID = checkID
        self.stage = stage
    }

    /// Starting a check: nothing is in the plan until the first answer.
    public init(starting check: WellbeingCheck) {
        self.init(checkID: check.id, stage: .question(0))
        unsaved = check
    }

    /// The check being answered: as saved in the plan, or the one just started.
    public func check(in plan: Plan) -> WellbeingCheck? {
        plan.checks.first { $0.id == checkID } ?? unsaved
    }

    var isTyping: Bool {
        switch stage {
        case .eventText, .notes: return true
        case .review, .question, .event: return false
        }
    }

    /// Rows on the review page: the twelve statements, the recent event, the notes.
    static let reviewRows = Well12.items.count + 2

    /// The choices on a question: the five answers, then skipping it.
    static let questionChoices = Well12.answers.map(\.value) + [nil]
    static let eventChoices: [RecentEvent] = [.yes, .no, .notSure]
}
