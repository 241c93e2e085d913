import FoundationEssentials

/// Control characters (C0, DEL and C1) are how a terminal is told to change its title, clear the screen or
/// write the clipboard, so none that came from a file or a command line may reach one. They are taken out of
/// text as it comes in, and out of anything printed.
public enum ControlCharacters {
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    public static func contains(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isControl)
    }

    /// The text without control characters. Tabs and line breaks become spaces, so words stay apart on one line,
    /// unless `keepingLayout` keeps them, for a document printed whole.
    public static func removed(from text: String, keepingLayout: Bool = false) -> String {
        guard contains(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isControl(scalar) {
                result.append(scalar)
            } else if scalar == "\t" || scalar == "\n" || scalar == "\r" {
                result.append(keepingLayout ? scalar : " ")
            }
        }
        return String(result)
    }
}
