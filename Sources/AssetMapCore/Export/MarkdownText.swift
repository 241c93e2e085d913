/// Typed text made safe for CommonMark, so it renders as it was written: nothing typed starts a list, a heading,
/// a quote, a code block, a link or emphasis, and no character can end up as markup.
enum MarkdownText {
    /// Characters that start inline markup (emphasis, code, links, raw HTML, entities, strikethrough in GFM)
    /// or block markup (headings, quotes, table cells) are written with a backslash, which CommonMark drops.
    static func inline(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&": out += "\\" + String(scalar)
            case "\n", "\r", "\t": out += " "
            // As in the HTML copy: control characters could only come from a hand-written file.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += "?"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text in bold. Spaces at its ends are left out: `** x**` is not bold in CommonMark, and its stars would show.
    static func strong(_ text: String) -> String {
        let inside = inline(text).trimmed
        return inside.isEmpty ? "" : "**\(inside)**"
    }

    /// Text that begins a line or a list item's content. Besides `inline`, a leading `-`, `+` or `=` (a list
    /// marker, a rule or a heading's underline) and a leading `1.` or `1)` followed by a space are escaped, and
    /// leading spaces, which would start a code block, are left out.
    static func lineStart(_ text: String) -> String {
        var escaped = inline(text)
        while escaped.first == " " { escaped.removeFirst() }
        while escaped.last == " " { escaped.removeLast() }
        if let first = escaped.first, "-+=".contains(first) { return "\\" + escaped }
        let digits = escaped.prefix { $0.isASCII && $0.isNumber }
        let rest = escaped.dropFirst(digits.count)
        if !digits.isEmpty, digits.count <= 9, rest.first == "." || rest.first == ")",
            rest.dropFirst().first?.isWhitespace ?? true
        {
            return digits + "\\" + rest
        }
        return escaped
    }

    /// Text of several lines as a block quote that keeps its line breaks (a backslash at the end of a line is a
    /// hard break; it is left off before an empty line, where it would show).
    static func quote(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { lineStart(String($0)) }
        return lines.indices.map { index in
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            guard !lines[index].isEmpty else { return ">" }
            return "> " + lines[index] + (next.isEmpty ? "" : "\\")
        }.joined(separator: "\n")
    }
}
