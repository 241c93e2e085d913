import FoundationEssentials

/// Takes control characters out of the strings in a JSON file before it is decoded, so none from a file (an
/// import, a plan put in by hand) gets into a plan, whichever field or unknown key holds it. In JSON they can
/// only be written escaped (`\u001b`, `\b`), or, for DEL and the C1 range, as they are; both forms go.
/// A tab becomes a space and a carriage return a line break, as in a paste.
enum JSONControlFilter {
    static func clean(_ data: Data) -> Data {
        data.withUnsafeBytes { raw -> Data in
            let bytes = raw.bindMemory(to: UInt8.self)
            var output: [UInt8] = []
            // Bytes up to `copied` are already in `output`; nothing is copied until the first change.
            var copied = 0
            var index = 0
            func replace(upTo end: Int, with replacement: [UInt8]) {
                if output.isEmpty { output.reserveCapacity(bytes.count) }
                output.append(contentsOf: bytes[copied..<index])
                output.append(contentsOf: replacement)
                copied = end
                index = end
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x5C, index + 1 < bytes.count {
                    switch escape(in: bytes, at: index) {
                    case .keep(let length): index += length
                    case .replace(let length, let replacement): replace(upTo: index + length, with: replacement)
                    }
                } else if byte == 0x7F {
                    replace(upTo: index + 1, with: [])
                } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                    replace(upTo: index + 2, with: [])
                } else {
                    index += 1
                }
            }
            guard copied > 0 else { return data }
            output.append(contentsOf: bytes[copied...])
            return Data(output)
        }
    }

    private enum Escape {
        case keep(length: Int)
        case replace(length: Int, with: [UInt8])
    }

    private static let lineBreak: [UInt8] = [0x5C, 0x6E]
    private static let space: [UInt8] = [0x20]

    /// What to do with the escape starting with the backslash at `index`.
    private static func escape(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Escape {
        switch bytes[index + 1] {
        case UInt8(ascii: "b"), UInt8(ascii: "f"): return .replace(length: 2, with: [])
        case UInt8(ascii: "t"): return .replace(length: 2, with: space)
        case UInt8(ascii: "r"): return .replace(length: 2, with: followedByLineBreak(bytes, index + 2) ? [] : lineBreak)
        case UInt8(ascii: "u"):
            guard let value = hex(bytes, from: index + 2) else { return .keep(length: 2) }
            switch value {
            case 0x09: return .replace(length: 6, with: space)
            case 0x0A: return .replace(length: 6, with: lineBreak)
            case 0x0D: return .replace(length: 6, with: followedByLineBreak(bytes, index + 6) ? [] : lineBreak)
            case 0x00..<0x20, 0x7F...0x9F: return .replace(length: 6, with: [])
            default: return .keep(length: 6)
            }
        default:
            // `\\`, `\"`, `\/` and `\n`: kept, and the escaped character is never taken for the start of another.
            return .keep(length: 2)
        }
    }

    private static func followedByLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index + 1 < bytes.count, bytes[index] == 0x5C else { return false }
        if bytes[index + 1] == UInt8(ascii: "n") { return true }
        return bytes[index + 1] == UInt8(ascii: "u") && hex(bytes, from: index + 2) == 0x0A
    }

    private static func hex(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[start..<start + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }
}
