import AssetMapCore

/// The caseload report as lines to read: what it counts, then each part's figures beside their labels,
/// with the number of people a figure is worked out over, and what was withheld and why.
enum ReportScreen {
    static func drawTitle(in rect: Rect, on canvas: inout Canvas) {
        canvas.fill(rect, role: .title)
        canvas.write(" assetmap · Caseload report (numbers only, no names)", at: Point(x: rect.x, y: rect.y), role: .title, clip: rect)
    }

    static func draw(_ state: ReportState, in content: Rect, on canvas: inout Canvas) {
        guard let report = state.report else {
            canvas.write("Counting across the plans…", at: Point(x: content.x + 1, y: content.y), role: .dim, clip: content)
            return
        }
        PageView.draw(lines(report, width: content.width), top: state.top, in: content, on: &canvas)
    }

    static func lines(_ report: CaseloadReport, width: Int) -> [[Span]] {
        let sheet = ReportSheet(report)
        var lines = sheet.intro.flatMap { PageView.wrapped($0, width: width, role: .dim) }
        let valueWidth = min(28, max(10, width / 3))
        for section in sheet.shownSections {
            lines.append([])
            lines.append([Span(section.title, .heading)])
            for row in section.rows {
                guard let shown = row.shown else { continue }
                let value = shown + (row.people.map { " · \($0) people" } ?? "")
                lines += PageView.columns(row.label, width: width - valueWidth, value, rightWidth: valueWidth, indent: 2)
            }
            for note in section.notes { lines += PageView.wrapped(note, width: width, role: .dim, indent: 2) }
        }
        return lines
    }
}
