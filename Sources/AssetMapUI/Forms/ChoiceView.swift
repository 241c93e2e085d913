import AssetMapCore

/// A choice in a form. Three or fewer are stepped through in place, "◂ one ▸"; more open as a list while the
/// field has focus, the current one marked with "▸" as well as its highlight, each with the number that picks it
/// where digits pick by number; "▾" says a closed one opens.
enum ChoiceView {
    static func draw(
        _ options: [String], selected: Int, open: Bool, in rect: Rect, focused: Bool, on canvas: inout Canvas
    ) {
        guard !rect.isEmpty else { return }
        let role: Role = focused ? .fieldActive : .field
        let current = options[safe: selected] ?? ""
        guard open else {
            let isList = options.count > ChoiceKeys.mostStepped
            let row = rect.row(0)
            canvas.fill(row, role: role)
            let text =
                isList
                ? current.truncated(toWidth: row.width - 2) + " ▾"
                : "◂ " + current.truncated(toWidth: row.width - 4) + " ▸"
            canvas.write(text, at: Point(x: row.x, y: row.y), role: role, clip: row)
            return
        }
        let top = ListView.firstVisibleRow(selection: selected, count: options.count, height: rect.height)
        let numbered = ChoiceKeys.isNumbered(options)
        for line in 0..<min(rect.height, options.count - top) {
            let index = top + line
            let row = rect.row(line)
            let chosen = index == selected
            let number = !numbered ? "" : index < ChoiceKeys.mostNumbered ? "\(index + 1) · " : "    "
            canvas.fill(row, role: chosen ? .fieldActive : .field)
            let text = (chosen ? "▸ " : "  ") + number + options[index]
            canvas.write(
                text.truncated(toWidth: row.width), at: Point(x: row.x, y: row.y), role: chosen ? .fieldActive : .field,
                clip: row)
        }
        MoreMarks.draw(above: top > 0, below: top + rect.height < options.count, in: rect, on: &canvas)
    }
}
