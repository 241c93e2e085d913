extension KeyMap {
    /// The keys of the map: moving people between rings, the list, snapshots and comparing them.
    static let networkKeys: [KeyBinding] = [
        KeyBinding(
            keys: [.tab], command: .nextItem, label: "Next", help: "Next on the map, in order", contexts: [.network],
            inBar: false),
        KeyBinding(
            keys: [.backTab], command: .previousItem, label: "Previous", help: "Previous on the map",
            contexts: [.network], inBar: false),
        KeyBinding(
            keys: ch("+="), command: .inwards, label: "Closer", help: "Move one ring closer (inwards)",
            contexts: [.network, .networkList], inBar: true),
        KeyBinding(
            keys: ch("-_"), command: .outwards, label: "Further", help: "Move one ring further out",
            contexts: [.network, .networkList], inBar: true),
        // v is named on the line under the map too, so it gives its place in the bar to these two.
        KeyBinding(
            keys: ch("s"), command: .snapshot, label: "Keep today's map",
            help: "Keep a copy of the map as it is today (a snapshot), to compare with later",
            contexts: [.network, .networkList],
            inBar: true),
        KeyBinding(
            keys: ch("c"), command: .compare, label: "Compare",
            help: "Compare the map with how it was before: a map kept with s", contexts: [.network, .networkList],
            inBar: true),
        KeyBinding(
            keys: [.left], command: .earlierDate(by: -1), label: "Earlier date", help: "Choose the earlier date",
            contexts: [.networkCompare], inBar: true, shown: "←→"),
        KeyBinding(
            keys: [.right], command: .earlierDate(by: 1), label: "Earlier date", help: "Choose the earlier date",
            contexts: [.networkCompare], inBar: false),
        KeyBinding(
            keys: [.up], command: .laterDate(by: -1), label: "Later date", help: "Choose the later date, or now",
            contexts: [.networkCompare], inBar: true, shown: "↑↓"),
        KeyBinding(
            keys: [.down], command: .laterDate(by: 1), label: "Later date", help: "Choose the later date, or now",
            contexts: [.networkCompare], inBar: false),
        KeyBinding(
            keys: ch("d"), command: .delete, label: "Delete", help: "Delete the earlier snapshot (asks first)",
            contexts: [.networkCompare], inBar: true),
        KeyBinding(
            keys: [.escape, .character("q")], command: .back, label: "Back", help: "Back to the map",
            contexts: [.networkCompare], inBar: true),
    ]

    /// Keys of the map that come after those of every plan part, so the bar shows them only where there is room.
    static let networkBarKeys: [KeyBinding] = [
        KeyBinding(
            keys: ch("v"), command: .toggleView, label: "List", help: "Show the map as a plain list",
            contexts: [.network], inBar: true),
        KeyBinding(
            keys: ch("v"), command: .toggleView, label: "Rings", help: "Show the map as rings",
            contexts: [.networkList], inBar: true),
        KeyBinding(
            keys: ch("/"), command: .search, label: "Find", help: "Find someone on the map by name as you type",
            contexts: [.network, .networkList], inBar: true),
        KeyBinding(
            keys: ch("<,"), command: .anticlockwise, label: "Round",
            help: "Move the one selected round their ring: < one way, > the other",
            contexts: [.network], inBar: true, shown: "<>"),
        KeyBinding(
            keys: ch(">."), command: .clockwise, label: "Round",
            help: "Move the one selected round their ring: < one way, > the other",
            contexts: [.network], inBar: false),
        KeyBinding(
            keys: ch("n"), command: .knows, label: "Knows", help: "Who they know on the map: they know each other",
            contexts: [.network, .networkList], inBar: true),
    ]
}
