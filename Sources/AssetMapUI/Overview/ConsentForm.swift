import AssetMapCore

/// Recording that the person agreed to their plan being kept.
public struct ConsentForm: TypedForm {
    static let answers = ["Yes, they agreed", "Not yet"]

    var given: FormField
    var date: FormField
    var note: FormField

    var order: [WritableKeyPath<ConsentForm, FormField>] { [\.given, \.date, \.note] }

    static func make(_ consent: Consent?, today: CalendarDay) -> FormState {
        FormState(
            title: "Agreeing to keep this plan",
            content: ConsentForm(
                given: .choice(
                    label: "Agreed?", answers, selected: consent?.given == true ? 0 : 1,
                    note: "Has the person agreed to this plan being kept on this computer?"),
                date: .date(label: "On", consent?.date ?? today, meaning: .happened),
                note: .text(label: "Note", consent?.note ?? "", note: "Anything to remember about it (optional).")))
    }

    func action(today: CalendarDay) throws(FormProblem) -> PlanAction {
        let date = try day(\.date, today: today, meaning: .happened) ?? today
        return .setConsent(Consent(given: given.chosen == 0, date: date, note: note.typed.nonEmpty))
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try state.save(self, in: \.overview, env: env) { _, context throws(FormProblem) in
            context.apply(try action(today: context.today))
        }
    }
}
