import AssetMapCore

/// Word wrapping by display width. Lines are ranges of character indices; a space where a line was broken
/// and a typed new line belong to no line.
public enum TextWrap {
    /// `maxLines` stops early, for text drawn from its start that needs only the lines that fit.
    public static func lines(_ characters: [Character], width: Int, maxLines: Int = .max) -> [Range<Int>] {
        wrap(characters, width: width, maxLines: maxLines).lines
    }

    /// The lines, and the furthest character wrapping them looked at (`characters.count` when it came to the end).
    /// Lines made from the beginning of a text are the whole text's lines when wrapping looked no further than the
    /// beginning's last character but one: the last might join what comes after it into one grapheme.
    static func wrap(_ characters: [Character], width: Int, maxLines: Int) -> (lines: [Range<Int>], looked: Int) {
        wrapPieces(characters, width: width, maxLines: maxLines)
    }

    private static func wrapPieces<Piece: WrapPiece>(_ characters: [Piece], width: Int, maxLines: Int) -> (
        lines: [Range<Int>], looked: Int
    ) {
        let maxWidth = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0
        var looked = 0
        while true {
            if lines.count >= maxLines { return (lines, looked) }
            var end = start
            var used = 0
            var lastSpace: Int?
            while end < characters.count {
                let character = characters[end]
                looked = max(looked, end)
                if character.isNewline { break }
                let w = character.columns
                if used + w > maxWidth { break }
                if character.isSpace { lastSpace = end }
                used += w
                end += 1
            }
            if end == characters.count {
                looked = characters.count
            }
            if end == characters.count || characters[end].isNewline {
                lines.append(start..<end)
                if end == characters.count { return (lines, looked) }
                start = end + 1
                if start == characters.count {
                    lines.append(start..<start)
                    return (lines, looked)
                }
                continue
            }
            if let space = lastSpace, space > start {
                lines.append(start..<space)
                start = space + 1
                // A space that ended the text and was used to break the line leaves the cursor a line of its own.
                if start == characters.count {
                    lines.append(start..<start)
                    return (lines, looked)
                }
            } else {
                if end == start { end += 1 }
                lines.append(start..<end)
                start = end
                if start == characters.count { return (lines, looked) }
            }
        }
    }

    /// Wraps plain text into strings of at most `width` columns.
    public static func wrap(_ text: String, width: Int) -> [String] {
        // A short line of plain ASCII, the usual detail on a panel, is its own one line.
        if text.utf8.count <= max(1, width), text.utf8.allSatisfy(\.isPrintableASCII) { return [text] }
        // Text whose code points are each a grapheme (a new line is one too, with no carriage return before it) is
        // wrapped by its code points: the preview of the selected plan is wrapped again at every key.
        if text.unicodeScalars.allSatisfy({ $0 == "\n" || DisplayWidth.standsAlone($0) }) {
            return cut(text, into: Array(text.unicodeScalars), width: width)
        }
        return cut(text, into: Array(text), width: width)
    }

    /// Each line is cut from the text's bytes, where its pieces start and end, rather than built a piece at a time.
    private static func cut<Piece: WrapPiece>(_ text: String, into pieces: [Piece], width: Int) -> [String] {
        var starts = [0]
        starts.reserveCapacity(pieces.count + 1)
        for piece in pieces {
            starts.append(starts[starts.count - 1] + piece.byteCount)
        }
        let bytes = Array(text.utf8)
        return wrapPieces(pieces, width: width, maxLines: .max).lines.map {
            String(decoding: bytes[starts[$0.lowerBound]..<starts[$0.upperBound]], as: UTF8.self)
        }
    }

    /// The line and column where an index sits.
    public static func position(of index: Int, in lines: [Range<Int>], characters: [Character]) -> (
        line: Int, column: Int
    ) {
        let line = lines.lastIndex { $0.lowerBound <= index } ?? 0
        let range = lines[line]
        let upTo = min(index, range.upperBound)
        return (line, DisplayWidth.of(String(characters[range.lowerBound..<max(range.lowerBound, upTo)])))
    }

    /// The index on a line closest to a column.
    public static func index(atColumn column: Int, in range: Range<Int>, characters: [Character]) -> Int {
        var used = 0
        for index in range {
            let w = DisplayWidth.of(characters[index])
            if used + w > column { return index }
            used += w
        }
        return range.upperBound
    }
}

/// What wrapping needs to know of a piece of text: a grapheme, or a code point of text whose code points are each one.
private protocol WrapPiece {
    var isNewline: Bool { get }
    var isSpace: Bool { get }
    var columns: Int { get }
    var byteCount: Int { get }
}

extension Character: WrapPiece {
    // Plain ASCII is told apart by its one byte, which keeps a long text quick to wrap at every key; "\r\n" is one
    // character whose ASCII value is that of a new line, and is not one.
    fileprivate var isNewline: Bool { asciiValue == 0x0A && self == "\n" }
    fileprivate var isSpace: Bool { asciiValue == 0x20 }
    fileprivate var columns: Int { asciiValue == nil ? DisplayWidth.of(self) : 1 }
    fileprivate var byteCount: Int { utf8.count }
}

extension Unicode.Scalar: WrapPiece {
    fileprivate var isNewline: Bool { value == 0x0A }
    fileprivate var isSpace: Bool { value == 0x20 }
    fileprivate var columns: Int { DisplayWidth.of(self) }
    fileprivate var byteCount: Int { utf8.count }
}
