import FoundationEssentials

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
        words.allSatisfy { Self.contains(folded, $0) }
    }

    /// Compared byte by byte, which for folded text is the same as letter by letter (UTF-8 never matches
    /// in the middle of a letter) and fast enough to search ten thousand names at every key.
    static func contains(_ text: String, _ word: String) -> Bool {
        var text = text
        var word = word
        return text.withUTF8 { text in
            word.withUTF8 { word in
                guard let start = word.first else { return true }
                guard text.count >= word.count else { return false }
                for offset in 0...(text.count - word.count) where text[offset] == start {
                    if memcmp(text.baseAddress! + offset, word.baseAddress!, word.count) == 0 { return true }
                }
                return false
            }
        }
    }

    public static func fold(_ text: String) -> String {
        SearchFolding.fold(text)
    }
}
