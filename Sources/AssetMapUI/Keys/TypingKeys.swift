extension KeyMap {
    /// The keys of forms, text boxes and searches, where letters are typed as text.
    static let typingKeys: [KeyBinding] = [
        KeyBinding(
            keys: [.control("s")], command: .save, label: "Save", help: "Save and close the form",
            contexts: [.form, .textBox], inBar: true),
        KeyBinding(
            keys: [.tab], command: .nextField, label: "Next", help: "Next field", contexts: [.form, .textBox],
            inBar: true),
        KeyBinding(
            keys: [.backTab], command: .previousField, label: "Back", help: "Previous field",
            contexts: [.form, .textBox], inBar: true),
        KeyBinding(
            keys: [.escape], command: .cancel, label: "Done", help: "Stop typing; what you typed is kept",
            contexts: [.textBox], inBar: true),
        KeyBinding(
            keys: [.escape], command: .cancel, label: "Cancel",
            help: "Close without saving (asks first if you typed something)",
            contexts: [.form], inBar: true),
        KeyBinding(
            keys: [.enter], command: .nextField, label: "Next", help: "Next field (in a long answer, a new line)",
            contexts: [.form], inBar: false),
        KeyBinding(
            keys: [.function(1)], command: .help, label: "Help",
            help: "Help: what this is for and its keys (? is typed as text here)",
            contexts: typing, inBar: false),
        KeyBinding(
            keys: [.control("p")], command: .privacy, label: "Hide", help: "Hide the screen until a key is pressed",
            contexts: typing, inBar: false),
        KeyBinding(
            keys: [.control("u")], command: .editText(.clearToStart), label: "Clear",
            help: "Clear the line up to the cursor (all of a one-line box)", contexts: typing, inBar: false),
        KeyBinding(
            keys: [.control("k")], command: .editText(.clearToEnd), label: "Clear to end",
            help: "Clear from the cursor to the end of the line", contexts: typing, inBar: false),
        KeyBinding(
            keys: [.control("w")], command: .editText(.deleteWordBefore), label: "Delete word",
            help: "Delete the word before the cursor", contexts: typing, inBar: false),
        KeyBinding(
            keys: [.home, .control("a")], command: .editText(.lineStart), label: "Start",
            help: "Go to the start of the line", contexts: typing, inBar: false),
        KeyBinding(
            keys: [.end, .control("e")], command: .editText(.lineEnd), label: "End",
            help: "Go to the end of the line", contexts: typing, inBar: false),

        // Searching as you type
        KeyBinding(
            keys: [.enter], command: .open, label: "Open", help: "Open the one selected",
            contexts: [.caseloadSearch, .directorySearch], inBar: true),
        KeyBinding(
            keys: [.enter], command: .open, label: "Done", help: "Stop finding; the one found stays selected",
            contexts: [.networkSearch], inBar: true),
        KeyBinding(
            keys: [.up], command: .up, label: "Move", help: "Move up",
            contexts: [.caseloadSearch, .directorySearch, .picker], inBar: false),
        KeyBinding(
            keys: [.down], command: .down, label: "Move", help: "Move down",
            contexts: [.caseloadSearch, .directorySearch, .picker], inBar: false),
        KeyBinding(
            keys: [.up], command: .up, label: "Next", help: "The next one that matches, or the one before",
            contexts: [.networkSearch], inBar: false),
        KeyBinding(
            keys: [.down], command: .down, label: "Next", help: "The next one that matches, or the one before",
            contexts: [.networkSearch], inBar: true, shown: "↑↓"),
        KeyBinding(
            keys: [.escape], command: .cancel, label: "Cancel",
            help: "Stop finding and go back to whoever was selected",
            contexts: [.networkSearch], inBar: true),
        KeyBinding(
            keys: [.escape], command: .cancel, label: "Clear", help: "Clear the search",
            contexts: [.caseloadSearch, .directorySearch], inBar: true),
    ]
}
