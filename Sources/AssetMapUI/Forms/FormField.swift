import AssetMapCore

/// One field of a form: its label, what is typed or chosen in it, and a quiet note shown while it has focus.
public struct FormField: Equatable, Sendable {
    public var label: String
    public var input: FormInput
    /// A quiet line shown under the field while it has focus.
    public var note: String?

    public init(label: String, input: FormInput, note: String? = nil) {
        self.label = label
        self.input = input
        self.note = note
    }
}

extension FormField {
    public static func text(label: String, _ value: String = "", multiline: Bool = false, note: String? = nil)
        -> FormField
    {
        FormField(label: label, input: .text(TextFieldState(value, multiline: multiline)), note: note)
    }

    public static func choice(label: String, _ options: [String], selected: Int = 0, note: String? = nil) -> FormField {
        FormField(
            label: label, input: .choice(options, selected: min(max(0, selected), max(0, options.count - 1))),
            note: note)
    }

    /// A date typed in words; `meaning` decides the year of "31 Jan" and is shown read back beside the field.
    public static func date(label: String, _ value: CalendarDay?, meaning: DateWords.Meaning, note: String? = nil)
        -> FormField
    {
        let example =
            meaning == .due ? "For example Saturday, in 2 weeks, or 31 Jan." : "For example today, yesterday, or 3 May."
        return FormField(
            label: label, input: .date(TextFieldState(value.map(DayText.long) ?? ""), meaning: meaning),
            note: note ?? example)
    }

    /// What is typed in the field, trimmed; the option chosen, for a choice.
    public var typed: String { input.value.trimmed }

    /// Which option is chosen, counting from 0; 0 for a field that is not a choice.
    public var chosen: Int {
        if case .choice(_, let selected) = input { return selected }
        return 0
    }

    /// Puts text in the field, as if it had been typed there.
    public mutating func setText(_ text: String) {
        switch input {
        case .text(let state): input = .text(TextFieldState(text, multiline: state.multiline))
        case .date(_, let meaning): input = .date(TextFieldState(text), meaning: meaning)
        case .choice: break
        }
    }
}

public enum FormInput: Equatable, Sendable {
    case text(TextFieldState)
    case choice([String], selected: Int)
    case date(TextFieldState, meaning: DateWords.Meaning)

    /// The field's value as text, for noticing changes.
    public var value: String {
        switch self {
        case .text(let state), .date(let state, _): return state.text
        case .choice(let options, let selected): return selected < options.count ? options[selected] : ""
        }
    }

    var isMultiline: Bool {
        if case .text(let state) = self { return state.multiline }
        return false
    }

    /// A choice of more than three, shown as a list to pick from rather than stepped through one at a time.
    var isList: Bool {
        if case .choice(let options, _) = self { return options.count > ChoiceKeys.mostStepped }
        return false
    }
}
