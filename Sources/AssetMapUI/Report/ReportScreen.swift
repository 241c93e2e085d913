import AssetMapCore

/// The caseload report as lines to read: what it counts, then each part's figures beside their labels,
/// how many people they are worked out over, and what was withheld and why.
enum ReportScreen {
    static func drawTitle(in rect: Rect, on canvas: inout Canvas) {
        canvas.fill(rect, role: .title)
        canvas.write(
            " assetmap · Caseload report (numbers only, no names)", at: Point(x: rect.x, y: rect.y), role: .title,
            clip: rect)
    }

    static func draw(_ state: ReportState, in content: Rect, on canvas: inout Canvas) {
        guard let report = state.report else {
            canvas.write(
                "Counting across the plans…", at: Point(x: content.x + 1, y: content.y), role: .dim, clip: content)
            return
        }
        PageView.draw(lines(report, width: content.width), top: state.top, in: content, on: &canvas)
    }

    /// Beyond this the eye loses its way from a label to its figure.
    static let readingWidth = 90

    static func lines(_ report: CaseloadReport, width available: Int) -> [[Span]] {
        let width = min(available, readingWidth)
        let sheet = ReportSheet(report)
        var lines = sheet.intro.flatMap { PageView.wrapped($0, width: width, role: .dim) }
        let valueWidth = min(24, max(10, width / 3))
        for section in sheet.shownSections {
            lines.append([])
            lines.append([Span(section.title, .heading)])
            var over: Int?
            for row in section.rows {
                guard let shown = row.shown else { continue }
                // Said once above the figures it applies to, rather than beside every one.
                if let people = row.people, people != over {
                    lines += PageView.wrapped(
                        "Worked out over \(people) \(people == 1 ? "person" : "people"):", width: width,
                        role: .dim, indent: 2)
                }
                over = row.people
                lines += PageView.columns(
                    row.label, width: width - valueWidth, shown, rightWidth: valueWidth, indent: 2)
            }
            for note in section.notes { lines += PageView.wrapped(note, width: width, role: .dim, indent: 2) }
        }
        return lines
    }
}
