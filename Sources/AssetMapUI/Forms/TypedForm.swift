import AssetMapCore

/// What an open form holds: its fields in the order shown, for drawing them and moving through them, and what
/// saving it does. Each form is saved by the part or screen it belongs to, through its own `save`.
protocol FormContent: Sendable {
    var fields: [FormField] { get set }
    /// Forms about the person's strengths and hopes, where deficit words get a gentle suggestion.
    var usesStrengthsWording: Bool { get }
    /// Makes the form a change, through the part or screen it belongs to; nil when the change could not be made
    /// and the form stays open (the message line says why). A problem with a field is thrown.
    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]?
    func isSame(as other: any FormContent) -> Bool
}

/// A form of its own type: each field is a stored property, so a field is named by the compiler, never by a
/// string, and a misspelt one does not build. `order` lists them as they are shown.
protocol TypedForm: FormContent, Equatable {
    var order: [WritableKeyPath<Self, FormField>] { get }
}

extension TypedForm {
    var fields: [FormField] {
        get { order.map { self[keyPath: $0] } }
        set {
            for (path, field) in zip(order, newValue) { self[keyPath: path] = field }
        }
    }

    var usesStrengthsWording: Bool { false }

    func isSame(as other: any FormContent) -> Bool {
        (other as? Self) == self
    }

    /// A problem with one field: saving stops there and the field has the focus.
    func problem(_ field: KeyPath<Self, FormField>, _ message: String) -> FormProblem {
        FormProblem(field: order.firstIndex { $0 == field } ?? 0, message)
    }

    /// What is typed in a field that must not be left empty.
    func required(_ field: KeyPath<Self, FormField>, _ message: String) throws(FormProblem) -> String {
        let value = self[keyPath: field].typed
        guard !value.isEmpty else { throw problem(field, message) }
        return value
    }

    /// The date typed in a field; nil when left empty; a problem when it cannot be read.
    func day(_ field: KeyPath<Self, FormField>, today: CalendarDay, meaning: DateWords.Meaning) throws(FormProblem)
        -> CalendarDay?
    {
        let typed = self[keyPath: field].typed
        guard !typed.isEmpty else { return nil }
        guard let day = DateWords.read(typed, today: today, meaning: meaning) else {
            let example =
                meaning == .due ? "Saturday, in 2 weeks, 31 Jan or 31/1/2027" : "today, yesterday, last Monday or 3 May"
            throw problem(field, "That date could not be read. Try \(example).")
        }
        return day
    }
}
