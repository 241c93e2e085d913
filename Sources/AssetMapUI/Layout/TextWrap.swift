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
        let maxWidth = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0
        var looked = 0
        while true {
            if lines.count >= maxLines { return (lines, looked) }
            var end = start
            var used = 0
            var lastSpace: Int?
            // Plain ASCII is told apart by its one byte, which keeps a long text quick to wrap at every key.
            while end < characters.count {
                let character = characters[end]
                looked = max(looked, end)
                let w: Int
                if let ascii = character.asciiValue {
                    if ascii == 0x0A, character == "\n" { break }
                    w = 1
                    if used + w > maxWidth { break }
                    if ascii == 0x20 { lastSpace = end }
                } else {
                    w = DisplayWidth.of(character)
                    if used + w > maxWidth { break }
                }
                used += w
                end += 1
            }
            if end == characters.count {
                looked = characters.count
            }
            if end == characters.count || characters[end] == "\n" {
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
        let characters = Array(text)
        // Each line is cut from the text's bytes, where its characters start and end, rather than built a character
        // at a time: the key beside the map wraps every name in it at every key.
        var starts = [0]
        starts.reserveCapacity(characters.count + 1)
        for character in characters {
            starts.append(starts[starts.count - 1] + character.utf8.count)
        }
        let bytes = Array(text.utf8)
        return lines(characters, width: width).map {
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
