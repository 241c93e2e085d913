import FoundationEssentials

/// The text of the caseload's index: a first line naming the format, then a line of fields per plan, the fields
/// split by tabs. Text is escaped (`\\`, `\t`, `\n`, `\r`) so it never holds a tab or a new line, and `\-`,
/// which escaping never makes, stands for no value.
///
/// Its own format rather than JSON because it is read at every start: ten thousand lines read in a tenth of
/// the time JSON decoding takes. Anything it cannot read makes the whole index unusable, and it is rebuilt.
enum IndexText {
    /// 2: search keys folded by assetmap's own folding rather than Foundation's, so an older index is built again.
    static let header = "assetmap-index 2"
    static let none = "\\-"

    static func encode(_ lines: [[String?]]) -> Data {
        var text = header + "\n"
        for fields in lines {
            text += fields.map { $0.map(escape) ?? none }.joined(separator: "\t")
            text += "\n"
        }
        return Data(text.utf8)
    }

    /// The lines after the header, or nil when the text is not an index of this format.
    static func decode(_ data: Data) -> [[String?]]? {
        var lines: [[String?]] = []
        let complete = forEachLine(of: data) { fields in
            lines.append(fields)
            return true
        }
        return complete ? lines : nil
    }

    /// Hands each line's fields in turn to `read`, in one array used again for every line (ten thousand lines made as
    /// arrays of their own took a fifth of opening such a caseload); false when the text is not an index of this
    /// format or `read` refused a line.
    static func forEachLine(of data: Data, _ read: (_ fields: [String?]) -> Bool) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            let headerBytes = Array(header.utf8) + [0x0A]
            guard bytes.count >= headerBytes.count, zip(bytes, headerBytes).allSatisfy({ $0 == $1 }) else {
                return false
            }
            var fields: [String?] = []
            var start = headerBytes.count
            for index in start..<bytes.count where bytes[index] == 0x09 || bytes[index] == 0x0A {
                guard let field = unescape(UnsafeBufferPointer(rebasing: bytes[start..<index])) else { return false }
                fields.append(field)
                start = index + 1
                if bytes[index] == 0x0A {
                    guard read(fields) else { return false }
                    fields.removeAll(keepingCapacity: true)
                }
            }
            // A last line without its new line was cut short.
            return start == bytes.count
        }
    }

    /// How many lines the text has, to make room for them at once.
    static func lineCount(of data: Data) -> Int {
        data.withUnsafeBytes { raw in raw.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// A field's text (nil for `\-`); a field that could not have been written by `escape` is not read at all.
    /// The outer optional is whether it could be read; the inner one is whether it has a value.
    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        guard bytes.contains(0x5C) else { return .some(String(decoding: bytes, as: UTF8.self)) }
        if bytes.count == 2, bytes[1] == UInt8(ascii: "-") { return .some(nil) }
        var plain: [UInt8] = []
        plain.reserveCapacity(bytes.count)
        var escaped = false
        for byte in bytes {
            if escaped {
                switch byte {
                case UInt8(ascii: "\\"): plain.append(0x5C)
                case UInt8(ascii: "t"): plain.append(0x09)
                case UInt8(ascii: "n"): plain.append(0x0A)
                case UInt8(ascii: "r"): plain.append(0x0D)
                default: return nil
                }
                escaped = false
            } else if byte == 0x5C {
                escaped = true
            } else {
                plain.append(byte)
            }
        }
        return escaped ? nil : .some(String(decoding: plain, as: UTF8.self))
    }
}
