import AssetMapCore

/// Keys inside a form: typing, moving between fields, choosing options, saving and cancelling.
public enum FormReducer {
    public enum Outcome: Equatable {
        case editing
        case submit
        case cancel
    }

    public static func handle(_ key: Key, form: inout FormState, area: Rect) -> Outcome {
        if passesOver(key, form: &form) { return .editing }
        let command = KeyMap.command(for: key, in: .form)
        let last = form.fields.count - 1
        switch command?.typing {
        case .save:
            return .submit
        case .cancel:
            return .cancel
        // Tab and Enter are both "next field" in the key table, as the design's keys say; Enter alone is a new line in
        // a long answer and saves on the last field, so it is told apart by the key itself.
        case .nextField where key == .enter && form.focusedField?.input.isMultiline == true:
            break
        case .nextField:
            if key == .enter, form.focus >= last { return .submit }
            move(&form, to: form.focus >= last ? 0 : form.focus + 1)
            return .editing
        case .previousField:
            move(&form, to: form.focus == 0 ? last : form.focus - 1)
            return .editing
        case nil:
            break
        }
        guard form.fields.indices.contains(form.focus) else { return .editing }
        let layout = FormLayout(form, in: area)
        var input = form.fields[form.focus].input
        let edited = edit(&input, with: key, form: &form, layout: layout)
        if edited != .unused {
            form.fields[form.focus].input = input
            form.problem = nil
            if edited == .settled, form.focus < last {
                let rest = form.restOfChoice
                move(&form, to: form.focus + 1)
                form.restOfChoice = rest
            } else {
                form.restOfChoice = ""
            }
        } else if key == .up {
            // The arrows are the field's first (the lines of a long answer, the options of a list); only when it has no
            // use for them do they move between fields, so they have no command of their own in a form.
            move(&form, to: max(0, form.focus - 1))
        } else if key == .down {
            move(&form, to: min(last, form.focus + 1))
        }
        return .editing
    }

    static func move(_ form: inout FormState, to field: Int) {
        form.focus = field
        form.typedChoice = ""
        form.restOfChoice = ""
    }

    /// After a choice settled by its first letters, the rest of its word typed on is passed over; any other key
    /// ends that.
    private static func passesOver(_ key: Key, form: inout FormState) -> Bool {
        guard !form.restOfChoice.isEmpty else { return false }
        if case .character(let c) = key {
            let letter = SearchQuery.fold(String(c))
            if form.restOfChoice.hasPrefix(letter) {
                form.restOfChoice.removeFirst(letter.count)
                return true
            }
        }
        form.restOfChoice = ""
        return false
    }

    private enum Edit {
        case unused, used
        /// A choice made by a number or by letters only one option begins: the form goes on to the next field.
        case settled
    }

    private static func edit(_ input: inout FormInput, with key: Key, form: inout FormState, layout: FormLayout) -> Edit
    {
        switch input {
        case .text(var state):
            guard state.handle(key, wrapWidth: layout.inputWidth) else { return .unused }
            input = .text(state)
        case .date(var state, let meaning):
            guard state.handle(key, wrapWidth: layout.dateTextWidth) else { return .unused }
            input = .date(state, meaning: meaning)
        case .choice(let options, let selected):
            let picked =
                input.isList
                ? choose(
                    key, options: options, selected: selected, typed: form.typedChoice,
                    page: layout.listRows[form.focus])
                : ChoiceKeys.pick(key, options: options, selected: selected, typed: form.typedChoice)
            guard let chosen = picked else { return .unused }
            form.typedChoice = chosen.typed
            input = .choice(options, selected: chosen.selected)
            if chosen.settled {
                form.restOfChoice = chosen.rest
                return .settled
            }
        }
        return .used
    }

    /// In an open list ↑ ↓ move through it and leave it at its ends; Page Up and Down move a list's height;
    /// a number, or letters only one option begins, settle it.
    static func choose(
        _ key: Key, options: [String], selected: Int, typed: String,
        page: Int
    ) -> (selected: Int, typed: String, settled: Bool, rest: String)? {
        switch key {
        case .up: return selected > 0 ? (selected - 1, "", false, "") : nil
        case .down: return selected < options.count - 1 ? (selected + 1, "", false, "") : nil
        case .pageUp: return (max(0, selected - max(1, page - 1)), "", false, "")
        case .pageDown: return (min(options.count - 1, selected + max(1, page - 1)), "", false, "")
        default: return ChoiceKeys.pick(key, options: options, selected: selected, typed: typed)
        }
    }
}
