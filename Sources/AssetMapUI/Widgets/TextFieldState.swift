/// Text being typed: the characters and where the cursor is. Single line, or many lines with word wrap.
/// Text from a file is never cut: up to `largest` characters are held to read and change, and a longer one
/// (which only another program could have written) is kept exactly as it came and shown to read only.
public struct TextFieldState: Equatable, Sendable {
    /// The most characters a field holds for changing; every key stays quick up to here.
    public static let largest = 200_000
    /// How much of a text too long to change is shown: more than any screen can hold.
    static let shownOfTooLong = 10_000

    public private(set) var characters: [Character]
    /// Index in `characters` the cursor is before.
    public private(set) var cursor: Int
    public let multiline: Bool
    /// How long typing and pasting may make the text. A text that came longer than this is kept whole: it can
    /// be shortened here, not made longer.
    public let limit: Int
    /// A text longer than `largest`, kept as it came; `characters` then holds only its beginning, to be read.
    public let tooLong: String?
    /// What the last key could not do, to be said on screen: part of a paste left out, or a text too long to change.
    public private(set) var refusal: String?

    public init(_ text: String = "", multiline: Bool = false, limit: Int? = nil) {
        self.multiline = multiline
        self.limit = limit ?? (multiline ? Self.largest : 300)
        if let end = text.index(text.startIndex, offsetBy: Self.largest, limitedBy: text.endIndex), end < text.endIndex
        {
            tooLong = text
            characters = Array(TextFieldState.clean(String(text.prefix(Self.shownOfTooLong)), multiline: multiline))
            cursor = 0
        } else {
            tooLong = nil
            characters = Array(TextFieldState.clean(text, multiline: multiline))
            cursor = characters.count
        }
    }

    public var text: String { tooLong ?? String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Applies a key; returns false when the key is not one for typing, so the caller can use it.
    /// `wrapWidth` is the width the field is drawn at, which up and down need.
    public mutating func handle(_ key: Key, wrapWidth: Int) -> Bool {
        refusal = nil
        if tooLong != nil, changes(key) {
            refusal =
                "This text is too long to change here (more than \(Self.grouped(Self.largest)) characters). "
                + "It is kept whole, as it is; only its beginning is shown."
            return true
        }
        switch key {
        case .character(let c):
            insert(String(c))
        case .paste(let text):
            insert(text)
        case .enter where multiline:
            insert("\n")
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left, .control("b"):
            cursor = max(0, cursor - 1)
        case .right, .control("f"):
            cursor = min(characters.count, cursor + 1)
        case .home, .control("a"):
            cursor = lineRange(wrapWidth: wrapWidth).lowerBound
        case .end, .control("e"):
            cursor = lineRange(wrapWidth: wrapWidth).upperBound
        case .control("k"):
            characters.removeSubrange(cursor..<lineRange(wrapWidth: wrapWidth).upperBound)
        case .control("u"):
            let start = lineRange(wrapWidth: wrapWidth).lowerBound
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .control("w"):
            deleteWordBack()
        case .up where multiline:
            moveLine(by: -1, wrapWidth: wrapWidth)
        case .down where multiline:
            moveLine(by: 1, wrapWidth: wrapWidth)
        default:
            return false
        }
        return true
    }

    /// Inserts text at the cursor, without control characters (new lines only in a multi-line field). What would
    /// make the text longer than its limit is left out, and `refusal` says so.
    public mutating func insert(_ text: String) {
        var added = Array(Self.clean(text, multiline: multiline))
        guard !added.isEmpty, tooLong == nil else { return }
        let room = max(0, limit - characters.count)
        if added.count > room {
            refusal =
                room == 0
                ? "Nothing more fits here: up to \(Self.grouped(limit)) characters can be typed."
                : "Only \(Self.grouped(room)) of the \(Self.grouped(added.count)) characters fitted here (up to "
                    + "\(Self.grouped(limit))); the rest was left out."
            added = Array(added.prefix(room))
            guard !added.isEmpty else { return }
        }
        // Segmented again only where old and new text meet, so a typed accent joins the letter before it and a
        // key in a long text stays quick.
        let start = max(0, cursor - 1)
        let end = min(characters.count, cursor + 1)
        let head = Array(String(characters[start..<cursor]) + String(added))
        let joined = Array(String(head) + String(characters[cursor..<end]))
        characters.replaceSubrange(start..<end, with: joined)
        cursor = start + min(head.count, joined.count)
    }

    public mutating func moveCursorToEnd() {
        cursor = characters.count
    }

    private mutating func deleteWordBack() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    private func lineRange(wrapWidth: Int) -> Range<Int> {
        guard multiline else { return 0..<characters.count }
        let lines = TextWrap.lines(characters, width: wrapWidth)
        return lines[TextWrap.position(of: cursor, in: lines, characters: characters).line]
    }

    private mutating func moveLine(by offset: Int, wrapWidth: Int) {
        let lines = TextWrap.lines(characters, width: wrapWidth)
        let here = TextWrap.position(of: cursor, in: lines, characters: characters)
        let target = here.line + offset
        if target < 0 {
            cursor = 0
        } else if target >= lines.count {
            cursor = characters.count
        } else {
            cursor = TextWrap.index(atColumn: here.column, in: lines[target], characters: characters)
        }
    }

    /// Keys that would change the text, as against moving through it.
    private func changes(_ key: Key) -> Bool {
        key == .enter ? multiline : key.writes
    }

    /// 34907 as "34,907".
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        return String(
            digits.enumerated().flatMap { index, digit in
                index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
            })
    }

    static func clean(_ text: String, multiline: Bool) -> String {
        let clean = PasteText.clean(text)
        return multiline ? clean : clean.replacingNewlines()
    }
}

extension Key {
    /// Keys that write into a text field, or take out of it.
    var writes: Bool {
        switch self {
        case .character, .paste, .enter, .backspace, .delete, .control("d"), .control("k"), .control("u"),
            .control("w"):
            return true
        default: return false
        }
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
