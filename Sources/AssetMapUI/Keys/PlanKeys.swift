extension KeyMap {
    /// The keys every part of a plan shares, and going back from any screen.
    static let planKeys: [KeyBinding] = [
        KeyBinding(
            keys: ch("a"), command: .add, label: "Add", help: "Add something new here", contexts: editable, inBar: true),
        KeyBinding(
            keys: [.enter], command: .open, label: "Open", help: "Open or change the one selected", contexts: plan,
            inBar: true),
        KeyBinding(
            keys: ch("e"), command: .edit, label: "Edit", help: "Change the one selected", contexts: plan, inBar: true),
        KeyBinding(
            keys: ch("g"), command: .walkThrough, label: "Walk-through", help: walkThroughHelp, contexts: [.overview],
            inBar: true),
        KeyBinding(
            keys: ch("g"), command: .walkThrough, label: "Walk-through", help: walkThroughHelp, contexts: plan,
            inBar: false),
        KeyBinding(
            keys: ch("d"), command: .delete, label: "Delete", help: "Delete the one selected (asks first)",
            contexts: editable, inBar: true),
        KeyBinding(
            keys: ch("u"), command: .undo, label: "Undo", help: "Take back the last change", contexts: plan, inBar: true
        ),
        KeyBinding(
            keys: [.control("r")], command: .redo, label: "Redo", help: "Put back what was undone", contexts: plan,
            inBar: false),
        KeyBinding(
            keys: ch("K"), command: .moveItemUp, label: "Move up", help: "Move the one selected up or down the list",
            contexts: [.goal, .goals, .strengths, .personStrengths, .networkList], inBar: false),
        KeyBinding(
            keys: ch("J"), command: .moveItemDown, label: "Move down",
            help: "Move the one selected up or down the list",
            contexts: [.goal, .goals, .strengths, .personStrengths, .networkList], inBar: false),
        KeyBinding(
            keys: ch("x"), command: .export, label: "Export", help: "Save a copy to print or take home", contexts: plan,
            inBar: false),
        KeyBinding(
            keys: [.tab], command: .nextSection, label: "Next part", help: "Next or previous part of the plan",
            contexts: plan, inBar: false),
        KeyBinding(
            keys: [.backTab], command: .previousSection, label: "Previous part",
            help: "Next or previous part of the plan", contexts: plan, inBar: false),
        KeyBinding(
            keys: ch("123456"), command: .section(0), label: "Parts",
            help: "Go to a part of the plan by its number (shown at the top)",
            contexts: plan, inBar: true),
        KeyBinding(
            keys: ch("q"), command: .back, label: "Back", help: "Back (everything is already saved)",
            contexts: [.anyScreen], inBar: true),
        KeyBinding(
            keys: [.escape], command: .back, label: "Back", help: "Back",
            contexts: [.goal, .directory, .report, .timeline],
            inBar: false),
        KeyBinding(
            keys: [.escape], command: .cancel, label: "Close", help: "Close the details, or stop what is under way",
            contexts: plan, inBar: false),
    ]
}
