import AssetMapCore
/// Word wrapping by display width. Lines are ranges of character indices; a space where a line was broken
/// and a typed new line belong to no line.
public enum TextWrap {
    public static func lines(_ characters: [Character], width: Int) -> [Range<Int>] {
        let maxWidth = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0
        while true {
            var end = start
            var used = 0
            var lastSpace: Int?
            while end < characters.count, characters[end] != "\n" {
                let w = DisplayWidth.of(characters[end])
                if used + w > maxWidth { break }
                if characters[end] == " " { lastSpace = end }
                used += w
                end += 1
            }
            if end == characters.count || characters[end] == "\n" {
                lines.append(start..<end)
                if end == characters.count { return lines }
                start = end + 1
                if start == characters.count {
                    lines.append(start..<start)
                    return lines
                }
                continue
            }
            if let space = lastSpace, space > start {
                lines.append(start..<space)
                start = space + 1
                // A space that ended the text and was used to break the line leaves the cursor a line of its own.
                if start == characters.count {
                    lines.append(start..<start)
                    return lines
                }
            } else {
                if end == start { end += 1 }
                lines.append(start..<end)
                start = end
                if start == characters.count { return lines }
            }
        }
    }

    /// Wraps plain text into strings of at most `width` columns.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let characters = Array(text)
        return lines(characters, width: width).map { String(characters[$0]) }
    }

    /// The line and column where an index sits.
    public static func position(of index: Int, in lines: [Range<Int>], characters: [Character]) -> (line: Int, column: Int) {
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
