extension KeyMap {
    /// The keys of what is shown over a screen: a list to pick from, a question, a message, help.
    static let overlayKeys: [KeyBinding] = [
        KeyBinding(
            keys: [.character(" ")], command: .toggleDone, label: "Choose",
            help: "Choose or un-choose the one selected",
            contexts: [.picker], inBar: true),
        KeyBinding(
            keys: [.enter, .control("s")], command: .save, label: "Done", help: "Keep what is chosen",
            contexts: [.picker], inBar: true),
        KeyBinding(
            keys: [.escape], command: .cancel, label: "Cancel", help: "Close without changing anything",
            contexts: [.picker], inBar: true),

        // Dialogs
        KeyBinding(keys: ch("yY"), command: .save, label: "Yes", help: "Yes", contexts: [.dialog], inBar: true),
        KeyBinding(keys: ch("nN"), command: .no, label: "No", help: "No", contexts: [.dialog], inBar: true),
        KeyBinding(
            keys: [.escape], command: .cancel, label: "Close", help: "Close the question without doing anything",
            contexts: [.dialog], inBar: false),
        // A choice that must never be made by a letter typed as text
        KeyBinding(
            keys: [.up, .down], command: .up, label: "Choose", help: "Move to a choice", contexts: [.choice],
            inBar: true, shown: "↑↓"),
        KeyBinding(
            keys: [.enter], command: .save, label: "Do it", help: "Do the choice marked ▸", contexts: [.choice],
            inBar: true),
        KeyBinding(
            keys: [.escape], command: .cancel, label: "Not now",
            help: "Decide later; nothing is saved over the file meanwhile",
            contexts: [.choice], inBar: true),
        // Both keys that close it are named: Esc closes everything else too.
        KeyBinding(
            keys: [.enter, .escape, .character(" ")], command: .cancel, label: "Close", help: "Close this message",
            contexts: [.message, .help], inBar: true, shown: "Esc/Enter/Space"),
        // Help longer than the window is read with the arrows and the page keys; any other key closes it.
        KeyBinding(keys: [.up], command: .up, label: "Read", help: "Read back", contexts: [.help], inBar: false),
        KeyBinding(keys: [.down], command: .down, label: "Read", help: "Read on", contexts: [.help], inBar: false),
        KeyBinding(
            keys: [.pageUp], command: .pageUp, label: "Read", help: "Back a page", contexts: [.help], inBar: false),
        KeyBinding(
            keys: [.pageDown], command: .pageDown, label: "Read", help: "On a page", contexts: [.help], inBar: false),
        KeyBinding(
            keys: [.home], command: .first, label: "Read", help: "The beginning", contexts: [.help], inBar: false),
        KeyBinding(keys: [.end], command: .last, label: "Read", help: "The end", contexts: [.help], inBar: false),
    ]
}
