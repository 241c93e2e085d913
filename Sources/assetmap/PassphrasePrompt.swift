import Glibc

/// Asks for a passphrase on the terminal without showing what is typed. Without a terminal (a script),
/// the passphrase is read as one line from standard input.
enum PassphrasePrompt {
    static func ask(_ question: String) -> String? {
        let tty = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard tty >= 0, isatty(0) == 1 else {
            if tty >= 0 { close(tty) }
            return readLine(strippingNewline: true)
        }
        defer { close(tty) }
        _ = question.withCString { write(tty, $0, strlen($0)) }
        var saved = termios()
        tcgetattr(tty, &saved)
        var hidden = saved
        hidden.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(tty, TCSAFLUSH, &hidden)
        defer {
            tcsetattr(tty, TCSAFLUSH, &saved)
            _ = write(tty, "\n", 1)
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(tty, &byte, 1) == 1, byte != 0x0A, byte != 0x0D {
            if byte == 0x7F || byte == 0x08 {
                if !bytes.isEmpty { bytes.removeLast() }
            } else if byte == 0x03 || byte == 0x04 {
                return nil
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a person can be asked again after a wrong passphrase.
    static var canAskAgain: Bool { isatty(0) == 1 }
}
