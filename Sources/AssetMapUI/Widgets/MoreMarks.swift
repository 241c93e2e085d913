import AssetMapCore

/// "↑ more" and "↓ more" in the right-hand corners of an area whose content does not all fit, so nothing is
/// cut without saying so; a bare arrow where the area is too narrow for the words.
enum MoreMarks {
    static func draw(above: Bool, below: Bool, in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let wide = rect.width >= 24
        if above {
            let mark = wide ? " ↑ more" : "↑"
            canvas.write(mark, at: Point(x: rect.maxX - mark.displayWidth, y: rect.y), role: .dim, clip: rect)
        }
        if below {
            let mark = wide ? " ↓ more" : "↓"
            canvas.write(mark, at: Point(x: rect.maxX - mark.displayWidth, y: rect.maxY - 1), role: .dim, clip: rect)
        }
    }
}
