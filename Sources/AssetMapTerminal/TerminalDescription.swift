import AssetMapUI
import CNcurses

/// The codes a frame needs, read from the terminal's description (terminfo), with the theme's styles made into the
/// sequences that set them; and what enters and leaves the program's screen.
enum TerminalDescription {
    struct Codes {
        var codes: TerminalCodes
        /// The alternate screen (empty when the terminal has none), and leaving it.
        var enterScreen: [UInt8]
        var leaveScreen: [UInt8]
        /// The arrow keys sent as a plain terminal sends them, as the shell expects.
        var keypadLocal: [UInt8]
    }

    /// The cursor addressing almost every terminal has; made directly rather than through the description's
    /// small language at every move.
    private static let ansiCursorAddress = "\u{1B}[%i%p1%d;%p2%dH"

    static func codes(theme wanted: Theme) -> Codes {
        let colours = Int(am_number("colors"))
        let foreground = capability("setaf")
        let background = capability("setab")
        let terminalHasColour = colours >= 8 && foreground != nil && background != nil
        // On a terminal without colour, a role shown by colour alone (the selection) takes the attributes it has
        // without colour, so that it still stands out.
        let theme = terminalHasColour ? wanted : wanted.withoutColour()
        let colour = theme.colour && terminalHasColour
        let plain = bytes("sgr0")
        let cup = capability("cup") ?? ansiCursorAddress
        let cursorAddress: TerminalCodes.CursorAddress =
            cup == ansiCursorAddress
            ? .ansi
            : .other { row, column in
                am_with_numbers(cup, Int32(row), Int32(column)).map { withoutPadding(String(cString: $0)) } ?? []
            }
        var styles: [Role: [UInt8]] = [:]
        for role in Role.allCases {
            let style = theme.style(for: role)
            var bold = style.bold == true
            var sequence = plain
            var colourBytes: [UInt8] = []
            if colour {
                for (wanted, setting) in [(style.fg, foreground), (style.bg, background)] {
                    guard let wanted, let setting else { continue }
                    // Bright colours need a 16-colour terminal; on an 8-colour one they are the plain colour in bold.
                    var number = Int(wanted.number)
                    if number >= 8, colours < 16 {
                        number -= 8
                        bold = true
                    }
                    colourBytes +=
                        am_with_number(setting, Int32(number)).map { withoutPadding(String(cString: $0)) }
                        ?? []
                }
            }
            if bold { sequence += bytes("bold") }
            if style.dim == true { sequence += bytes("dim") }
            if style.underline == true { sequence += bytes("smul") }
            if style.reverse == true { sequence += bytes("rev") }
            styles[role] = sequence + colourBytes
        }
        var codes = TerminalCodes(
            cursorAddress: cursorAddress, styles: styles, plain: plain, clearScreen: bytes("clear"),
            hideCursor: bytes("civis"), showCursor: bytes("cnorm"),
            writesLastCell: am_flag("am") == 0 || am_flag("xenl") != 0)
        codes.plainBlanks = Role.allCases.filter { role in
            let style = theme.style(for: role)
            return (style.bg == nil || !colour) && style.underline != true && style.reverse != true
        }
        return Codes(
            codes: codes, enterScreen: bytes("smcup"), leaveScreen: bytes("rmcup"), keypadLocal: bytes("rmkx"))
    }

    private static func capability(_ name: String) -> String? {
        am_capability(name).map { String(cString: $0) }
    }

    private static func bytes(_ name: String) -> [UInt8] {
        capability(name).map(withoutPadding) ?? []
    }

    /// A description's delays (`$<5>`) are for ncurses to wait out, not for the terminal to be sent.
    private static func withoutPadding(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.first {
            if byte == UInt8(ascii: "$"), bytes.dropFirst().first == UInt8(ascii: "<"),
                let end = bytes.firstIndex(of: UInt8(ascii: ">"))
            {
                bytes = bytes[(end + 1)...]
                continue
            }
            out.append(byte)
            bytes = bytes.dropFirst()
        }
        return out
    }
}
