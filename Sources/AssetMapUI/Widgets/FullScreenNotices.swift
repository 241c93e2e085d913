import AssetMapCore

/// Screens that replace everything else for a moment.
public enum FullScreenNotices {
    /// Shown below 80x24. What was on screen comes back, unchanged, when the terminal grows, and keys pressed
    /// meanwhile are used then; `qLeaves` says whether q leaves or is kept as a letter being typed.
    public static func tooSmall(_ canvas: inout Canvas, keysKept: Int, qLeaves: Bool) {
        let size = canvas.size
        canvas.fill(canvas.bounds)
        let paragraphs = [
            "The window is too small.",
            "Please make it at least \(Size.minimum.width) x \(Size.minimum.height); it is \(size.width) x \(size.height) now.",
            keysKept == 0
                ? "Keys pressed meanwhile are kept for then."
                : "\(keysKept) \(keysKept == 1 ? "key" : "keys") pressed meanwhile, kept for then.",
            qLeaves
                ? "q or Ctrl-C leaves assetmap; all is saved first."
                : "Ctrl-C leaves assetmap; what is typed is saved first.",
        ]
        let lines = paragraphs.enumerated().flatMap { index, text in
            TextWrap.wrap(text, width: size.width).map { (line: $0, warning: index == 0) }
        }
        let top = max(0, (size.height - lines.count) / 2)
        for (row, line) in lines.enumerated() {
            canvas.writeCentred(line.line, row: top + row, in: canvas.bounds, role: line.warning ? .warning : .normal)
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
