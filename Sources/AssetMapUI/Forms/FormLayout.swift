import AssetMapCore

/// Where a form and its fields go on the screen. Shared by drawing and by key handling, which needs the
/// width of long answers to move up and down in them. A form grows with the window, up to `widest`
/// columns; a long answer grows with what is written in it while there is height to spare, and the
/// focused choice of more than three opens as a list.
public struct FormLayout: Equatable {
    public static let widest = 120
    /// Rows an open list of choices takes at most; a longer list scrolls.
    public static let mostListRows = 12
    /// Room beside a date for the day it was read as: "Wednesday 30 September 2027".
    static let spokenDateWidth = 28

    public let box: Rect
    public let labelWidth: Int
    public let inputWidth: Int
    /// Rows each field takes now.
    public let fieldRows: [Int]
    /// Rows an open list shows, for each field (1 for fields that are not lists).
    public let listRows: [Int]
    let introRows: Int
    /// Rows under the fields for a note, a suggestion or a problem, then for the keys.
    let noteRows: Int
    let keysRows: Int

    public init(_ form: FormState, in area: Rect) {
        let width = max(0, min(area.width - 4, Self.widest))
        let inner = max(1, width - 4)
        labelWidth = min(28, (form.fields.map { $0.label.displayWidth }.max() ?? 10) + 4)
        inputWidth = max(1, width - 4 - labelWidth)
        introRows = form.intro.map { TextWrap.wrap($0, width: inner).count + 1 } ?? 0
        noteRows = Self.noteRows(form, width: inner)
        keysRows = form.fields.map { TextWrap.wrap(Self.keysLine(for: $0.input), width: inner).count }.max() ?? 1
        let chrome = 2 + introRows + noteRows + keysRows
        let space = area.height - chrome
        let base = form.fields.map { $0.input.isMultiline ? 3 : 1 }
        let baseTotal = base.reduce(0, +)
        let listCap = max(3, min(Self.mostListRows, space - baseTotal + 1))
        listRows = form.fields.map { field in
            if case .choice(let options, _) = field.input, field.input.isList { return min(options.count, listCap) }
            return 1
        }
        let opened =
            form.fields.indices.contains(form.focus) && form.fields[form.focus].input.isList
            ? listRows[form.focus] - 1 : 0
        var spare = max(0, space - baseTotal - opened)
        var rows = base
        for (index, field) in form.fields.enumerated() {
            if index == form.focus, field.input.isList { rows[index] = listRows[index] }
            guard case .text(let state) = field.input, state.multiline, spare > 0 else { continue }
            let wanted = TextFieldView.lineCount(state, width: inputWidth) + 1
            let grow = min(spare, max(0, wanted - rows[index]))
            rows[index] += grow
            spare -= grow
        }
        fieldRows = rows
        let needed = chrome + rows.reduce(0, +)
        // Placed by its size with every list closed and no answer grown, so an open list or a growing answer
        // pushes the bottom down rather than moving the fields above it.
        let centred = area.centred(width: width, height: min(area.height, chrome + baseTotal))
        let height = min(area.height, needed)
        box = Rect(x: centred.x, y: min(centred.y, area.maxY - height), width: centred.width, height: height)
    }

    /// Where the fields go: under the intro, above the notes and the keys.
    var fieldArea: Rect {
        let inside = Box.interior(box)
        let top = inside.y + introRows
        return Rect(x: inside.x, y: top, width: inside.width, height: max(0, inside.maxY - top - noteRows - keysRows))
    }

    /// Each field's rectangle on screen, label and input together, scrolled so the focused field is in view;
    /// nil for a field scrolled out of sight. Also whether fields are hidden above and below.
    func fieldRects(focus: Int) -> (rects: [Rect?], above: Bool, below: Bool) {
        let area = fieldArea
        guard !area.isEmpty else { return (fieldRows.map { _ in nil }, false, false) }
        let focusTop = fieldRows.prefix(focus).reduce(0, +)
        let focusRows = fieldRows[safe: focus] ?? 1
        let total = fieldRows.reduce(0, +)
        let scroll = min(max(0, focusTop + focusRows - area.height), max(0, total - area.height), focusTop)
        var row = -scroll
        var rects: [Rect?] = []
        for (index, height) in fieldRows.enumerated() {
            defer { row += height }
            let shown = row >= 0 && (row + height <= area.height || (index == focus && row < area.height))
            rects.append(
                shown ? Rect(x: area.x, y: area.y + row, width: area.width, height: height).intersection(area) : nil)
        }
        return (rects, scroll > 0, total - scroll > area.height)
    }

    /// Where a field's input is drawn, beside its label.
    func inputRect(_ field: Rect) -> Rect {
        Rect(x: field.x + labelWidth, y: field.y, width: inputWidth, height: field.height).intersection(field)
    }

    /// The width of the typing part of a date field, leaving room beside it for the day it is read as.
    var dateTextWidth: Int {
        inputWidth >= Self.spokenDateWidth + 16 ? inputWidth - Self.spokenDateWidth : inputWidth
    }

    /// What the keys do in the focused field, at the bottom of the form.
    /// The field's own keys (arrows in a choice, Enter in a long answer) are named as the table names keys.
    static func keysLine(for input: FormInput) -> String {
        let moveOnOrLeave = KeyMap.footer([.nextField: "next", .save: "save", .cancel: "cancel"], in: .form)
        switch input {
        case .choice(let options, _) where input.isList:
            let typed = ChoiceKeys.picksByNumber(options) ? "a number or letters" : "the first letters"
            return "Type \(typed), or \(Key.up.label) \(Key.down.label) and \(Key.enter.label) · "
                + KeyMap.footer([.save: "save", .cancel: "cancel"], in: .form)
        case .choice: return "Type a letter or \(Key.left.label) \(Key.right.label) to choose · " + moveOnOrLeave
        case .text(let state) where state.multiline: return "\(Key.enter.label) new line · " + moveOnOrLeave
        case .text, .date: return KeyMap.footer([.save: "save", .nextField: "next", .cancel: "cancel"], in: .form)
        }
    }

    /// Enough rows for the longest note, problem or wording suggestion, wrapped, so none is ever cut.
    static func noteRows(_ form: FormState, width: Int) -> Int {
        var texts = form.fields.compactMap(\.note) + [form.problem.map { "! " + $0 }].compactMap { $0 }
        if form.content.usesStrengthsWording {
            let label = form.fields.map(\.label).max { $0.displayWidth < $1.displayWidth } ?? ""
            texts += StrengthsWording.suggestions.map { label + ": " + $0 }
        }
        return max(1, texts.map { TextWrap.wrap($0, width: width).count }.max() ?? 1)
    }
}
