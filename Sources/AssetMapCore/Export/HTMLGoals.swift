/// Goals in the HTML copy: each as a ladder from the top, with what helps, what is in the way and the risk plan.
enum HTMLGoals {
    static func render(_ copy: TakeHome) -> [String] {
        var html = [#"<section id="goals"><h2>My goals</h2>"#]
        if copy.goals.isEmpty { html.append(#"<p class="none">No goals written yet.</p>"#) }
        for goal in copy.goals { html += render(goal, made: copy.made) }
        if !copy.plan.steppingBack.isEmpty {
            html.append("<h3>Stepping back</h3><ul>")
            for stage in copy.plan.steppingBack {
                html.append("<li>\(HTMLText.escape(stage.text))" + (stage.by.map { " (by \(DayText.long($0)))" } ?? "") + "</li>")
            }
            html.append("</ul>")
        }
        html.append("</section>")
        return html
    }

    static func render(_ copy: TakeHome.GoalCopy, made: CalendarDay) -> [String] {
        let goal = copy.goal
        var html = ["<h3>\(HTMLText.escape(goal.title))</h3>",
                    "<p>\(goal.status.symbol) \(goal.status.words), \(goal.doneStepCount) of \(goal.steps.count) steps done.</p>"]
        if let why = goal.why { html.append("<p>Why it matters: \(HTMLText.escape(why))</p>") }
        html.append(#"<ol class="ladder"><li class="goal-top">GOAL: \#(HTMLText.escape(goal.title))</li>"#)
        for rung in copy.rungs {
            let current = rung.number == copy.current
            var item = #"<li class="\#(current ? "current" : rung.step.status.rawValue)">\#(rung.number). \#(rung.step.status.symbol) \#(HTMLText.escape(rung.step.text))"#
            item += #"<span class="rung-meta">\#(HTMLText.escape(TakeHome.describe(rung.step, who: rung.who, today: made)))\#(current ? " · ◀ on this rung now" : "")"#
            if !rung.links.isEmpty { item += " · who or what helps: " + HTMLText.escape(rung.links.joined(separator: ", ")) }
            html.append(item + "</span></li>")
        }
        html.append("</ol>")
        if !goal.barriers.isEmpty {
            html.append("<p><strong>In the way, and what might help:</strong></p><ul>")
            for barrier in goal.barriers {
                let helps = barrier.whatHelps.map { ": \(HTMLText.escape($0))" } ?? ""
                html.append("<li>\(HTMLText.escape(barrier.text))" + helps + Author.mark(barrier.by, after: " — ") + "</li>")
            }
            html.append("</ul>")
        }
        if let risk = goal.risk {
            html.append("<p><strong>Taking a chance:</strong></p><ul>")
            if let reason = risk.notTakenBecause { html.append("<li>Decided not to, because: \(HTMLText.escape(reason))</li>") }
            if !risk.benefits.isEmpty { html.append("<li>What could go well: \(HTMLText.escape(risk.benefits))</li>") }
            if !risk.risks.isEmpty { html.append("<li>What could go wrong: \(HTMLText.escape(risk.risks))</li>") }
            if !risk.contingency.isEmpty { html.append("<li>What we'll do if it does: \(HTMLText.escape(risk.contingency))</li>") }
            if let review = risk.reviewOn { html.append("<li>We'll look at it again on \(DayText.long(review))</li>") }
            html.append("</ul>")
        }
        return html
    }
}

/// The WELL12 history in the HTML copy: a table with each item's change, and a small bar chart of the totals.
enum HTMLWellbeing {
    static func render(_ copy: TakeHome) -> [String] {
        var html = [#"<section id="wellbeing"><h2>How I have been feeling (WELL12)</h2>"#]
        guard !copy.checks.isEmpty else {
            return html + [#"<p class="none">No checks yet.</p>"#, "</section>"]
        }
        html.append("<table><thead><tr><th>Item</th>" + copy.checks.map {
            "<th>\(DayText.long($0.date))\($0.complete ? "" : " (not finished)")" + Author.mark($0.by, after: ", ") + "</th>"
        }.joined() + "</tr></thead><tbody>")
        for (row, item) in Well12.items.enumerated() {
            html.append("<tr><td>\(item.number). \(HTMLText.escape(item.statement))</td>" + copy.checks.map { column in
                let cell = column.answers[row].map { "\($0) \(TakeHome.change(column.changes[row]))".trimmed } ?? "skipped"
                return #"<td class="number">\#(cell)</td>"#
            }.joined() + "</tr>")
        }
        html.append("<tr><th>Total</th>" + copy.checks.map {
            #"<td class="number"><strong>\#("\(TakeHome.total($0.score)) \(TakeHome.change($0.totalChange))".trimmed)</strong></td>"#
        }.joined() + "</tr></tbody></table>")
        html.append("<p>Answers: 4 yes, definitely · 3 agree · 2 not sure · 1 disagree · 0 definitely not. ↑ up, ↓ down, = the same as the check before.</p>")
        if let movers = copy.movers { html.append("<p>\(HTMLText.escape(movers))</p>") }
        html.append(chart(copy.checks))
        html.append("</section>")
        return html
    }

    /// One bar per check, its height the share of the answered items' most, labelled with the total.
    static func chart(_ checks: [TakeHome.CheckColumn]) -> String {
        let barWidth = 40.0
        let height = 160.0
        var svg = [#"<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(Int(Double(checks.count) * (barWidth + 20) + 20)) \#(Int(height + 50))" role="img" aria-label="Totals over time">"#]
        for (index, check) in checks.enumerated() {
            let share = check.score.outOf == 0 ? 0 : Double(check.score.total) / Double(check.score.outOf)
            let barHeight = share * height
            let x = 20 + Double(index) * (barWidth + 20)
            svg.append(#"<rect x="\#(Int(x))" y="\#(Int(height - barHeight + 10))" width="\#(Int(barWidth))" height="\#(Int(barHeight))"><title>\#(DayText.long(check.date)): \#(check.score.total)</title></rect>"#)
            svg.append(#"<text x="\#(Int(x + barWidth / 2))" y="\#(Int(height + 28))" text-anchor="middle" font-size="13">\#(check.score.total)</text>"#)
            svg.append(#"<text x="\#(Int(x + barWidth / 2))" y="\#(Int(height + 44))" text-anchor="middle" font-size="10">\#(DayText.brief(check.date, today: check.date))</text>"#)
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }
}
