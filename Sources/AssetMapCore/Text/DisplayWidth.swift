/// How many terminal columns text takes. Mirrors what the C library's `wcwidth` reports for the first
/// code point of each grapheme (which is what ncurses uses), so the screen we compute is the screen drawn.
public enum DisplayWidth {
    /// Code points drawn two columns wide: East Asian Wide and Fullwidth (Unicode 14), merged across unassigned gaps.
    /// Each range is its first and last code point, one after the other: plain numbers, which need no work at start-up
    /// where a list of ranges needs the runtime to look up how their bounds compare.
    static let wideRanges: [UInt32] = [
        0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
        0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
        0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA,
        0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
        0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
        0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x303E,
        0x3041, 0x3247, 0x3250, 0x4DBF, 0x4E00, 0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xF900, 0xFAD9,
        0xFE10, 0xFE19, 0xFE30, 0xFE6B, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x1B2FB, 0x1F004, 0x1F004,
        0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F320, 0x1F32D, 0x1F335,
        0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0,
        0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D,
        0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4,
        0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6DF,
        0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945,
        0x1F947, 0x1F9FF, 0x1FA70, 0x1FAF6, 0x20000, 0x3134A,
    ]

    @inlinable public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 1 }
        if value < 0x300 { return 1 }
        // Dashes and quotes, arrows, mathematical signs and box drawing: on every screen, one column each, none of
        // them a mark or a format character, so the character tables are not searched.
        if (0x2010...0x2027).contains(value) || (0x2190...0x22FF).contains(value) || (0x2500...0x25FC).contains(value) {
            return 1
        }
        if isZeroWidth(scalar) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// The width of one grapheme cluster: that of its first code point that takes space.
    public static func of(_ character: Character) -> Int {
        for scalar in character.unicodeScalars {
            let width = of(scalar)
            if width > 0 { return width }
        }
        return 0
    }

    @inlinable public static func of(_ text: some StringProtocol) -> Int {
        if let columns = plainASCIIWidth(text) { return columns }
        if eachScalarStandsAlone(text) { return text.unicodeScalars.reduce(0) { $0 + of($1) } }
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// Most text on screen is printable ASCII, a column a byte, needing no grapheme work: its width, or nil
    /// for any other text.
    @inlinable static func plainASCIIWidth(_ text: some StringProtocol) -> Int? {
        let plain =
            text.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy(\.isPrintableASCII) }
            ?? text.utf8.allSatisfy(\.isPrintableASCII)
        return plain ? text.utf8.count : nil
    }

    /// Whether every code point of the text is a grapheme of its own, as in nearly all text people type here (accented
    /// letters written whole, Greek, Cyrillic, Chinese, dashes, arrows, the map's symbols): such text is measured,
    /// drawn and wrapped a code point at a time, without the grapheme work, which costs ten times as much. A control
    /// character, a mark that joins the letter before it, a joiner or a flag needs graphemes, and gets them.
    @inlinable public static func eachScalarStandsAlone(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy(standsAlone)
    }

    /// A code point no grapheme rule joins to the one before or after it, and not a control character.
    @inlinable public static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x370...0x482, 0x1E00...0x1EFF, 0x2010...0x2027,
            0x2190...0x22FF, 0x2500...0x27BF, 0x4E00...0x9FFF:
            return true
        default:
            return false
        }
    }

    @usableFromInline static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return (0x1160...0x11FF).contains(scalar.value) || scalar.value == 0x200B
        }
    }

    @usableFromInline static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count / 2 - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < wideRanges[2 * middle] {
                high = middle - 1
            } else if value > wideRanges[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}

extension StringProtocol {
    /// Columns this text takes on a terminal.
    @inlinable public var displayWidth: Int { DisplayWidth.of(self) }

    /// The text cut to fit `width` columns, ending in "…" when something was cut off.
    public func truncated(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if let columns = DisplayWidth.plainASCIIWidth(self) {
            return columns <= width ? String(self) : String(decoding: self.utf8.prefix(width - 1), as: UTF8.self) + "…"
        }
        if displayWidth <= width { return String(self) }
        var result = ""
        var used = 0
        if DisplayWidth.eachScalarStandsAlone(self) {
            for scalar in unicodeScalars {
                let w = DisplayWidth.of(scalar)
                if used + w > width - 1 { break }
                result.unicodeScalars.append(scalar)
                used += w
            }
            return result + "…"
        }
        for character in self {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// The text padded with spaces (or cut) to exactly `width` columns.
    public func padded(toWidth width: Int) -> String {
        let cut = truncated(toWidth: width)
        let used = cut.displayWidth
        return used >= width ? cut : cut + spaces(width - used)
    }
}

/// `count` spaces, made as bytes at once: padding is made for every column of every list at every key, and repeating
/// a string takes a dozen times as long.
private func spaces(_ count: Int) -> String {
    let length = max(0, count)
    return String(unsafeUninitializedCapacity: length) { bytes in
        UnsafeMutableBufferPointer(rebasing: bytes[..<length]).initialize(repeating: 0x20)
        return length
    }
}
