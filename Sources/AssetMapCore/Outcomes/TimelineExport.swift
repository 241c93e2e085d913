/// The timeline as a section of the copies to print or take home: one dated line each, oldest first.
/// The plan given is the copy's own, with people marked private already left out unless they were asked for;
/// what session notes say stays in assetmap.
enum TimelineExport {
    static let heading = "What changed, and when"

    static func markdown(_ plan: Plan, made: CalendarDay) -> [String] {
        let timeline = Timeline(plan: plan, today: made)
        var out = ["", "## \(heading)", ""]
        if timeline.lines.isEmpty && timeline.undated.isEmpty { out.append("_Nothing dated yet._") }
        for line in timeline.lines {
            out.append(
                "- **\(DayText.long(line.date))**: "
                    + line.events.map { MarkdownText.inline($0.words) }.joined(separator: "; "))
        }
        if !timeline.undated.isEmpty {
            out.append(
                "- **Day not recorded**: "
                    + timeline.undated.map { MarkdownText.inline($0.words) }.joined(separator: "; "))
        }
        return out
    }

    static func html(_ plan: Plan, made: CalendarDay) -> [String] {
        let timeline = Timeline(plan: plan, today: made)
        var html = [#"<section id="timeline"><h2>\#(heading)</h2>"#]
        guard !timeline.lines.isEmpty || !timeline.undated.isEmpty else {
            return html + [#"<p class="none">Nothing dated yet.</p>"#, "</section>"]
        }
        html.append(
            #"<table><thead><tr><th scope="col">Date</th><th scope="col">What happened</th></tr></thead>"#
                + "<tbody>")
        for line in timeline.lines {
            html.append(row(DayText.long(line.date), line.events))
        }
        if !timeline.undated.isEmpty { html.append(row("Day not recorded", timeline.undated)) }
        html += ["</tbody></table>", "</section>"]
        return html
    }

    private static func row(_ date: String, _ events: [Timeline.Event]) -> String {
        #"<tr><th scope="row">\#(date)</th><td>"#
            + events.map { HTMLText.escape($0.words) }.joined(separator: "<br/>") + "</td></tr>"
    }
}
