import AssetMapCore

/// How keys change a choice in a form. Arrows step one option and stop at the ends (ring 1 never turns
/// into ring 5); letters jump to the first option they begin, or a word in it begins ("g" finds "a group");
/// the same letter again moves on to the next option it begins; a digit no option starts with picks by number.
public enum ChoiceKeys {
    /// Up to this many options are stepped through with ← →; more are shown as a list.
    public static let mostStepped = 3

    /// Where the choice is after a key, and the letters typed so far; nil when the key is not one for choosing.
    public static func handle(_ key: Key, options: [String], selected: Int, typed: String) -> (selected: Int, typed: String)? {
        guard !options.isEmpty else { return nil }
        let last = options.count - 1
        switch key {
        case .left: return (max(0, selected - 1), "")
        case .right, .character(" "): return (min(last, selected + 1), "")
        case .home: return (0, "")
        case .end: return (last, "")
        case .character(let c): return jump(typed, adding: c, options: options, selected: selected)
        default: return nil
        }
    }

    static func jump(_ typed: String, adding c: Character, options: [String], selected: Int) -> (selected: Int, typed: String) {
        let query = SearchQuery.fold(typed + String(c))
        let letter = SearchQuery.fold(String(c))
        let sameLetterAgain = !typed.isEmpty && SearchQuery.fold(typed).allSatisfy { String($0) == letter }
        if !sameLetterAgain, let found = options.indices.first(where: { begins(options[$0], with: query) }) {
            return (found, typed + String(c))
        }
        let starting = options.indices.filter { begins(options[$0], with: letter) }
        if let found = starting.first(where: { $0 > selected }) ?? starting.first {
            return (sameLetterAgain ? found : starting[0], sameLetterAgain ? typed + String(c) : String(c))
        }
        if let digit = c.wholeNumberValue, (1...options.count).contains(digit) { return (digit - 1, "") }
        return (selected, typed)
    }

    /// True when the option, or one of its words, begins with the folded text.
    static func begins(_ option: String, with folded: String) -> Bool {
        guard !folded.isEmpty else { return false }
        let text = SearchQuery.fold(option)
        if text.hasPrefix(folded) { return true }
        return text.split { !$0.isLetter && !$0.isNumber }.contains { $0.hasPrefix(folded) }
    }
}
