/// Text being typed: the characters and where the cursor is. Single line, or many lines with word wrap.
public struct TextFieldState: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Index in `characters` the cursor is before.
    public private(set) var cursor: Int
    public let multiline: Bool
    public let limit: Int

    public init(_ text: String = "", multiline: Bool = false, limit: Int? = nil) {
        self.multiline = multiline
        self.limit = limit ?? (multiline ? 20_000 : 300)
        let clean = TextFieldState.clean(text, multiline: multiline)
        characters = Array(clean.prefix(self.limit))
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Applies a key; returns false when the key is not one for typing, so the caller can use it.
    /// `wrapWidth` is the width the field is drawn at, which up and down need.
    public mutating func handle(_ key: Key, wrapWidth: Int) -> Bool {
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

    /// Inserts text at the cursor, without control characters (new lines only in a multi-line field).
    public mutating func insert(_ text: String) {
        let clean = Self.clean(text, multiline: multiline)
        guard !clean.isEmpty else { return }
        let before = String(characters[..<cursor]) + clean
        let after = String(characters[cursor...])
        // Re-segmented as one string, so a typed accent joins the letter before it.
        var joined = Array(before + after)
        if joined.count > limit { joined = Array(joined.prefix(limit)) }
        characters = joined
        cursor = min(Array(before).count, characters.count)
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

    static func clean(_ text: String, multiline: Bool) -> String {
        let clean = PasteText.clean(text)
        return multiline ? clean : clean.replacingNewlines()
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
