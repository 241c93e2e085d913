import AssetMapCore

/// Draws a text field and places the terminal cursor in it when it has focus.
public enum TextFieldView {
    public static func draw(
        _ field: TextFieldState, in rect: Rect, focused: Bool, placeholder: String = "",
        on canvas: inout Canvas
    ) {
        guard !rect.isEmpty else { return }
        let role: Role = focused ? .fieldActive : .field
        canvas.fill(rect, role: role)
        if field.isEmpty, !placeholder.isEmpty, !focused {
            canvas.write(
                placeholder.truncated(toWidth: rect.width), at: Point(x: rect.x, y: rect.y), role: .dim, clip: rect)
        }
        var textArea = rect
        if field.tooLong != nil {
            // Said in the field itself, so it is never mistaken for the whole text.
            let (rest, bottom) = rect.splitBottom(1)
            canvas.write(
                "… too long to change here; kept whole", at: Point(x: bottom.x, y: bottom.y), role: .dim, clip: bottom)
            textArea = rest
            guard !textArea.isEmpty else { return }
        }
        if field.multiline {
            drawLines(field, in: textArea, focused: focused, role: role, on: &canvas)
        } else {
            drawSingle(field, in: textArea, focused: focused, role: role, on: &canvas)
        }
    }

    /// A text shown to read, not to type in: the cells an unfocused multi-line field holding the whole text shows,
    /// made from only as much of its beginning as the rectangle needs, so that a note of 100,000 characters is drawn
    /// as quickly as a short one.
    public static func drawBeginning(of text: String, in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        // No more bytes than a field holds characters: the field would not be too long, so it shows the text's start.
        guard text.utf8.count <= TextFieldState.largest else {
            draw(TextFieldState(text, multiline: true), in: rect, focused: false, on: &canvas)
            return
        }
        var taken = max(64, (rect.height + 2) * (rect.width + 1))
        while let end = text.index(text.startIndex, offsetBy: taken, limitedBy: text.endIndex), end < text.endIndex {
            let beginning = TextFieldState(String(text[..<end]), multiline: true)
            let looked = TextWrap.wrap(beginning.characters, width: rect.width, maxLines: rect.height + 1).looked
            if looked + 2 <= beginning.characters.count {
                draw(beginning, in: rect, focused: false, on: &canvas)
                return
            }
            taken *= 2
        }
        draw(TextFieldState(text, multiline: true), in: rect, focused: false, on: &canvas)
    }

    /// The rows a multi-line field needs at a width, for laying out forms.
    public static func lineCount(_ field: TextFieldState, width: Int) -> Int {
        TextWrap.lines(field.characters, width: width).count
    }

    private static func drawLines(
        _ field: TextFieldState, in rect: Rect, focused: Bool, role: Role, on canvas: inout Canvas
    ) {
        // Unfocused, the text is drawn from its start: only the lines that fit, and one more to know there is more.
        let lines = TextWrap.lines(field.characters, width: rect.width, maxLines: focused ? .max : rect.height + 1)
        let cursor = TextWrap.position(of: field.cursor, in: lines, characters: field.characters)
        let top = focused ? max(0, cursor.line - rect.height + 1) : 0
        for row in 0..<rect.height where top + row < lines.count {
            let text = String(field.characters[lines[top + row]])
            canvas.write(text, at: Point(x: rect.x, y: rect.y + row), role: role, clip: rect)
        }
        // Words out of sight are never silently gone: the corners say there are more.
        MoreMarks.draw(above: top > 0, below: lines.count - top > rect.height, in: rect, on: &canvas)
        if focused {
            canvas.cursor = Point(x: rect.x + min(cursor.column, rect.width - 1), y: rect.y + cursor.line - top)
        }
    }

    /// Being typed in, it scrolls sideways only as far as the cursor needs, with "…" in its first column once words
    /// are out of sight to the left; otherwise it shows its beginning, with "…" at the end when there is more.
    private static func drawSingle(
        _ field: TextFieldState, in rect: Rect, focused: Bool, role: Role, on canvas: inout Canvas
    ) {
        guard focused else {
            canvas.write(
                field.text.truncated(toWidth: rect.width), at: Point(x: rect.x, y: rect.y), role: role, clip: rect)
            return
        }
        let beforeCursor = String(field.characters[..<field.cursor])
        let cursorColumn = beforeCursor.displayWidth
        let overflow = max(0, cursorColumn - rect.width + 1)
        // The mark takes a column of its own, so the text moves on one more.
        let shift = overflow > 0 && rect.width > 1 ? overflow + 1 : overflow
        let lead = shift > overflow ? 1 : 0
        var skipped = 0
        var start = 0
        while skipped < shift, start < field.characters.count {
            skipped += DisplayWidth.of(field.characters[start])
            start += 1
        }
        let visible = String(field.characters[start...])
        canvas.write(visible, at: Point(x: rect.x + lead, y: rect.y), role: role, clip: rect)
        if lead > 0 { canvas.write("…", at: Point(x: rect.x, y: rect.y), role: role, clip: rect) }
        canvas.cursor = Point(x: rect.x + min(lead + cursorColumn - skipped, rect.width - 1), y: rect.y)
    }
}
