import AssetMapCore
/// Where a form and its fields go on the screen. Shared by drawing and by key handling,
/// which needs the width of multi-line fields to move up and down in them.
public struct FormLayout: Equatable {
    public let box: Rect
    public let labelWidth: Int
    public let inputWidth: Int

    public init(_ form: FormState, in area: Rect) {
        let width = min(area.width - 2, 76)
        labelWidth = min(28, (form.fields.map { $0.label.displayWidth }.max() ?? 10) + 4)
        inputWidth = max(1, width - 4 - labelWidth)
        let needed = 2 + (form.intro == nil ? 0 : FormLayout.introHeight(form, width: width - 4) + 1)
            + form.fields.map { FormLayout.rows(for: $0) }.reduce(0, +) + 3
        box = area.centred(width: width, height: min(area.height, needed))
    }

    /// Rows a field takes: a multi-line answer gets room to write in.
    static func rows(for field: FormField) -> Int {
        field.input.isMultiline ? 3 : 1
    }

    static func introHeight(_ form: FormState, width: Int) -> Int {
        form.intro.map { TextWrap.wrap($0, width: max(1, width)).count } ?? 0
    }
}
