import AssetMapCore

/// The details on the overview, in the order they are shown.
public enum OverviewField: Int, CaseIterable, Sendable {
    case name, preferredName, pronouns, keyworker, consent, goodLife

    public var label: String {
        switch self {
        case .name: return "Name"
        case .preferredName: return "Preferred name"
        case .pronouns: return "Pronouns"
        case .keyworker: return "Keyworker"
        case .consent: return "Agreed to keep"
        case .goodLife: return "What would a good life look like for you?"
        }
    }

    /// Fields typed into directly on the overview (consent has its own small form).
    /// Consent and the keyworker are changed through a form: consent has a date, a new keyworker a handover note.
    var isTyped: Bool { self != .consent && self != .keyworker }

    func value(in plan: Plan) -> String {
        switch self {
        case .name: return plan.person.name
        case .preferredName: return plan.person.preferredName ?? ""
        case .pronouns: return plan.person.pronouns ?? ""
        case .keyworker: return plan.person.keyworker ?? ""
        case .consent: return ""
        case .goodLife: return plan.goodLife
        }
    }
}

public struct OverviewState: Equatable, Sendable {
    public var selected: OverviewField = .preferredName
    /// The text being typed into the selected field; changes reach the plan (and the disk) as they are typed.
    public var editing: TextFieldState?

    public init() {}
}
