/// Turns the bytes a terminal sends into keys: UTF-8 text, control keys, escape sequences for arrows and
/// function keys (both cursor-key modes), bracketed paste, and mouse reports (SGR, and the older X10 form). Pure, so it is tested and fuzzed without a terminal.
public struct KeyDecoder: Sendable {
    /// A paste longer than this is cut, so a runaway paste cannot exhaust memory.
    public static let pasteLimit = 1 << 20

    private var pending: [UInt8] = []
    private var pasting = false
    private var pasteBytes: [UInt8] = []
    private var afterReturn = false

    public init() {}

    /// True while bytes are held back waiting to see whether an Esc starts a sequence.
    public var isWaiting: Bool { !pending.isEmpty }

    /// Decodes what can be decoded; an incomplete sequence waits for more bytes or `flush()`.
    public mutating func feed(_ bytes: ArraySlice<UInt8>) -> [Key] {
        // A slice rather than any sequence: a generic call from the terminal's module would look up, at the first
        // key, how to walk the sequence given, which takes longer than everything else that key does.
        pending.append(contentsOf: bytes)
        return decode(final: false)
    }

    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        feed(bytes[...])
    }

    /// Called when no more bytes came within the Esc delay: a lone Esc is the Esc key.
    public mutating func flush() -> [Key] {
        decode(final: true)
    }

    private mutating func decode(final: Bool) -> [Key] {
        var keys: [Key] = []
        var index = 0
        while index < pending.count {
            if pasting {
                guard let end = pasteEnd(from: index) else {
                    // The end marker may be cut in two by the read: keep a possible start of it back.
                    let kept = partialEndMarker(from: index)
                    collectPaste(pending[index..<(pending.count - kept)])
                    index = pending.count - kept
                    break
                }
                collectPaste(pending[index..<end.start])
                keys.append(.paste(PasteText.clean(pasteBytes)))
                pasteBytes.removeAll()
                pasting = false
                index = end.next
                continue
            }
            guard let (key, next) = decodeOne(at: index, final: final) else { break }
            // A line break sent as CR LF (pasted where the terminal does not mark pastes) is one Enter, not two.
            let isLineFeedAfterReturn = pending[index] == 0x0A && afterReturn
            afterReturn = pending[index] == 0x0D
            index = next
            if isLineFeedAfterReturn { continue }
            if case .paste = key {
                pasting = true
            } else if let key {
                keys.append(key)
            }
        }
        pending.removeFirst(index)
        return keys
    }

    private mutating func collectPaste(_ bytes: ArraySlice<UInt8>) {
        let room = Self.pasteLimit - pasteBytes.count
        if room > 0 { pasteBytes.append(contentsOf: bytes.prefix(room)) }
    }

    private static let pasteEndMarker: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]

    private func pasteEnd(from index: Int) -> (start: Int, next: Int)? {
        let marker = Self.pasteEndMarker
        var i = index
        while i + marker.count <= pending.count {
            if pending[i] == 0x1B, pending[i..<i + marker.count].elementsEqual(marker) { return (i, i + marker.count) }
            i += 1
        }
        return nil
    }

    /// How many bytes at the end of what is pending could be the first part of the paste's end marker.
    private func partialEndMarker(from index: Int) -> Int {
        let marker = Self.pasteEndMarker
        for length in stride(from: min(marker.count - 1, pending.count - index), through: 1, by: -1)
        where pending[(pending.count - length)...].elementsEqual(marker.prefix(length)) {
            return length
        }
        return 0
    }

    /// One key from `index`: nil when more bytes are needed; a nil key for bytes that mean nothing.
    /// A `.paste("")` key marks the start of a bracketed paste.
    private func decodeOne(at index: Int, final: Bool) -> (Key?, Int)? {
        let byte = pending[index]
        switch byte {
        case 0x1B: return decodeEscape(at: index, final: final)
        case 0x0D, 0x0A: return (.enter, index + 1)
        case 0x09: return (.tab, index + 1)
        case 0x7F, 0x08: return (.backspace, index + 1)
        case 0x01...0x1A: return (.control(Character(Unicode.Scalar(byte + 0x60))), index + 1)
        case 0x00, 0x1C...0x1F: return (nil, index + 1)
        case 0x20..<0x80: return (.character(Character(Unicode.Scalar(byte))), index + 1)
        default: return decodeUTF8(at: index, final: final)
        }
    }

    /// A byte that is not UTF-8 (a terminal set to Latin-1 sends `ë` as one byte) is typed as U+FFFD, the
    /// replacement character, so a letter that could not be read is never lost without a sign.
    private static let unreadable = Key.character("\u{FFFD}")

    private func decodeUTF8(at index: Int, final: Bool) -> (Key?, Int)? {
        let lead = pending[index]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return (Self.unreadable, index + 1)
        }
        let available = pending[(index + 1)..<min(index + length, pending.count)]
        guard available.allSatisfy({ $0 & 0xC0 == 0x80 }) else { return (Self.unreadable, index + 1) }
        guard index + length <= pending.count else { return final ? (Self.unreadable, pending.count) : nil }
        guard let scalar = String(validating: pending[index..<index + length], as: UTF8.self)?.unicodeScalars.first
        else {
            return (Self.unreadable, index + 1)
        }
        if scalar.value >= 0x80, scalar.value < 0xA0 { return (nil, index + length) }
        return (.character(Character(scalar)), index + length)
    }

    private func decodeEscape(at index: Int, final: Bool) -> (Key?, Int)? {
        guard index + 1 < pending.count else { return final ? (.escape, index + 1) : nil }
        let next = pending[index + 1]
        switch next {
        case 0x5B: return decodeCSI(at: index, final: final)
        case 0x5D: return decodeOSC(at: index, final: final)
        case 0x4F:
            guard index + 2 < pending.count else { return final ? (.escape, index + 1) : nil }
            return (ss3Key(pending[index + 2]), index + 3)
        default:
            // Esc and then a key typed quickly (or Alt with a key): the Esc, then the key on its own.
            return (.escape, index + 1)
        }
    }

    /// A string for the terminal ("Esc ] 0;title BEL") is not typing: all of it is dropped. Without its end in
    /// sight once the keys stop, it was Esc and then "]" typed, and they are keys.
    private func decodeOSC(at index: Int, final: Bool) -> (Key?, Int)? {
        var i = index + 2
        while i < pending.count, i - index < 512 {
            if pending[i] == 0x07 { return (nil, i + 1) }
            if pending[i] == 0x1B {
                guard i + 1 < pending.count else { return final ? (.escape, index + 1) : nil }
                return pending[i + 1] == 0x5C ? (nil, i + 2) : (.escape, index + 1)
            }
            i += 1
        }
        return final || i - index >= 512 ? (.escape, index + 1) : nil
    }

    private func decodeCSI(at index: Int, final: Bool) -> (Key?, Int)? {
        var i = index + 2
        while i < pending.count {
            let byte = pending[i]
            if (0x40...0x7E).contains(byte) {
                // The older mouse report: "Esc [ M" and three bytes for the button, column and row, each plus 32.
                if byte == 0x4D, i == index + 2 {
                    guard i + 3 < pending.count else { return final ? (nil, pending.count) : nil }
                    let values = pending[(i + 1)...(i + 3)].map { Int($0) - 32 }
                    return (
                        MouseEvent.fromReport(button: values[0], column: values[1], row: values[2]).map(Key.mouse),
                        i + 4
                    )
                }
                let parameters = String(decoding: pending[(index + 2)..<i], as: UTF8.self)
                return (csiKey(parameters: parameters, final: byte), i + 1)
            }
            guard (0x20...0x3F).contains(byte), i - index < 32 else { return (nil, i + 1) }
            i += 1
        }
        return final ? (nil, pending.count) : nil
    }

    private func csiKey(parameters: String, final: UInt8) -> Key? {
        if parameters.hasPrefix("<") { return sgrMouse(parameters.dropFirst(), final: final) }
        let first = parameters.split(separator: ";").first.flatMap { Int($0) }
        switch final {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        case 0x5A: return .backTab
        case 0x50...0x53 where parameters.hasPrefix("1;"): return .function(Int(final) - 0x4F)
        case 0x7E:
            switch first {
            case 1, 7: return .home
            case 2: return .insert
            case 3: return .delete
            case 4, 8: return .end
            case 5: return .pageUp
            case 6: return .pageDown
            case 200: return .paste("")
            case let n? where (11...15).contains(n): return .function(n - 10)
            case let n? where (17...21).contains(n): return .function(n - 11)
            case let n? where (23...24).contains(n): return .function(n - 12)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// "Esc [ < button ; column ; row M" for a press, "m" for a release (not reported on).
    private func sgrMouse(_ parameters: Substring, final: UInt8) -> Key? {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        guard final == 0x4D, numbers.count == 3, let button = numbers[0], let column = numbers[1], let row = numbers[2]
        else {
            return nil
        }
        return MouseEvent.fromReport(button: button, column: column, row: row).map(Key.mouse)
    }

    private func ss3Key(_ byte: UInt8) -> Key? {
        switch byte {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        case 0x4D: return .enter
        case 0x50...0x53: return .function(Int(byte) - 0x4F)
        default: return nil
        }
    }
}

/// Pasted text made safe to insert: valid UTF-8, line breaks as "\n" (a CR LF pair is one), tabs as spaces, and
/// no control characters: a whole escape sequence is dropped, not only its Esc, so "[31m" is not left in the words.
public enum PasteText {
    public static func clean(_ bytes: [UInt8]) -> String {
        clean(String(decoding: bytes, as: UTF8.self))
    }

    public static func clean(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar.value {
            case 0x1B: index = endOfEscape(scalars, after: index)
            case 0x9B: index = endOfControlSequence(scalars, from: index)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F: index = endOfString(scalars, from: index)
            case 0x0D:
                result.append("\n")
                if index < scalars.count, scalars[index] == "\n" { index += 1 }
            case 0x0A: result.append("\n")
            case 0x09: result.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Where what follows an Esc ends: a control sequence ("[31m") or a string for the terminal (a title, "]0;…").
    /// Before anything else only the Esc goes, so no letter of the words is lost with it.
    private static func endOfEscape(_ scalars: [Unicode.Scalar], after index: Int) -> Int {
        guard index < scalars.count else { return index }
        switch scalars[index] {
        case "[": return endOfControlSequence(scalars, from: index + 1)
        case "]", "P", "X", "^", "_": return endOfString(scalars, from: index + 1)
        default: return index
        }
    }

    /// Parameters and in-between characters, then one final character from @ to ~.
    private static func endOfControlSequence(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var index = index
        while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
        guard index < scalars.count, (0x40...0x7E).contains(scalars[index].value) else { return index }
        return index + 1
    }

    /// Up to and with the end of the string (BEL, Esc and a backslash, or the one-character terminator); a string
    /// never ended keeps the words after it, so nothing pasted is lost to a stray Esc.
    private static func endOfString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            switch scalars[index].value {
            case 0x07, 0x9C: return index + 1
            case 0x1B where index + 1 < scalars.count && scalars[index + 1] == "\\": return index + 2
            default: index += 1
            }
        }
        return start
    }
}
