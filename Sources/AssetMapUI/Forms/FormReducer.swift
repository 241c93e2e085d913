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
            form.focus = form.focus >= last ? 0 : form.focus + 1
            return .editing
        case .previousField:
            form.focus = form.focus == 0 ? last : form.focus - 1
            return .editing
        default:
            break
        }
        guard form.fields.indices.contains(form.focus) else { return .editing }
        let width = FormLayout(form, in: area).inputWidth
        var input = form.fields[form.focus].input
        let used = edit(&input, with: key, width: width)
        if used {
            form.fields[form.focus].input = input
            form.problem = nil
        } else if key == .up {
            form.focus = max(0, form.focus - 1)
        } else if key == .down {
            form.focus = min(last, form.focus + 1)
        }
        return .editing
    }

    private static func edit(_ input: inout FormInput, with key: Key, width: Int) -> Bool {
        switch input {
        case .text(var state):
            guard state.handle(key, wrapWidth: width) else { return false }
            input = .text(state)
        case .date(var state):
            guard state.handle(key, wrapWidth: width) else { return false }
            input = .date(state)
        case .choice(let options, let selected):
            guard let chosen = choose(key, options: options, selected: selected) else { return false }
            input = .choice(options, selected: chosen)
        }
        return true
    }

    /// Left and right (or Space) step through the options; a digit or a first letter picks one.
    static func choose(_ key: Key, options: [String], selected: Int) -> Int? {
        guard !options.isEmpty else { return nil }
        switch key {
        case .left: return (selected + options.count - 1) % options.count
        case .right, .character(" "): return (selected + 1) % options.count
        case .character(let c):
            if let digit = c.wholeNumberValue, (1...options.count).contains(digit) { return digit - 1 }
            let letter = String(c).lowercased()
            let start = selected + 1
            let order = Array(start..<options.count) + Array(0..<start)
            return order.first { options[$0].lowercased().hasPrefix(letter) } ?? selected
        default:
            return nil
        }
    }
}
