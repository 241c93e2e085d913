/// Notices deficit words in what is typed and suggests putting it as a strength or a wish.
/// It only ever suggests: nothing is blocked or changed.
public enum StrengthsWording {
    /// Word stems that describe a person by what is wrong, with a gentler way in for each.
    static let stems: [(stem: String, suggestion: String)] = [
        ("illness", "Could it be put as what helps you stay well?"),
        ("deficit", "Could it be put as something you'd like to build on?"),
        ("weakness", "Could it be put as something you'd like to get better at?"),
        ("failing", "Could it be put as something you've learned or would like to try?"),
        ("failure", "Could it be put as something you've learned or would like to try?"),
        ("relapse", "Could it be put as what helps when things are hard?"),
        ("crisis", "Could it be put as what helps when things are hard?"),
        ("risk", "Could it be put as what would make it go well?"),
        ("non-compliance", "Could it be put as what matters to you about it?"),
        ("noncompliance", "Could it be put as what matters to you about it?"),
        ("non-compliant", "Could it be put as what matters to you about it?"),
        ("problem", "Could it be put as what you'd like instead?"),
        ("disorder", "Could it be put as what helps you?"),
        ("can't", "Could it be put as something you'd like to be able to do?"),
        ("cannot", "Could it be put as something you'd like to be able to do?"),
        ("unable", "Could it be put as something you'd like to be able to do?"),
    ]

    /// Every suggestion there is, so a form can keep room for the longest.
    public static var suggestions: [String] { stems.map(\.suggestion) }

    /// A suggestion for the first deficit word found, or nil.
    public static func suggestion(for text: String) -> String? {
        let words = text.lowercased()
            .replacing("’", with: "'")
            .split { !($0.isLetter || $0 == "-" || $0 == "'") }
        for word in words {
            if let match = stems.first(where: { word.hasPrefix($0.stem) }) {
                return match.suggestion
            }
        }
        return nil
    }
}
