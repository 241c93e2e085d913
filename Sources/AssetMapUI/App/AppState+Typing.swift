extension AppState {
    /// Whether the person is in the middle of writing something: a form is open, or keys go into a text box.
    public var isTyping: Bool {
        keyContext.isTextEntry || modals.contains { if case .form = $0 { true } else { false } }
    }
}
