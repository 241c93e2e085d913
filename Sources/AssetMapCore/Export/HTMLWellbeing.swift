/// The WELL12 history in the HTML copy: tables of at most six checks, the latest first, so each fits across a
/// printed page without anything shrinking; then a chart of the totals with dates, a scale and every value written.
enum HTMLWellbeing {
    static func render(_ copy: TakeHome) -> [String] {
        var html = [#"<section id="wellbeing"><h2>How I have been feeling (WELL12)</h2>"#]
        guard !copy.checks.isEmpty else {
            return html + [#"<p class="none">No checks yet.</p>"#, "</section>"]
        }
        html.append(
            "<p>Answers: 4 yes, definitely · 3 agree · 2 not sure · 1 disagree · 0 definitely not. "
                + "↑ up, ↓ down, = the same as the check before.</p>")
        if let movers = copy.movers { html.append("<p>\(HTMLText.escape(movers))</p>") }
        for (index, columns) in copy.checkTables.enumerated() {
            let name = copy.checkTables.count == 1 ? "The checks" : index == 0 ? "The latest checks" : "Earlier checks"
            html += table(columns, caption: name + ", " + span(columns), id: "checks-\(index + 1)")
        }
        html += chart(copy.checks)
        html.append("</section>")
        return html
    }

    /// "from 15 May 2026 to 15 November 2026", or "on 15 May 2026" for one check.
    static func span(_ columns: [TakeHome.CheckColumn]) -> String {
        guard let first = columns.first, let last = columns.last, columns.count > 1 else {
            return columns.first.map { "on " + DayText.long($0.date) } ?? ""
        }
        return "from \(DayText.long(first.date)) to \(DayText.long(last.date))"
    }

    /// A check's column heading: "15 Nov 2026", "(not finished)" when it is not, and who wrote it when known.
    static func heading(_ column: TakeHome.CheckColumn) -> String {
        DayText.abbreviated(column.date) + (column.complete ? "" : " (not finished)")
            + Author.mark(column.by, after: ", ")
    }

    static func table(_ columns: [TakeHome.CheckColumn], caption: String, id: String) -> [String] {
        // The region scrolls on its own on a narrow screen, so the page itself never scrolls sideways.
        var html = [
            #"<div class="table-wrap" role="region" aria-labelledby="\#(id)" tabindex="0"><table>"#,
            #"<caption id="\#(id)">\#(caption)</caption>"#,
            #"<thead><tr><th scope="col">Statement</th>"#
                + columns.map { #"<th scope="col">\#(heading($0))</th>"# }.joined() + "</tr></thead><tbody>",
        ]
        for (row, item) in Well12.items.enumerated() {
            html.append(
                #"<tr><th scope="row">\#(item.number). \#(HTMLText.escape(item.statement))</th>"#
                    + columns.map { column in
                        let cell =
                            column.answers[row].map { "\($0) \(TakeHome.change(column.changes[row]))".trimmed }
                            ?? "skipped"
                        return "<td>\(cell)</td>"
                    }.joined() + "</tr>")
        }
        html.append(
            #"<tr class="total"><th scope="row">Total</th>"#
                + columns.map {
                    "<td>\("\(TakeHome.total($0.score)) \(TakeHome.change($0.totalChange))".trimmed)</td>"
                }.joined() + "</tr>")
        return html + ["</tbody></table></div>"]
    }

    static let scale = [0, 12, 24, 36, 48]

    /// What the scale means, written under the chart in both copies.
    static let scaleWords =
        "Each total is out of 48: twelve statements, each from 0 to 4. The higher, the better things feel."

    /// Said under the chart when a check had statements skipped: its total is out of what was answered, and its bar
    /// is the same share of the scale, so a skipped statement never looks like a fall.
    static func partialWords(_ checks: [TakeHome.CheckColumn]) -> String? {
        guard let partial = checks.first(where: { !$0.score.isWhole }) else { return nil }
        let score = partial.score
        return "* Some statements were skipped, so that total is out of 4 for each one answered: "
            + "\(score.total) out of \(score.outOf) means \(score.answered) answered, so out of \(score.outOf), not 48. "
            + "Its bar is the same share of the scale, so a skipped statement does not look like a fall."
    }

    /// One row per check: its date, a bar on a scale of 0 to 48, and the total in words. The bars are drawn with
    /// borders, which print even when a browser leaves backgrounds out; the dates and totals are the text version.
    /// A check with statements skipped is drawn as its share of what was answered, marked "*" and dashed.
    static func chart(_ checks: [TakeHome.CheckColumn]) -> [String] {
        var html = [
            #"<figure class="chart" aria-labelledby="chart-caption">"#,
            #"<figcaption id="chart-caption">The total at each check, on a scale of 0 to 48</figcaption>"#,
            #"<div class="chart-row scale" aria-hidden="true"><span></span><span class="track">"#
                + scale.map { #"<span class="tick" style="left:\#(percent($0))">\#($0)</span>"# }.joined()
                + "</span><span></span></div>",
            #"<ul class="chart-rows">"#,
        ]
        for check in checks {
            let finished = check.complete ? "" : " (not finished)"
            let partial = !check.score.isWhole
            html.append(
                #"<li class="chart-row"><span class="date">\#(DayText.abbreviated(check.date))\#(finished)</span>"#
                    + #"<span class="track" aria-hidden="true">"#
                    + scale.dropFirst().dropLast().map { #"<span class="grid" style="left:\#(percent($0))"></span>"# }
                    .joined()
                    + #"<span class="bar\#(partial ? " partial" : "")" style="width:\#(percent(of: check.score))"></span></span>"#
                    + #"<span class="value">\#(TakeHome.total(check.score))\#(partial ? " *" : "")</span></li>"#)
        }
        html += ["</ul>", #"<p class="chart-scale">\#(scaleWords)</p>"#]
        if let words = partialWords(checks) { html.append(#"<p class="chart-scale">\#(words)</p>"#) }
        return html + ["</figure>"]
    }

    /// A score's bar as a share of the scale: of 48 for a whole check, of what was answered for one with items skipped.
    static func percent(of score: Well12.Score) -> String {
        guard score.outOf > 0 else { return percent(0) }
        let tenths = (score.total * 1000 + score.outOf / 2) / score.outOf
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// A total as a share of 48, written for CSS to one decimal place: 20 is "41.7%".
    static func percent(_ total: Int) -> String {
        let tenths = (total * 1000 + 24) / 48
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
