import AssetMapCore

/// How keys change a choice in a form. Arrows step one option and stop at the ends (ring 1 never turns
/// into ring 5); letters jump to the first option they begin, or a word in it begins ("g" finds "a group");
/// the same letter again moves on to the next option it begins. Where no option begins with a digit, the
/// options are numbered and a digit picks by its number.
public enum ChoiceKeys {
    /// Up to this many options are stepped through with ← →; more are shown as a list.
    public static let mostStepped = 3
    /// Digits pick the first nine options of a numbered choice.
    static let mostNumbered = 9

    /// Where the choice is after a key, and the letters typed so far; nil when the key is not one for choosing.
    public static func handle(_ key: Key, options: [String], selected: Int, typed: String) -> (
        selected: Int, typed: String
    )? {
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

    /// A key on a choice, and whether it settled the choice: a digit that picks by its number, or letters
    /// that only one option begins. A settled choice moves the form on; `rest` is what is left of the option
    /// after the letters typed, so a word typed in full does not spill into the next field.
    static func pick(_ key: Key, options: [String], selected: Int, typed: String)
        -> (selected: Int, typed: String, settled: Bool, rest: String)?
    {
        guard let moved = handle(key, options: options, selected: selected, typed: typed) else { return nil }
        guard case .character(let c) = key, c != " " else { return (moved.selected, moved.typed, false, "") }
        if isNumbered(options), let digit = c.wholeNumberValue {
            return (moved.selected, "", number(digit, of: options) != nil, "")
        }
        let query = SearchQuery.fold(moved.typed)
        let matching = options.indices.filter { begins(options[$0], with: query) }
        guard matching == [moved.selected] else { return (moved.selected, moved.typed, false, "") }
        return (moved.selected, "", true, rest(of: options[moved.selected], after: query))
    }

    /// True when digits pick by number: no option, nor a word in one, begins with a digit.
    static func isNumbered(_ options: [String]) -> Bool {
        !options.contains { option in
            SearchQuery.fold(option).split { !$0.isLetter && !$0.isNumber }.contains { $0.first?.isNumber == true }
        }
    }

    /// True when a digit picks an option by its number: numbered by the list, or each beginning with its own
    /// ("2 · friends").
    static func picksByNumber(_ options: [String]) -> Bool {
        isNumbered(options) || options.enumerated().allSatisfy { $0.element.hasPrefix("\($0.offset + 1) ") }
    }

    /// The option a digit picks in a numbered choice.
    private static func number(_ digit: Int, of options: [String]) -> Int? {
        (1...min(mostNumbered, options.count)).contains(digit) ? digit - 1 : nil
    }

    static func jump(_ typed: String, adding c: Character, options: [String], selected: Int) -> (
        selected: Int, typed: String
    ) {
        if let digit = c.wholeNumberValue, isNumbered(options) { return (number(digit, of: options) ?? selected, "") }
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
        return (selected, typed)
    }

    /// True when the option, or one of its words, begins with the folded text.
    static func begins(_ option: String, with folded: String) -> Bool {
        guard !folded.isEmpty else { return false }
        let text = SearchQuery.fold(option)
        if text.hasPrefix(folded) { return true }
        return text.split { !$0.isLetter && !$0.isNumber }.contains { $0.hasPrefix(folded) }
    }

    /// The option, folded, after the first place a word of it begins with the folded text.
    static func rest(of option: String, after folded: String) -> String {
        let text = SearchQuery.fold(option)
        var start = text.startIndex
        while start < text.endIndex {
            let atWord =
                start == text.startIndex
                || !text[text.index(before: start)].isLetter && !text[text.index(before: start)].isNumber
            if atWord, text[start...].hasPrefix(folded) { return String(text[start...].dropFirst(folded.count)) }
            start = text.index(after: start)
        }
        return ""
    }
}
