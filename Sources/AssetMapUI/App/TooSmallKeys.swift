import AssetMapCore

extension AppReducer {
    /// Keys pressed while the window is too small to show anything are kept, in order, and used once it is big
    /// enough. Only Ctrl-C, and `q` when it cannot be part of something typed, act at once: they leave, keeping
    /// what is typed as a hang-up does.
    static func whileTooSmall(_ key: Key, state: inout AppState, env: Environment) -> [Effect] {
        guard key == .control("c") || (key == .character("q") && state.qLeavesWhileTooSmall) else {
            state.heldKeys.append(key)
            return []
        }
        // The keys kept so far are used first, laid out as on the smallest window that shows everything.
        let size = state.size
        state.size = .minimum
        let effects = useHeldKeys(&state, env: env)
        state.size = size
        return effects + [.stop]
    }

    static func useHeldKeys(_ state: inout AppState, env: Environment) -> [Effect] {
        let keys = state.heldKeys
        state.heldKeys = []
        return keys.flatMap { handle($0, state: &state, env: env) }
    }
}

extension AppState {
    /// On the too-small screen `q` leaves, unless it may be a letter being typed.
    public var qLeavesWhileTooSmall: Bool { heldKeys.isEmpty && !isTyping }
}
