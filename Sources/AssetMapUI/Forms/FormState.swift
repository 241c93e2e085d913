import AssetMapCore

/// A form over the screen: fields to fill in, which one has focus, and what saving it does.
public struct FormState: Equatable, Sendable {
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    public var purpose: FormPurpose
    /// Why the last attempt to save did not work, shown at the bottom of the form.
    public var problem: String?
    /// A line under the title saying what the form is for.
    public var intro: String?
    /// Letters typed on a choice so far, to jump to the first option they begin; cleared on leaving the field.
    public var typedChoice = ""
    /// What is left of an option just chosen by its first letters, folded: typed on, it is passed over, so the
    /// rest of a word typed in full does not spill into the next field.
    public var restOfChoice = ""
    private var initialValues: [String]

    public init(title: String, fields: [FormField], purpose: FormPurpose, intro: String? = nil) {
        self.title = title
        self.fields = fields
        self.purpose = purpose
        self.intro = intro
        initialValues = fields.map(\.input.value)
    }

    /// True once anything has been typed or chosen, so closing it asks first.
    public var hasChanges: Bool { fields.map(\.input.value) != initialValues }

    public var focusedField: FormField? { focus < fields.count ? fields[focus] : nil }

    /// The text typed in a field, trimmed.
    public func text(_ key: String) -> String {
        field(key)?.input.value.trimmed ?? ""
    }

    /// The index of the option chosen in a choice field.
    public func choice(_ key: String) -> Int {
        if case .choice(_, let selected)? = field(key)?.input { return selected }
        return 0
    }

    public func field(_ key: String) -> FormField? {
        fields.first { $0.key == key }
    }

    public mutating func setText(_ key: String, _ text: String) {
        guard let index = fields.firstIndex(where: { $0.key == key }) else { return }
        switch fields[index].input {
        case .text(let state): fields[index].input = .text(TextFieldState(text, multiline: state.multiline))
        case .date(_, let meaning): fields[index].input = .date(TextFieldState(text), meaning: meaning)
        case .choice: break
        }
    }

    /// Puts a field back as it was when the form was opened.
    public mutating func restore(_ key: String) {
        guard let index = fields.firstIndex(where: { $0.key == key }) else { return }
        let initial = initialValues[index]
        if case .choice(let options, _) = fields[index].input {
            fields[index].input = .choice(options, selected: options.firstIndex(of: initial) ?? 0)
        } else {
            setText(key, initial)
        }
    }

    /// Moves focus to a field by key, as when saving finds a problem with it.
    public mutating func focus(on key: String) {
        if let index = fields.firstIndex(where: { $0.key == key }) { focus = index }
    }
}

public struct FormField: Equatable, Sendable {
    public var key: String
    public var label: String
    public var input: FormInput
    /// A quiet line shown under the field while it has focus.
    public var note: String?

    public init(key: String, label: String, input: FormInput, note: String? = nil) {
        self.key = key
        self.label = label
        self.input = input
        self.note = note
    }

    public static func text(_ key: String, _ label: String, _ value: String = "", multiline: Bool = false,
                            note: String? = nil) -> FormField {
        FormField(key: key, label: label, input: .text(TextFieldState(value, multiline: multiline)), note: note)
    }

    public static func choice(_ key: String, _ label: String, _ options: [String], selected: Int = 0,
                              note: String? = nil) -> FormField {
        FormField(key: key, label: label, input: .choice(options, selected: min(max(0, selected), max(0, options.count - 1))), note: note)
    }

    /// A date typed in words; `meaning` decides the year of "31 Jan" and is shown read back beside the field.
    public static func date(_ key: String, _ label: String, _ value: CalendarDay?, meaning: DateWords.Meaning,
                            note: String? = nil) -> FormField {
        let example = meaning == .due ? "For example Saturday, in 2 weeks, or 31 Jan." : "For example today, yesterday, or 3 May."
        return FormField(key: key, label: label, input: .date(TextFieldState(value.map(DayText.long) ?? ""), meaning: meaning),
                         note: note ?? example)
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
