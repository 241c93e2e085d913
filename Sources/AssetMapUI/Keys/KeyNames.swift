/// Naming keys in footers and messages. Every name comes from the key table, so a key changed there is changed
/// everywhere it is named, and what a footer says is what the key does.
extension KeyMap {
    /// The keys that give `command` here, in the table's order.
    public static func keys(for command: Command, in context: KeyContext) -> [Key] {
        binding(for: command, in: context).keys
    }

    /// The key for `command` here, named as the hint bar names it: "Ctrl-S", "Esc", "←→".
    public static func keyName(for command: Command, in context: KeyContext) -> String {
        binding(for: command, in: context).barLabel
    }

    /// A footer: each command's key and what it does, in the order given. "Ctrl-S save · Tab next · Esc cancel".
    public static func footer(
        _ parts: KeyValuePairs<Command, String>, in context: KeyContext, separator: String = " · "
    ) -> String {
        parts.map { "\(keyName(for: $0.key, in: context)) \($0.value)" }.joined(separator: separator)
    }

    /// A key that is the same on every part of a plan (undo, redo), named as the parts name it.
    public static func planKeyName(for command: Command) -> String {
        keyName(for: command, in: .overview)
    }

    /// The first key of each command: "← →" for a pair that goes both ways.
    public static func keyNames(for commands: Command..., in context: KeyContext, separator: String = " ") -> String {
        commands.map { keys(for: $0, in: context).first?.label ?? "" }.joined(separator: separator)
    }

    /// Said in a question about deleting something: the change can be taken back.
    public static func undoAfterwards() -> String {
        "Press \(planKeyName(for: .undo)) afterwards to undo."
    }

    private static func binding(for command: Command, in context: KeyContext) -> KeyBinding {
        guard let binding = keptBindings(for: context).first(where: { $0.command == command }) else {
            preconditionFailure("No key gives \(command) in \(context); a footer names a key the table does not have.")
        }
        return binding
    }
}
