import AssetMapCore

/// Quiet suggestions about wording in forms about the person's strengths and hopes. They never stop the form
/// being saved: they show under the fields while any of them holds deficit words, and again once it is saved.
public enum FormHints {
    /// The suggestion for the first text field holding deficit words, named when it is not the one being typed in.
    public static func hint(for form: FormState) -> String? {
        guard form.content.usesStrengthsWording else { return nil }
        let order = ([form.focus] + Array(form.fields.indices)).filter(form.fields.indices.contains)
        for index in order {
            guard case .text(let state) = form.fields[index].input,
                let suggestion = StrengthsWording.suggestion(for: state.text)
            else {
                continue
            }
            return index == form.focus ? suggestion : "\(form.fields[index].label): \(suggestion)"
        }
        return nil
    }

    /// Said on the message line once the form is saved, naming the words, so the suggestion is not lost with the form.
    static func afterSaving(_ form: some FormContent) -> String? {
        guard form.usesStrengthsWording else { return nil }
        for field in form.fields {
            guard case .text(let state) = field.input, let match = StrengthsWording.match(in: state.text) else {
                continue
            }
            return "Saved. About “\(match.words)”: \(match.suggestion) Press e to change it."
        }
        return nil
    }
}
