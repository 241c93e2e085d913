extension AppState {
    /// Whether the person is in the middle of writing something: a form is open, or keys go into a text box.
    public var isTyping: Bool {
        keyContext.isTextEntry || modals.contains { if case .form = $0 { true } else { false } }
    }

    /// The text field keys are going into now, if they go into one.
    var focusedTextField: TextFieldState? {
        if let modal = modals.last {
            guard case .form(let form) = modal, let input = form.focusedField?.input else { return nil }
            switch input {
            case .text(let field), .date(let field, _): return field
            case .choice: return nil
            }
        }
        guard screen == .plan, let plan else { return nil }
        if let editing = plan.overview.editing, plan.section == .overview { return editing }
        if let check = plan.wellbeing.check, check.isTyping, plan.section == .wellbeing { return check.text }
        return nil
    }
}
