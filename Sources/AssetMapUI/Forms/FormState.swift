import AssetMapCore

/// A form over the screen: the form itself (`content`), which field has focus, and why saving did not work. The
/// drawing and the keys see the fields as one list, in the order the form gives them.
public struct FormState: Equatable, Sendable {
    public var title: String
    var content: any FormContent
    public var focus = 0
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

    init(title: String, content: any FormContent, intro: String? = nil) {
        self.title = title
        self.content = content
        self.intro = intro
        initialValues = content.fields.map(\.input.value)
    }

    public static func == (lhs: FormState, rhs: FormState) -> Bool {
        lhs.title == rhs.title && lhs.content.isSame(as: rhs.content) && lhs.focus == rhs.focus
            && lhs.problem == rhs.problem
            && lhs.intro == rhs.intro && lhs.typedChoice == rhs.typedChoice && lhs.restOfChoice == rhs.restOfChoice
            && lhs.initialValues == rhs.initialValues
    }

    public var fields: [FormField] {
        get { content.fields }
        set { content.fields = newValue }
    }

    /// True once anything has been typed or chosen, so closing it asks first.
    public var hasChanges: Bool { fields.map(\.input.value) != initialValues }

    public var focusedField: FormField? { focus < fields.count ? fields[focus] : nil }

    /// Puts a field back as it was when the form was opened.
    public mutating func restore(at index: Int) {
        guard fields.indices.contains(index) else { return }
        let initial = initialValues[index]
        switch fields[index].input {
        case .choice(let options, _):
            fields[index].input = .choice(options, selected: options.firstIndex(of: initial) ?? 0)
        case .text(let state): fields[index].input = .text(TextFieldState(initial, multiline: state.multiline))
        case .date(_, let meaning): fields[index].input = .date(TextFieldState(initial), meaning: meaning)
        }
    }
}
