import AssetMapCore

/// Quiet suggestions shown under a field while it is typed in. They never stop the form being saved.
public enum FormHints {
    public static func hint(for field: FormField, in form: FormState) -> String? {
        guard form.purpose.usesStrengthsWording, case .text(let state) = field.input else { return nil }
        return StrengthsWording.suggestion(for: state.text)
    }
}
