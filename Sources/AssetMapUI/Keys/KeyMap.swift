/// The one key table. Dispatch, the hint bar and the help screen all read it, so they never disagree.
/// Earlier lines win: screen-specific keys come before the general ones.
public enum KeyMap {
    /// The bindings for a context, in table order, each command once.
    public static func bindings(for context: KeyContext) -> [KeyBinding] {
        var seen = Set<Command>()
        var keysTaken = Set<Key>()
        var result: [KeyBinding] = []
        for binding in bindings where binding.applies(to: context) {
            let free = binding.keys.filter { !keysTaken.contains($0) }
            keysTaken.formUnion(binding.keys)
            guard !free.isEmpty, seen.insert(binding.command).inserted else { continue }
            var shown = binding
            shown.keys = free
            result.append(shown)
        }
        return result
    }

    /// The lines of the help screen: bindings sharing a label (the four "Move" keys) on one line.
    public static func helpLines(for context: KeyContext, only include: (KeyBinding) -> Bool = { _ in true })
        -> [(keys: String, help: String)]
    {
        var lines: [(label: String, keys: [String], help: String)] = []
        for binding in bindings(for: context) where include(binding) {
            if let index = lines.firstIndex(where: { $0.label == binding.label && binding.command.isMovement }) {
                lines[index].keys.append(contentsOf: binding.keys.map(\.label))
            } else if let index = lines.firstIndex(where: { $0.help == binding.help }) {
                // The other way of a pair shown together ("←→") is named already.
                let named = lines[index].keys.contains {
                    $0 == binding.keyLabel || ($0.count == 2 && $0.contains(binding.keyLabel))
                }
                if !named { lines[index].keys.append(binding.keyLabel) }
            } else {
                lines.append(
                    (
                        binding.label, binding.command.isMovement ? binding.keys.map(\.label) : [binding.keyLabel],
                        binding.help
                    ))
            }
        }
        return lines.map { line in
            // Arrows run together and letters run together: "↑↓←→ kjhl".
            let arrows = line.keys.filter { $0.count == 1 && "↑↓←→".contains($0) }.joined()
            let others = line.keys.filter { !($0.count == 1 && "↑↓←→".contains($0)) }
            let letters = others.allSatisfy({ $0.count == 1 }) && others.count == 4 ? [others.joined()] : others
            return ([arrows] + letters).filter { !$0.isEmpty }.joined(separator: " ")
        }.enumerated().map { ($0.element, lines[$0.offset].help) }
    }

    static func ch(_ text: String) -> [Key] { text.map { Key.character($0) } }

    static let plan: Set<KeyContext> = [.planSection]
    static let walkThroughHelp = "A walk-through for a first meeting, one part at a time; it picks up where it was left"
    /// Where letters are typed as text: the keys that change the text, and the ones for help and hiding.
    static let typing: Set<KeyContext> = Set(KeyContext.allCases.filter(\.isTextEntry))
    /// Plan sections holding lists of things that can be added, changed and deleted.
    static let editable: Set<KeyContext> = [
        .network, .networkList, .strengths, .personStrengths, .goals, .goal, .wellbeing, .notes,
    ]

    /// The table in order: where two lines give the same key in a context, the earlier one wins, so
    /// screen-specific keys come before the general ones.
    public static let bindings: [KeyBinding] = [
        walkThroughKeys, wellbeingCheckKeys, typingKeys, overlayKeys, strengthsKeys, groupKeys, caseloadKeys,
        networkKeys, goalKeys, planKeys, networkBarKeys, movementKeys, roomPermittingKeys,
    ].flatMap { $0 }
}
