extension UInt8 {
    /// A byte of printable ASCII: one column on a terminal, and the same character in every encoding.
    public var isPrintableASCII: Bool { self >= 0x20 && self < 0x7F }
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
