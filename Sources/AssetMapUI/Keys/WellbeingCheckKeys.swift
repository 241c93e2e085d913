extension KeyMap {
    /// The keys for answering a WELL12 check and looking over a finished one.
    static let wellbeingCheckKeys: [KeyBinding] = [
        KeyBinding(
            keys: ch("43210"), command: .answer(0), label: "Answer",
            help: "Answer: 4 yes, definitely … 0 definitely not",
            contexts: [.wellbeingCheck], inBar: true),
        KeyBinding(
            keys: ch("s"), command: .skip, label: "Skip", help: "Skip this question", contexts: [.wellbeingCheck],
            inBar: true),
        KeyBinding(
            keys: [.enter], command: .open, label: "Choose", help: "Choose the answer marked ▸",
            contexts: [.wellbeingCheck, .wellbeingEvent], inBar: true),
        KeyBinding(
            keys: [.control("s")], command: .save, label: "Finish",
            help: "Finish the check now; the recent event and the notes can be left", contexts: [.wellbeingEvent],
            inBar: true),
        KeyBinding(
            keys: ch("b"), command: .previousQuestion, label: "Back", help: "Go back a question",
            contexts: [.wellbeingCheck, .wellbeingEvent], inBar: true),
        KeyBinding(
            keys: [.control("s")], command: .save, label: "Finish",
            help: "Finish the check once the twelve are answered; the recent event and the notes can be left",
            contexts: [.wellbeingCheck], inBar: false),
        KeyBinding(
            keys: [.escape, .character("q")], command: .cancel, label: "Stop for now",
            help: "Stop here; the answers so far are kept and it can be finished later",
            contexts: [.wellbeingCheck, .wellbeingEvent], inBar: true),
        KeyBinding(
            keys: [.enter, .character("e")], command: .open, label: "Change", help: "Change the answer selected",
            contexts: [.wellbeingReview], inBar: true),
        KeyBinding(
            keys: [.escape, .character("q")], command: .back, label: "Close",
            help: "Close the check; it stays finished",
            contexts: [.wellbeingReview], inBar: true),
    ]
}
