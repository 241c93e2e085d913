extension KeyMap {
    /// The keys of the prompt cards and the person's own strengths.
    static let strengthsKeys: [KeyBinding] = [
        KeyBinding(
            keys: [.right, .character("n"), .character(" ")], command: .nextItem, label: "Another",
            help: "Show another question", contexts: [.prompts], inBar: true),
        KeyBinding(
            keys: [.left], command: .previousItem, label: "Previous", help: "Show the previous question",
            contexts: [.prompts], inBar: false),
        KeyBinding(
            keys: ch("a") + [.enter], command: .add, label: "Write it down",
            help: "Add a strength with this question in mind",
            contexts: [.prompts], inBar: true),
        KeyBinding(
            keys: [.escape, .character("q")], command: .cancel, label: "Close", help: "Close the questions",
            contexts: [.prompts], inBar: true),
        KeyBinding(
            keys: ch("?"), command: .help, label: "Keys", help: "Show the keys", contexts: [.prompts], inBar: true),

        // Strengths: on the person's own list, s offers questions that help; ? is help here as everywhere
        KeyBinding(
            keys: ch("s"), command: .prompts, label: "Questions", help: "Questions that help think of strengths",
            contexts: [.personStrengths], inBar: true),
    ]
}
