/// One line of the key table: the keys, what they do, and how the hint bar and help describe them.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var command: Command
    /// One or two words for the hint bar.
    public var label: String
    /// A short sentence for the `?` help screen.
    public var help: String
    public var contexts: Set<KeyContext>
    /// Shown in the hint bar, not only in help.
    public var inBar: Bool
    /// How to write the keys when the first alone would mislead: "←→" for a pair that goes both ways.
    public var shown: String?

    public init(
        keys: [Key], command: Command, label: String, help: String, contexts: Set<KeyContext>, inBar: Bool,
        shown: String? = nil
    ) {
        self.keys = keys
        self.command = command
        self.label = label
        self.help = help
        self.contexts = contexts
        self.inBar = inBar
        self.shown = shown
    }

    func applies(to context: KeyContext) -> Bool {
        contexts.contains(context)
            || (context == .oneFieldForm && contexts.contains(.form) && command != .nextField
                && command != .previousField)
            || (contexts.contains(.planSection) && context.isPlanSection)
            || (contexts.contains(.anyScreen) && !context.isTextEntry
                && ![.dialog, .choice, .message, .help].contains(context))
    }

    /// The bar has room for one key each: "+" rather than "+/=".
    public var barLabel: String {
        if let shown { return shown }
        switch command {
        case .section, .answer: return keyLabel
        default: return keys.first?.label ?? ""
        }
    }

    /// How the keys are written in the bar and help: "a", "Enter/Esc", "1-6". The same letter in
    /// upper and lower case is shown once.
    public var keyLabel: String {
        if let shown { return shown }
        if case .section = command { return "1-6" }
        if case .answer = command { return "4-0" }
        var labels: [String] = []
        for key in keys where !labels.contains(where: { $0.lowercased() == key.label.lowercased() }) {
            labels.append(key.label)
        }
        return labels.prefix(3).joined(separator: "/")
    }
}
