import AssetMapCore

/// The details on the overview, in the order they are shown.
public enum OverviewField: Int, CaseIterable, Sendable {
    case name, preferredName, pronouns, keyworker, keyworkerContact, consent, goodLife

    public var label: String {
        switch self {
        case .name: return "Name"
        case .preferredName: return "Preferred name"
        case .pronouns: return "Pronouns"
        case .keyworker: return "Keyworker"
        case .keyworkerContact: return "Keyworker contact"
        case .consent: return "Keeping this plan"
        case .goodLife: return "What would a good life look like for you?"
        }
    }

    /// Consent and the keyworker are changed through a form: consent has a date, a new keyworker a handover note.
    var isTyped: Bool { self != .consent && self != .keyworker }

    func value(in plan: Plan) -> String {
        switch self {
        case .name: return plan.person.name
        case .preferredName: return plan.person.preferredName ?? ""
        case .pronouns: return plan.person.pronouns ?? ""
        case .keyworker: return plan.person.keyworker ?? ""
        case .keyworkerContact: return plan.person.keyworkerContact ?? ""
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
