import Synchronization

/// Finding a key's command and a context's hints, worked out once for each context from the one key table rather than
/// the table searched at every key.
extension KeyMap {
    public static func command(for key: Key, in context: KeyContext) -> Command? {
        let command = commands(in: context)[key]
        // Digits carry their own number: 2 is the Network section, 3 is the answer "Agree".
        if case .character(let c)? = Optional(key), let digit = c.wholeNumberValue {
            if case .section = command { return .section(digit) }
            if case .answer = command { return .answer(digit) }
        }
        return command
    }

    /// Works out a context's keys before its first key comes, while the program waits, so that the first key on a
    /// screen is answered as quickly as the rest.
    public static func prepare(_ context: KeyContext) {
        _ = commands(in: context)
    }

    /// Worked out once for each context, when first needed: the bar is drawn at every key.
    public static func hints(for context: KeyContext) -> [KeyBinding] {
        hintsByContext.withLock { known in
            if let hints = known[context] { return hints }
            let hints = keptBindings(for: context).filter(\.inBar)
            known[context] = hints
            return hints
        }
    }

    private static let hintsByContext = Mutex<[KeyContext: [KeyBinding]]>([:])

    /// `bindings(for:)`, worked out once for each context: a key in a form asks which keys save it.
    static func keptBindings(for context: KeyContext) -> [KeyBinding] {
        bindingsByContext.withLock { known in
            if let bindings = known[context] { return bindings }
            let bindings = bindings(for: context)
            known[context] = bindings
            return bindings
        }
    }

    private static let bindingsByContext = Mutex<[KeyContext: [KeyBinding]]>([:])

    /// Each key's command in a context: that of the first binding in the table that applies there and has the key.
    private static func commands(in context: KeyContext) -> [Key: Command] {
        commandsByContext.withLock { known in
            if let commands = known[context] { return commands }
            var commands: [Key: Command] = [:]
            for binding in bindings where binding.applies(to: context) {
                for key in binding.keys where commands[key] == nil {
                    commands[key] = binding.command
                }
            }
            known[context] = commands
            return commands
        }
    }

    private static let commandsByContext = Mutex<[KeyContext: [Key: Command]]>([:])
}
