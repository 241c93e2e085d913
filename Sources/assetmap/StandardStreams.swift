import AssetMapCore
import FoundationEssentials

/// Writing to standard output and standard error whole, without Foundation's `FileHandle`. Nothing printed holds
/// a control character: a name from a file could otherwise retitle the window, clear it or write the clipboard.
enum StandardStreams {
    /// One line for a person to read, on standard output.
    static func line(_ text: String) {
        write(Data((ControlCharacters.removed(from: text) + "\n").utf8), to: 1)
    }

    /// Lines for a person to read, one after another.
    static func lines(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) { self.line(String(line)) }
    }

    /// A document (a copy of a plan, JSON for another program) as it is, but for control characters.
    static func output(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        write(
            ControlCharacters.contains(text)
                ? Data(ControlCharacters.removed(from: text, keepingLayout: true).utf8) : data, to: 1)
    }

    /// One sentence on standard error.
    static func error(_ text: String) {
        write(Data((ControlCharacters.removed(from: text.trimmed) + "\n").utf8), to: 2)
    }

    /// Every byte, however many calls it takes; a closed stream is given up on quietly, as `FileHandle` did.
    private static func write(_ data: Data, to descriptor: Int32) {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
