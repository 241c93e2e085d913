import AssetMapCore

/// A click in a form, read from where the form draws its fields: on a field it goes there; on an option of the
/// list open there it picks it and goes on to the next field, as Enter does; on "◂" or "▸" of a short choice it
/// steps, as ← and → do. Nothing typed is changed by a click.
enum FormMouse {
    static func click(at point: Point, form: inout FormState, area: Rect) {
        let layout = FormLayout(form, in: area)
        let rects = layout.fieldRects(focus: form.focus).rects
        guard let index = rects.firstIndex(where: { $0?.contains(point) == true }), let field = rects[index] else {
            return
        }
        guard index == form.focus, case .choice(let options, let selected) = form.fields[index].input else {
            FormReducer.move(&form, to: index)
            return
        }
        let input = layout.inputRect(field)
        guard input.contains(point) else { return }
        if form.fields[index].input.isList {
            let top = ListView.firstVisibleRow(selection: selected, count: options.count, height: input.height)
            let picked = top + point.y - input.y
            guard options.indices.contains(picked) else { return }
            form.fields[index].input = .choice(options, selected: picked)
            form.problem = nil
            if index < form.fields.count - 1 { FormReducer.move(&form, to: index + 1) }
            return
        }
        // "◂ current ▸": the arrows are the first cell and the one after the option's words.
        let right = input.x + 2 + (options[safe: selected] ?? "").truncated(toWidth: input.width - 4).displayWidth + 1
        if point.x == input.x { step(by: -1, options: options, selected: selected, index: index, form: &form) }
        if point.x == right { step(by: 1, options: options, selected: selected, index: index, form: &form) }
    }

    private static func step(by change: Int, options: [String], selected: Int, index: Int, form: inout FormState) {
        form.fields[index].input = .choice(options, selected: min(max(0, selected + change), options.count - 1))
        form.problem = nil
    }
}
