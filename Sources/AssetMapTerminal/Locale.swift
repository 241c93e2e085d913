import CNcurses
import FoundationEssentials

/// The character set, set up before ncurses starts so names like Zoë, Siobhán and 李 are drawn and measured right.
public enum TerminalLocale {
    public enum Outcome: Equatable {
        /// The environment asks for UTF-8.
        case utf8
        /// The environment does not ask for UTF-8 (LANG=C, a Latin-1 locale), so UTF-8 is used anyway; the
        /// terminal may not be sending or showing it.
        case notSetToUTF8
    }

    /// Uses the environment's locale; when that is not UTF-8, uses C.UTF-8 (or another UTF-8 locale) if one is
    /// installed, and says so either way.
    @discardableResult
    public static func setUp() -> Outcome {
        setlocale(LC_ALL, "")
        if isUTF8 { return .utf8 }
        for name in ["C.UTF-8", "C.utf8", "en_GB.UTF-8", "en_US.UTF-8"] where setlocale(LC_ALL, name) != nil {
            if isUTF8 { return .notSetToUTF8 }
        }
        setlocale(LC_ALL, "")
        return .notSetToUTF8
    }

    /// Said once, on the status line, when the terminal is not set to UTF-8.
    public static let notUTF8Warning =
        "This terminal is not set to UTF-8, so letters like ë may show wrongly and typed ones show as �. "
        + "Set LANG=C.UTF-8 and start assetmap again."

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
