import AssetMapCore

/// Giving the plan a keyworker, or handing it over to another worker in the team.
enum HandOverForm {
    static func make(_ keyworker: String?) -> FormState {
        let note = keyworker?.nonEmpty.map { "Now with \($0). Who takes it on? A dated note will say so." }
            ?? "The worker this plan is with."
        return FormState(title: keyworker?.nonEmpty == nil ? "Keyworker" : "Hand over this plan",
                         fields: [.text("to", "Keyworker", "", note: note)], purpose: .handOver)
    }
}
