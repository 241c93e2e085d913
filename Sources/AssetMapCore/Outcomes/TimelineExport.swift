/// The timeline as a section of the copies to print or take home: one dated line each, oldest first.
/// People marked private are left out of the map's changes; what session notes say stays in assetmap.
enum TimelineExport {
    static let heading = "What changed, and when"

    static func markdown(_ plan: Plan, made: CalendarDay) -> [String] {
        let timeline = Timeline(plan: plan, today: made, leavingOutPrivate: true)
        var out = ["", "## \(heading)", ""]
        if timeline.lines.isEmpty && timeline.undated.isEmpty { out.append("_Nothing dated yet._") }
        for line in timeline.lines {
            out.append(
                "- **\(DayText.long(line.date))**: "
                    + line.events.map { MarkdownExporter.escape($0.words) }.joined(separator: "; "))
        }
        if !timeline.undated.isEmpty {
            out.append(
                "- **Day not recorded**: "
                    + timeline.undated.map { MarkdownExporter.escape($0.words) }.joined(separator: "; "))
        }
        return out
    }

    static func html(_ plan: Plan, made: CalendarDay) -> [String] {
        let timeline = Timeline(plan: plan, today: made, leavingOutPrivate: true)
        var html = [#"<section id="timeline"><h2>\#(heading)</h2>"#]
        guard !timeline.lines.isEmpty || !timeline.undated.isEmpty else {
            return html + [#"<p class="none">Nothing dated yet.</p>"#, "</section>"]
        }
        html.append("<table><thead><tr><th>Date</th><th>What happened</th></tr></thead><tbody>")
        for line in timeline.lines {
            html.append(row(DayText.long(line.date), line.events))
        }
        if !timeline.undated.isEmpty { html.append(row("Day not recorded", timeline.undated)) }
        html += ["</tbody></table>", "</section>"]
        return html
    }

    private static func row(_ date: String, _ events: [Timeline.Event]) -> String {
        "<tr><td>\(date)</td><td>" + events.map { HTMLText.escape($0.words) }.joined(separator: "<br/>") + "</td></tr>"
    }
}
