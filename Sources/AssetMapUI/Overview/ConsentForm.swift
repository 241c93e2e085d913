import AssetMapCore

/// Recording that the person agreed to their plan being kept.
enum ConsentForm {
    static let answers = ["Yes, they agreed", "Not yet"]

    static func make(_ consent: Consent?, today: CalendarDay) -> FormState {
        FormState(title: "Agreeing to keep this plan", fields: [
            .choice("given", "Agreed?", answers, selected: consent?.given == true ? 0 : 1,
                    note: "Has the person agreed to this plan being kept on this computer?"),
            .date("date", "On", consent?.date ?? today, meaning: .happened),
            .text("note", "Note", consent?.note ?? "", note: "Anything to remember about it (optional)."),
        ], purpose: .consent)
    }

    static func action(from form: FormState, today: CalendarDay) throws(FormProblem) -> PlanAction {
        let date = try form.day("date", today: today, meaning: .happened) ?? today
        return .setConsent(Consent(given: form.choice("given") == 0, date: date, note: form.text("note").nonEmpty))
    }
}
