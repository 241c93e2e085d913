extension KeyMap {
    /// The keys of the walk-through of a first meeting.
    static let walkThroughKeys: [KeyBinding] = [
        KeyBinding(
            keys: [.control("s")], command: .save, label: "Next part",
            help: "Keep what is typed and go on to the next part",
            contexts: [.guide], inBar: true),
        // After a name Enter goes on to the ring, whose number adds the person: "Add" alone would promise too much.
        KeyBinding(
            keys: [.enter], command: .open, label: "Add or go on",
            help:
                "Add the one typed (a strength; a person at the ring chosen) or go to the next box; in the good-life answer, a new line",
            contexts: [.guide], inBar: true),
        KeyBinding(
            keys: [.tab], command: .nextField, label: "Next box",
            help: "The next box (the ring after a name, then who or what they are)",
            contexts: [.guide], inBar: true),
        KeyBinding(
            keys: [.backTab], command: .previousField, label: "Box before", help: "The box before", contexts: [.guide],
            inBar: false),
        KeyBinding(
            keys: [.up, .down], command: .nextItem, label: "Choose",
            help:
                "Choose the ring or who or what, show another question that might help, or go to the box above or below",
            contexts: [.guide], inBar: false, shown: "↑↓"),
        KeyBinding(
            keys: [.enter], command: .open, label: "Go on", help: "Start: the walk-through, or the WELL12 check",
            contexts: [.guidePage], inBar: true),
        KeyBinding(
            keys: [.pageDown], command: .skip, label: "Skip",
            help: "Skip this part for now; nothing more is written in it",
            contexts: [.guide, .guidePage], inBar: true),
        KeyBinding(
            keys: [.pageUp], command: .previousQuestion, label: "Part before", help: "Back to the part before",
            contexts: [.guide, .guidePage], inBar: false),
        KeyBinding(
            keys: [.escape], command: .cancel, label: "Leave",
            help: "Leave the walk-through: what is written stays in the plan, and g picks it up here again",
            contexts: [.guide, .guidePage], inBar: true),
    ]
}
