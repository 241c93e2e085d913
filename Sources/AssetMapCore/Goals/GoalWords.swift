/// Words for goals and steps, the same on screen and in every export.
public enum GoalWords {
    /// Things people often say get in the way, offered as suggestions; anything else can be typed.
    public static let commonBarriers = [
        "Stigma, or how people see me",
        "My physical health",
        "A complicated life right now",
        "Other people's attitudes",
        "People who pull me back",
        "Not knowing what's out there",
        "Hard to get to",
        "Money",
        "Confidence",
    ]

    /// A reminder while writing a goal or a step.
    public static let smallStepsHint = "Small and specific: something that will probably go well the first time."
}

extension StepStatus {
    public var symbol: String {
        switch self {
        case .todo: return "○"
        case .doing: return "◐"
        case .done: return "✓"
        }
    }

    public var words: String {
        switch self {
        case .todo: return "to do"
        case .doing: return "under way"
        case .done: return "done"
        }
    }
}

extension GoalStatus {
    public var symbol: String {
        switch self {
        case .active: return "▶"
        case .done: return "✓"
        case .paused: return "‖"
        }
    }

    public var words: String {
        switch self {
        case .active: return "working on it"
        case .done: return "done"
        case .paused: return "paused"
        }
    }
}

extension Step {
    /// Who will do the step, in words: "me", "the worker", a name from the map, or nil.
    public func helperName(in plan: Plan) -> String? {
        guard let who else { return nil }
        switch StepHelper(rawValue: who) {
        case .person: return "me"
        case .worker: return plan.person.keyworker.map { "\($0) (worker)" } ?? "the worker"
        case .connection(let id): return plan.network.first { $0.id == id }?.name
        }
    }

    /// The names of the strengths and people linked to the step, as "Aoife (on the map)".
    public func linkNames(in plan: Plan) -> [String] {
        let people = connectionIds.compactMap { id in
            plan.network.first { $0.id == id }.map { "\($0.name) (on the map)" }
        }
        let strengths = assetIds.compactMap { id in plan.assets.first { $0.id == id }.map { "\($0.text) (a strength)" }
        }
        return people + strengths
    }
}
