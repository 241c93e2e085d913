extension KeyMap {
    /// Moving about, on every screen: after every screen's own keys, so those win.
    static let movementKeys: [KeyBinding] = [
        KeyBinding(
            keys: [.up, .character("k")], command: .up, label: "Move", help: "Move about", contexts: [.anyScreen],
            inBar: false),
        KeyBinding(
            keys: [.down, .character("j")], command: .down, label: "Move", help: "Move about", contexts: [.anyScreen],
            inBar: false),
        KeyBinding(
            keys: [.left, .character("h")], command: .left, label: "Move", help: "Move about", contexts: [.anyScreen],
            inBar: false),
        KeyBinding(
            keys: [.right, .character("l")], command: .right, label: "Move", help: "Move about", contexts: [.anyScreen],
            inBar: false),
        KeyBinding(
            keys: [.pageUp], command: .pageUp, label: "Page", help: "Up or down a page", contexts: [.anyScreen],
            inBar: false),
        KeyBinding(
            keys: [.pageDown], command: .pageDown, label: "Page", help: "Up or down a page", contexts: [.anyScreen],
            inBar: false),
        KeyBinding(
            keys: [.home], command: .first, label: "Ends", help: "Go to the first or the last", contexts: [.anyScreen],
            inBar: false),
        KeyBinding(
            keys: [.end], command: .last, label: "Ends", help: "Go to the first or the last", contexts: [.anyScreen],
            inBar: false),
        KeyBinding(
            keys: ch("p"), command: .privacy, label: "Hide", help: "Hide the screen until a key is pressed",
            contexts: [.anyScreen], inBar: true),
    ]

    /// Over time, and who writes: last in the table, so the bar shows them only where there is room (help always does).
    static let roomPermittingKeys: [KeyBinding] = [
        KeyBinding(
            keys: ch("t"), command: .timeline, label: "Timeline",
            help: "What changed, and when: one dated line each", contexts: plan.union([.timeline]), inBar: true),
        KeyBinding(
            keys: ch("w"), command: .writing, label: "Who writes",
            help: "Who is writing now: marks what is added or changed", contexts: plan, inBar: false),
        KeyBinding(
            keys: ch("i"), command: .ideasNearby, label: "Nearby",
            help: "Ideas nearby: places and groups in the directory that fit this person, and why",
            contexts: [.strengths, .personStrengths, .network, .networkList], inBar: true),
        KeyBinding(
            keys: ch("g"), command: .startGroup, label: "Group",
            help: "Start a group: only what the group writes together is on screen", contexts: [.caseload], inBar: true),
    ]
}
