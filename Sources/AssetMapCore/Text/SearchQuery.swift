import Foundation

/// What someone typed to find something, compared the way people search:
/// case and accents do not matter ("zoe" finds "Zoë"), and every word typed must appear.
public struct SearchQuery: Equatable, Sendable {
    public let words: [String]

    public init(_ typed: String) {
        words = SearchQuery.fold(typed).split(separator: " ").map(String.init)
    }

    public var isEmpty: Bool { words.isEmpty }

    /// `folded` is the text to search, already passed through `fold`.
    public func matches(folded: String) -> Bool {
        words.allSatisfy { folded.contains($0) }
    }

    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
