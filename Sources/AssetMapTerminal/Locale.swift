import CNcurses
import FoundationEssentials

/// The character set, set up before ncurses starts so names like Zoë, Siobhán and 李 are drawn and measured right.
public enum TerminalLocale {
    /// Uses the environment's locale; when that is not UTF-8, tries C.UTF-8 (installed almost everywhere).
    /// Returns false when no UTF-8 locale could be used, so the program can say so.
    @discardableResult
    public static func setUp() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_GB.UTF-8", "en_US.UTF-8"] where setlocale(LC_ALL, name) != nil {
            if isUTF8 { return true }
        }
        setlocale(LC_ALL, "")
        return false
    }

    public static var isUTF8: Bool {
        guard let codeset = am_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}

/// Process-wide protection for personal data: no core files.
public enum ProcessSafety {
    public static func disableCoreDumps() {
        am_disable_core_dumps()
    }
}
