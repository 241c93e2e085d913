import AssetMapCore

extension AppState {
    /// Applies a change to the open plan. A rejected change, or any change to a read-only plan, leaves the plan as it was
    /// and says why on the message line. Returns whether it was applied.
    @discardableResult
    public mutating func apply(_ action: PlanAction, env: Environment) -> Bool {
        guard let scoped = inPart(\.self, env: env, { _, context in context.apply(action) }) else { return false }
        _ = carryOut(scoped.requests, env: env)
        return scoped.result
    }

    /// Puts a yes/no question on screen.
    public mutating func ask(_ title: String, _ question: String, onYes: ConfirmedAction, onNo: ConfirmedAction? = nil)
    {
        modals.append(.confirm(Confirmation(title: title, question: question, onYes: onYes, onNo: onNo)))
    }

    mutating func showHelp() {
        var title = screenTitle
        if case .form(let form)? = modals.last { title = form.title }
        modals.append(.help(keyContext, title: title, scroll: 0))
    }
}
