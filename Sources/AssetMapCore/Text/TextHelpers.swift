extension UInt8 {
    /// A byte of printable ASCII: one column on a terminal, and the same character in every encoding.
    @inlinable public var isPrintableASCII: Bool { self >= 0x20 && self < 0x7F }
}

extension String {
    /// Without spaces and new lines at either end.
    public var trimmed: String {
        guard first?.isWhitespace == true || last?.isWhitespace == true else { return self }
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }

    /// Nil when the text is empty or only spaces, so optional fields are left out of the file.
    public var nonEmpty: String? {
        let text = trimmed
        return text.isEmpty ? nil : text
    }
}

extension String {
    /// Numbers laid out as C's printf lays them out ("%03d", "%.1f"): Foundation's `String(format:)` without
    /// Foundation.
    public init(printf format: String, _ arguments: CVarArg...) {
        self = Self.printf(format, arguments)
    }

    private static func printf(_ format: String, _ arguments: [CVarArg]) -> String {
        var capacity = 64
        while true {
            var buffer = [CChar](repeating: 0, count: capacity)
            let needed = Int(withVaList(arguments) { vsnprintf(&buffer, capacity, format, $0) })
            if needed < capacity {
                return String(
                    decoding: buffer.prefix(Swift.max(0, needed)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            capacity = needed + 1
        }
    }

    /// A path with "~" or "~name" at its start made the home folder it stands for, as a shell would.
    public var expandingTilde: String {
        guard hasPrefix("~") else { return self }
        let name = self.dropFirst().prefix { $0 != "/" }
        let rest = self.dropFirst(1 + name.count)
        guard let home = name.isEmpty ? Self.homeFolder : Self.homeFolder(of: String(name)) else { return self }
        return home + rest
    }

    /// `$HOME`, else the home folder in the password database.
    public static var homeFolder: String? {
        if let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty { return home }
        return getpwuid(getuid()).flatMap { $0.pointee.pw_dir }.map { String(cString: $0) }
    }

    private static func homeFolder(of user: String) -> String? {
        getpwnam(user).flatMap { $0.pointee.pw_dir }.map { String(cString: $0) }
    }
}
