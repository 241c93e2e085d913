import AssetMapCore
import FoundationEssentials

/// Writing to standard output and standard error whole, without Foundation's `FileHandle`.
enum StandardStreams {
    static func output(_ data: Data) {
        write(data, to: 1)
    }

    static func error(_ text: String) {
        write(Data(text.utf8), to: 2)
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
