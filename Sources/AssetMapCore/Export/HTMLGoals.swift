/// Goals in the HTML copy: each as a ladder from the top, with what helps, what is in the way and the risk plan.
enum HTMLGoals {
    static func render(_ copy: TakeHome) -> [String] {
        var html = [#"<section id="goals"><h2>My goals</h2>"#]
        if copy.goals.isEmpty { html.append(#"<p class="none">No goals written yet.</p>"#) }
        for goal in copy.goals { html += render(goal, made: copy.made) }
        if !copy.plan.steppingBack.isEmpty {
            html.append("<h3>Stepping back</h3><ul>")
            for stage in copy.plan.steppingBack {
                html.append(
                    "<li>\(HTMLText.escape(stage.text))" + (stage.by.map { " (by \(DayText.long($0)))" } ?? "")
                        + "</li>")
            }
            html.append("</ul>")
        }
        html.append("</section>")
        return html
    }

    static func render(_ copy: TakeHome.GoalCopy, made: CalendarDay) -> [String] {
        let goal = copy.goal
        // The heading is kept with what follows it, so a goal's name never ends a printed page on its own.
        var html = [
            #"<div class="goal-head"><h3>\#(HTMLText.escape(goal.title))</h3>"#,
            "<p>\(goal.status.symbol) \(goal.status.words), \(goal.doneStepCount) of \(goal.steps.count) steps done.</p>",
        ]
        if let why = goal.why { html.append("<p>Why it matters: \(HTMLText.escape(why))</p>") }
        guard !copy.rungs.isEmpty else {
            return html + [#"<p class="none">No steps yet.</p></div>"#] + barriersAndRisk(goal)
        }
        html.append(
            #"</div><ul class="ladder" aria-label="The ladder, from the top">"#
                + #"<li class="goal-top">GOAL: \#(HTMLText.escape(goal.title))</li>"#)
        for rung in copy.rungs {
            let current = rung.number == copy.current
            var item =
                #"<li class="\#(current ? "current" : rung.step.status.rawValue)">\#(rung.number). \#(rung.step.status.symbol) \#(HTMLText.escape(rung.step.text))"#
            item +=
                #"<span class="rung-meta">\#(HTMLText.escape(TakeHome.describe(rung.step, who: rung.who, today: made)))\#(current ? " · ◀ on this rung now" : "")"#
            if !rung.links.isEmpty {
                item += " · who or what helps: " + HTMLText.escape(rung.links.joined(separator: ", "))
            }
            html.append(item + "</span></li>")
        }
        html.append("</ul>")
        return html + barriersAndRisk(goal)
    }

    static func barriersAndRisk(_ goal: Goal) -> [String] {
        var html: [String] = []
        if !goal.barriers.isEmpty {
            html.append("<p><strong>In the way, and what might help:</strong></p><ul>")
            for barrier in goal.barriers {
                let helps = barrier.whatHelps.map { ": \(HTMLText.escape($0))" } ?? ""
                html.append(
                    "<li>\(HTMLText.escape(barrier.text))" + helps + Author.mark(barrier.by, after: " — ") + "</li>")
            }
            html.append("</ul>")
        }
        if let risk = goal.risk {
            html.append("<p><strong>Taking a chance:</strong></p><ul>")
            if let reason = risk.notTakenBecause {
                html.append("<li>Decided not to, because: \(HTMLText.escape(reason))</li>")
            }
            if !risk.benefits.isEmpty { html.append("<li>What could go well: \(HTMLText.escape(risk.benefits))</li>") }
            if !risk.risks.isEmpty { html.append("<li>What could go wrong: \(HTMLText.escape(risk.risks))</li>") }
            if !risk.contingency.isEmpty {
                html.append("<li>What we'll do if it does: \(HTMLText.escape(risk.contingency))</li>")
            }
            if let review = risk.reviewOn { html.append("<li>We'll look at it again on \(DayText.long(review))</li>") }
            html.append("</ul>")
        }
        return html
    }
}
