extension KeyMap {
    /// The keys of the caseload and the community directory; first, ? for help on every screen.
    static let caseloadKeys: [KeyBinding] = [
        KeyBinding(
            keys: ch("?"), command: .help, label: "Help", help: "Help: what this screen shows, and its keys",
            contexts: [.anyScreen],
            inBar: true),
        KeyBinding(
            keys: ch("a"), command: .add, label: "New plan", help: "Start a plan for someone", contexts: [.caseload],
            inBar: true),
        KeyBinding(
            keys: [.enter], command: .open, label: "Open", help: "Open the plan selected", contexts: [.caseload],
            inBar: true),
        KeyBinding(
            keys: ch("/"), command: .search, label: "Find", help: "Find a plan by name as you type",
            contexts: [.caseload], inBar: true),
        KeyBinding(
            keys: ch("r"), command: .report, label: "Report",
            help: "Outcomes across the caseload, in numbers only (no names)", contexts: [.caseload], inBar: true),
        // Binning is rare, asks first and can be undone: it gives its place in the bar to the report.
        KeyBinding(
            keys: ch("d"), command: .delete, label: "Delete", help: "Move the plan to the bin (asks first)",
            contexts: [.caseload], inBar: false),
        KeyBinding(
            keys: ch("u"), command: .undo, label: "Undo", help: "Bring back the plan just deleted",
            contexts: [.caseload], inBar: false),
        KeyBinding(
            keys: ch("c"), command: .communityDirectory, label: "Community",
            help: "Places and groups near here, shared by every plan",
            contexts: [.caseload, .strengths, .personStrengths], inBar: true),
        KeyBinding(
            keys: ch("s"), command: .settings, label: "Settings",
            help: "Wording suggestions, how the screen looks, and the mouse",
            contexts: [.caseload], inBar: false),
        KeyBinding(
            keys: ch("t"), command: .syncTeam, label: "Sync",
            help: "Sync now: send changes made here and bring in the team's",
            contexts: [.caseload], inBar: true),
        KeyBinding(
            keys: ch("q"), command: .back, label: "Quit", help: "Leave assetmap (everything is already saved)",
            contexts: [.caseload], inBar: true),

        // Community directory
        KeyBinding(
            keys: ch("a"), command: .add, label: "Add", help: "Add a place, group or service", contexts: [.directory],
            inBar: true),
        KeyBinding(
            keys: [.enter], command: .open, label: "Open", help: "Show the whole entry selected, or hide it again",
            contexts: [.directory], inBar: true),
        KeyBinding(
            keys: ch("e"), command: .edit, label: "Edit", help: "Change the entry selected", contexts: [.directory],
            inBar: true),
        KeyBinding(
            keys: ch("d"), command: .delete, label: "Delete", help: "Delete the entry (asks first)",
            contexts: [.directory], inBar: true),
        KeyBinding(
            keys: ch("/"), command: .search, label: "Find", help: "Find by name, what, where or tag",
            contexts: [.directory], inBar: true),
        KeyBinding(
            keys: ch("l"), command: .link, label: "Link", help: "Link to the open plan, or unlink",
            contexts: [.directory], inBar: true),
        KeyBinding(
            keys: ch("u"), command: .undo, label: "Undo", help: "Take back the last change to the directory",
            contexts: [.directory], inBar: false),
        KeyBinding(
            keys: ch("r"), command: .putOnMap, label: "On map",
            help: "Put it on the open plan's map, ring 5: could connect with", contexts: [.directory, .strengths],
            inBar: true),
    ]
}
