import AssetMapCore

/// Keys inside a form: typing, moving between fields, choosing options, saving and cancelling.
public enum FormReducer {
    public enum Outcome: Equatable {
        case editing
        case submit
        case cancel
    }

    public static func handle(_ key: Key, form: inout FormState, area: Rect) -> Outcome {
        let command = KeyMap.command(for: key, in: .form)
        let last = form.fields.count - 1
        switch command {
        case .save:
            return .submit
        case .cancel:
            return .cancel
        case .nextField where key == .enter && form.focusedField?.input.isMultiline == true:
            break
        case .nextField:
            if key == .enter, form.focus >= last { return .submit }
            move(&form, to: form.focus >= last ? 0 : form.focus + 1)
            return .editing
        case .previousField:
            move(&form, to: form.focus == 0 ? last : form.focus - 1)
            return .editing
        default:
            break
        }
        guard form.fields.indices.contains(form.focus) else { return .editing }
        let layout = FormLayout(form, in: area)
        var input = form.fields[form.focus].input
        let used = edit(&input, with: key, form: &form, layout: layout)
        if used {
            form.fields[form.focus].input = input
            form.problem = nil
        } else if key == .up {
            move(&form, to: max(0, form.focus - 1))
        } else if key == .down {
            move(&form, to: min(last, form.focus + 1))
        }
        return .editing
    }

    private static func move(_ form: inout FormState, to field: Int) {
        form.focus = field
        form.typedChoice = ""
    }

    private static func edit(_ input: inout FormInput, with key: Key, form: inout FormState, layout: FormLayout) -> Bool {
        switch input {
        case .text(var state):
            guard state.handle(key, wrapWidth: layout.inputWidth) else { return false }
            input = .text(state)
        case .date(var state, let meaning):
            guard state.handle(key, wrapWidth: layout.dateTextWidth) else { return false }
            input = .date(state, meaning: meaning)
        case .choice(let options, let selected):
            guard let chosen = choose(key, options: options, selected: selected, typed: form.typedChoice,
                                      isList: input.isList, page: layout.listRows[form.focus]) else { return false }
            form.typedChoice = chosen.typed
            input = .choice(options, selected: chosen.selected)
        }
        return true
    }

    /// In an open list ↑ ↓ move through it and leave it at its ends; Page Up and Down move a list's height.
    static func choose(_ key: Key, options: [String], selected: Int, typed: String, isList: Bool,
                       page: Int) -> (selected: Int, typed: String)? {
        guard isList else { return ChoiceKeys.handle(key, options: options, selected: selected, typed: typed) }
        switch key {
        case .up: return selected > 0 ? (selected - 1, "") : nil
        case .down: return selected < options.count - 1 ? (selected + 1, "") : nil
        case .pageUp: return (max(0, selected - max(1, page - 1)), "")
        case .pageDown: return (min(options.count - 1, selected + max(1, page - 1)), "")
        default: return ChoiceKeys.handle(key, options: options, selected: selected, typed: typed)
        }
    }
}
