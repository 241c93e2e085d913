/// Notices deficit words in what is typed and suggests putting it as a strength or a wish.
/// It only ever suggests: nothing is blocked or changed.
public enum StrengthsWording {
    /// How a pattern is found: as the start of a word ("illness" finds "illnesses"), as a whole word only
    /// ("mess" must not find "message"), or as words in a row ("stops me").
    enum Pattern {
        case stem(String)
        case word(String)
        case phrase(String)
    }

    static let wouldLike = "Could it be put as something you'd like to be able to do?"
    static let hardTimes = "Could it be put as what helps when things are hard?"
    static let kindWords = "Could it be put in words the person would be glad to read back?"

    /// Words that describe a person by what is wrong, each with a gentler way in.
    static let patterns: [(pattern: Pattern, suggestion: String)] = [
        (.stem("illness"), "Could it be put as what helps you stay well?"),
        (.stem("deficit"), "Could it be put as something you'd like to build on?"),
        (.stem("weak"), "Could it be put as something you'd like to get better at?"),
        (.stem("failing"), "Could it be put as something you've learned or would like to try?"),
        (.stem("failure"), "Could it be put as something you've learned or would like to try?"),
        (.stem("relapse"), hardTimes),
        (.stem("crisis"), hardTimes),
        (.stem("struggl"), hardTimes),
        (.stem("suffer"), hardTimes),
        (.stem("risk"), "Could it be put as what would make it go well?"),
        (.stem("non-complian"), "Could it be put as what matters to you about it?"),
        (.stem("noncomplian"), "Could it be put as what matters to you about it?"),
        (.stem("problem"), "Could it be put as what you'd like instead?"),
        (.stem("disorder"), "Could it be put as what helps you?"),
        (.stem("difficult"), "Could it be put as what would make it easier?"),
        (.stem("vulnerab"), "Could it be put as what helps you feel safe?"),
        (.stem("isolated"), "Could it be put as who you'd like to see more of?"),
        (.stem("lonely"), "Could it be put as who you'd like to see more of?"),
        (.stem("burden"), "Could it be put as what you bring as well as what you need?"),
        (.stem("hopeless"), kindWords),
        (.stem("useless"), kindWords),
        (.stem("worthless"), kindWords),
        (.stem("pathetic"), kindWords),
        (.stem("stupid"), kindWords),
        (.word("lazy"), kindWords),
        (.word("mess"), "Could it be put as what would help things feel more settled?"),
        (.word("messy"), "Could it be put as what would help things feel more settled?"),
        (.phrase("a bit of a mess"), "Could it be put as what would help things feel more settled?"),
        (.phrase("stops me"), "Could it be put as what you'd like to do, and what would help?"),
        (.phrase("stop me"), "Could it be put as what you'd like to do, and what would help?"),
        (.phrase("holds me back"), "Could it be put as what you'd like to do, and what would help?"),
        (.phrase("not good at"), "Could it be put as something you'd like to get better at?"),
        (.phrase("no good at"), "Could it be put as something you'd like to get better at?"),
        (.phrase("bad at"), "Could it be put as something you'd like to get better at?"),
        (.phrase("too much for me"), hardTimes),
        (.stem("can't"), wouldLike),
        (.stem("cannot"), wouldLike),
        (.stem("unable"), wouldLike),
        (.stem("incapable"), wouldLike),
    ]

    /// Every suggestion there is, so a form can keep room for the longest.
    public static var suggestions: [String] { patterns.map(\.suggestion) }

    /// A suggestion for the first deficit word found, or nil.
    public static func suggestion(for text: String) -> String? {
        match(in: text)?.suggestion
    }

    /// The first deficit words found, as typed, with the suggestion for them; phrases before single words,
    /// so "a bit of a mess" is named whole.
    public static func match(in text: String) -> (words: String, suggestion: String)? {
        let words = text.replacing("’", with: "'").split { !($0.isLetter || $0 == "-" || $0 == "'") }.map(String.init)
        let lower = words.map { $0.lowercased() }
        // "not bad at", "no problem": a word already turned round needs no suggestion.
        func negated(_ index: Int) -> Bool { index > 0 && ["not", "no", "never"].contains(lower[index - 1]) }
        for (pattern, suggestion) in patterns {
            guard case .phrase(let phrase) = pattern else { continue }
            let wanted = phrase.split(separator: " ").map(String.init)
            guard wanted.count <= lower.count else { continue }
            for start in 0...(lower.count - wanted.count)
            where Array(lower[start..<start + wanted.count]) == wanted && !negated(start) {
                return (words[start..<start + wanted.count].joined(separator: " "), suggestion)
            }
        }
        for (index, word) in lower.enumerated() where !negated(index) {
            for (pattern, suggestion) in patterns {
                switch pattern {
                case .stem(let stem) where word.hasPrefix(stem): return (words[index], suggestion)
                case .word(let whole) where word == whole: return (words[index], suggestion)
                default: continue
                }
            }
        }
        return nil
    }
}
