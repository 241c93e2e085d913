import AssetMapCore

/// Why a form cannot be saved yet, and which field to look at.
public struct FormProblem: Error, Equatable {
    /// Which field, counting from 0 in the order the form shows them.
    public var field: Int
    public var message: String

    public init(field: Int, _ message: String) {
        self.field = field
        self.message = message
    }
}

extension FormState {
    /// The date typed in a field; nil when left empty; a problem when it cannot be read.
    func day(_ key: String, today: CalendarDay, meaning: DateWords.Meaning) throws(FormProblem) -> CalendarDay? {
        let typed = text(key)
        guard !typed.isEmpty else { return nil }
        guard let day = DateWords.read(typed, today: today, meaning: meaning) else {
            let example = meaning == .due ? "Saturday, in 2 weeks, 31 Jan or 31/1/2027" : "today, yesterday, last Monday or 3 May"
            throw problem(key, "That date could not be read. Try \(example).")
        }
        return day
    }

    func required(_ key: String, _ message: String) throws(FormProblem) -> String {
        let value = text(key)
        guard !value.isEmpty else { throw problem(key, message) }
        return value
    }

    func problem(_ key: String, _ message: String) -> FormProblem {
        FormProblem(field: fields.firstIndex { $0.key == key } ?? 0, message)
    }
}
