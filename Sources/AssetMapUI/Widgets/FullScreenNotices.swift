import AssetMapCore

/// Screens that replace everything else for a moment.
public enum FullScreenNotices {
    /// Shown below 80x24. What was on screen comes back, unchanged, when the terminal grows.
    public static func tooSmall(_ canvas: inout Canvas) {
        let size = canvas.size
        canvas.fill(canvas.bounds)
        let lines = [
            "The window is too small.",
            "Please make it bigger:",
            "at least \(Size.minimum.width) wide and \(Size.minimum.height) tall.",
            "Now \(size.width) x \(size.height).",
            "Nothing is lost.",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (row, line) in lines.enumerated() {
            canvas.writeCentred(line, row: top + row, in: canvas.bounds, role: row == 0 ? .warning : .normal)
        }
    }

    /// The privacy screen: nothing personal, until any key.
    public static func privacy(_ canvas: inout Canvas) {
        canvas.fill(canvas.bounds, role: .privacy)
        let middle = canvas.size.height / 2
        canvas.writeCentred("assetmap", row: middle - 1, in: canvas.bounds, role: .privacy)
        canvas.writeCentred("Press any key to carry on.", row: middle + 1, in: canvas.bounds, role: .privacy)
    }
}
