import AssetMapCore

/// A form of its own type: each field is a stored property, so a field is named by the compiler, never by a
/// string, and a misspelt one does not build. `order` lists them as they are shown, for drawing and moving
/// through them.
protocol TypedForm: HoldsFormFields {
    var order: [WritableKeyPath<Self, FormField>] { get }
}

extension TypedForm {
    var fields: [FormField] {
        get { order.map { self[keyPath: $0] } }
        set {
            for (path, field) in zip(order, newValue) { self[keyPath: path] = field }
        }
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
    func day(_ field: KeyPath<Self, FormField>, today: CalendarDay, meaning: DateWords.Meaning) throws(FormProblem) -> CalendarDay? {
        let typed = self[keyPath: field].typed
        guard !typed.isEmpty else { return nil }
        guard let day = DateWords.read(typed, today: today, meaning: meaning) else {
            let example = meaning == .due ? "Saturday, in 2 weeks, 31 Jan or 31/1/2027" : "today, yesterday, last Monday or 3 May"
            throw problem(field, "That date could not be read. Try \(example).")
        }
        return day
    }
}

/// Anything holding the fields of an open form: a form of its own type, or the forms of one part.
protocol HoldsFormFields: Equatable, Sendable {
    var fields: [FormField] { get set }
}
