extension KeyMap {
    /// The keys of a goal's ladder of steps and of the goals.
    static let goalKeys: [KeyBinding] = [
        KeyBinding(
            keys: [.character(" ")], command: .toggleDone, label: "Done", help: "Mark the step done, or not done",
            contexts: [.goal], inBar: true),
        KeyBinding(
            keys: ch("b"), command: .barriers, label: "In the way",
            help: "Add something in the way and what might help",
            contexts: [.goal], inBar: true),
        KeyBinding(
            keys: ch("r"), command: .riskPlan, label: "Risk plan", help: "Plan a positive risk for this goal",
            contexts: [.goal], inBar: false),
        KeyBinding(
            keys: ch("l"), command: .link, label: "Who helps", help: "Link the step to strengths and people on the map",
            contexts: [.goal], inBar: false),
        KeyBinding(
            keys: ch("s"), command: .steppingBack, label: "Stepping back", help: "Plan how the worker steps back",
            contexts: [.goals], inBar: true),
    ]
}
