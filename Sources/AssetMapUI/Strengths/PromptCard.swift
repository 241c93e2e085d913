import AssetMapCore

/// One gentle question at a time, for when someone cannot think of a strength.
enum PromptCard {
    static func draw(_ index: Int, in area: Rect, on canvas: inout Canvas) {
        let prompts = StrengthPrompts.all
        let prompt = prompts[index % prompts.count]
        let rect = area.centred(width: min(area.width - 4, 64), height: 9)
        Box.drawOver(rect, title: "A question that might help (\(index % prompts.count + 1) of \(prompts.count))", on: &canvas)
        let inside = Box.interior(rect)
        canvas.write("About \(prompt.area.words):", at: Point(x: inside.x, y: inside.y), role: .dim, clip: inside)
        canvas.writeWrapped(prompt.question, in: Rect(x: inside.x, y: inside.y + 2, width: inside.width, height: 3), role: .heading)
        canvas.write("→ another   a write it down   Esc close", at: Point(x: inside.x, y: inside.maxY - 1), role: .dim, clip: inside)
    }
}
