/// The take-home copy as plain Markdown: readable as it is, by screen readers, and the same when rendered
/// by any CommonMark renderer. Numbers and symbols that mean something are written as text, never as list
/// markers, and everything typed goes through `MarkdownText`.
public enum MarkdownExporter {
    public static func export(_ copy: TakeHome, pageOneOnly: Bool = false) -> String {
        var out = pageOne(copy)
        if !pageOneOnly {
            out += strengths(copy)
            out += ["", "## My goals"]
            if copy.goals.isEmpty { out += ["", "_No goals written yet._"] }
            for goal in copy.goals { out += self.goal(goal, made: copy.made) }
            if !copy.plan.steppingBack.isEmpty {
                out += ["", "### Stepping back", ""]
                out += copy.plan.steppingBack.map { stage in
                    "- " + MarkdownText.lineStart(stage.text) + (stage.by.map { " (by \(DayText.long($0)))" } ?? "")
                }
            }
            out += ["", "## How I have been feeling (WELL12)", ""]
            out += checks(copy)
            out += TimelineExport.markdown(copy.plan, made: copy.made)
        }
        return (out + [""]).joined(separator: "\n")
    }

    /// The person's page: name and date, good-life words, next steps, who to contact, and the map as a list by ring.
    static func pageOne(_ copy: TakeHome) -> [String] {
        var out = [
            "# \(MarkdownText.inline(copy.name))", "", "An asset map made with assetmap on \(DayText.long(copy.made)).",
            "",
            "## What a good life looks like for me", "",
            copy.plan.goodLife.trimmed.isEmpty ? "_Not written yet._" : MarkdownText.quote(copy.plan.goodLife), "",
            "## My next steps", "",
        ]
        if copy.nextSteps.isEmpty { out.append("_No goals being worked on yet._") }
        for next in copy.nextSteps {
            out.append("- \(MarkdownText.strong(next.goal.title))\\")
            let help = next.helpWords(today: copy.made).map { "\\\n  " + MarkdownText.inline($0) } ?? ""
            out.append("  " + MarkdownText.inline(next.stepWords) + help)
        }
        out += ["", "## Who to contact", ""]
        if copy.contacts.isEmpty { out.append("_No contacts written yet._") }
        for contact in copy.contacts {
            let role = contact.role.map { ", " + MarkdownText.inline($0) } ?? ""
            out.append(
                "- \(MarkdownText.strong(contact.name))\(role)"
                    + (contact.how.map { ": " + MarkdownText.inline($0) } ?? ""))
        }
        out += [
            "", "## The people and places in my life", "",
            "Feelings: + supportive, ~ mixed, − can be hard. \(copy.summary.sentence)",
        ]
        for ring in copy.rings {
            out += ["", "### Ring \(ring.number): \(ring.words)", ""]
            if ring.connections.isEmpty { out.append("_No one here yet._") }
            for connection in ring.connections {
                let feeling = "\(connection.feeling.symbol) \(connection.feeling.words)"
                out.append(
                    "- \(MarkdownText.strong(connection.name)) (\(feeling)): "
                        + MarkdownText.inline(TakeHome.describe(connection, in: copy.plan, feeling: false)))
            }
        }
        return out
    }

    static func strengths(_ copy: TakeHome) -> [String] {
        var out = ["", "## Strengths"]
        for (title, assets) in [
            ("What I'm good at and what I have", copy.personStrengths),
            ("What my worker can bring", copy.workerStrengths),
        ] {
            out += ["", "### \(title)", ""]
            if assets.isEmpty { out.append("_None written yet._") }
            for asset in assets {
                let area = LifeArea.words(for: asset.domain).map { ", \($0)" } ?? ""
                let by = Author.mark(asset.by, after: ", ")
                let about = "\(asset.kind.words)\(MarkdownText.inline(area))\(by)"
                out.append("- \(MarkdownText.lineStart(asset.text)) (\(about))")
            }
        }
        out += ["", "### Places and groups near here", ""]
        if copy.community.isEmpty { out.append("_None linked yet._") }
        for entry in copy.community {
            let details = [entry.what.nonEmpty, entry.where, entry.when, entry.cost, entry.contact].compactMap {
                $0?.nonEmpty
            }
            out.append(
                "- \(MarkdownText.strong(entry.name))"
                    + (details.isEmpty ? "" : ": " + MarkdownText.inline(details.joined(separator: "; "))))
        }
        return out
    }

    static func goal(_ copy: TakeHome.GoalCopy, made: CalendarDay) -> [String] {
        let goal = copy.goal
        var out = [
            "", "### \(MarkdownText.inline(goal.title))", "",
            "\(goal.status.symbol) \(goal.status.words), \(goal.doneStepCount) of \(goal.steps.count) steps done.",
        ]
        if let why = goal.why { out += ["", "Why it matters: \(MarkdownText.inline(why))"] }
        out += ["", "The ladder, from the top:", ""]
        if copy.rungs.isEmpty {
            out.append("_No steps yet._")
        } else {
            out.append("- GOAL: \(MarkdownText.inline(goal.title))")
        }
        for rung in copy.rungs {
            let here = rung.number == copy.current ? " ◀ on this rung now" : ""
            let about = MarkdownText.inline(TakeHome.describe(rung.step, who: rung.who, today: made))
            let step = "\(rung.step.status.symbol) \(MarkdownText.inline(rung.step.text))"
            out.append("- Rung \(rung.number): \(step) (\(about))\(here)")
            if !rung.links.isEmpty {
                out.append("  - Who or what helps: \(MarkdownText.inline(rung.links.joined(separator: ", ")))")
            }
        }
        if !goal.barriers.isEmpty {
            out += ["", "In the way, and what might help:", ""]
            out += goal.barriers.map { barrier in
                "- " + MarkdownText.lineStart(barrier.text)
                    + (barrier.whatHelps.map { ": " + MarkdownText.inline($0) } ?? "")
                    + Author.mark(barrier.by, after: " — ")
            }
        }
        if let risk = goal.risk {
            out += ["", "Taking a chance:", ""]
            if let reason = risk.notTakenBecause {
                out.append("- Decided not to, because: \(MarkdownText.inline(reason))")
            }
            if !risk.benefits.isEmpty { out.append("- What could go well: \(MarkdownText.inline(risk.benefits))") }
            if !risk.risks.isEmpty { out.append("- What could go wrong: \(MarkdownText.inline(risk.risks))") }
            if !risk.contingency.isEmpty {
                out.append("- What we'll do if it does: \(MarkdownText.inline(risk.contingency))")
            }
            if let review = risk.reviewOn { out.append("- We'll look at it again on \(DayText.long(review))") }
        }
        return out
    }

    /// The same tables of six as the HTML copy (GFM tables), then the totals as a list: the chart in words.
    static func checks(_ copy: TakeHome) -> [String] {
        guard !copy.checks.isEmpty else { return ["_No checks yet._"] }
        var out = [
            "Answers: 4 yes, definitely · 3 agree · 2 not sure · 1 disagree · 0 definitely not. "
                + "↑ up, ↓ down, = the same as the check before."
        ]
        if let movers = copy.movers { out += ["", MarkdownText.inline(movers)] }
        for (index, columns) in copy.checkTables.enumerated() {
            let name = copy.checkTables.count == 1 ? "The checks" : index == 0 ? "The latest checks" : "Earlier checks"
            out += ["", "\(name), \(HTMLWellbeing.span(columns)):", ""]
            out.append("| Statement | " + columns.map(HTMLWellbeing.heading).joined(separator: " | ") + " |")
            out.append("|---|" + String(repeating: "---|", count: columns.count))
            for (row, item) in Well12.items.enumerated() {
                let cells = columns.map { column in
                    column.answers[row].map { "\($0) \(TakeHome.change(column.changes[row]))".trimmed } ?? "skipped"
                }
                out.append("| \(item.number). \(item.statement) | " + cells.joined(separator: " | ") + " |")
            }
            out.append(
                "| **Total** | "
                    + columns.map { "\(TakeHome.total($0.score)) \(TakeHome.change($0.totalChange))".trimmed }
                    .joined(separator: " | ") + " |")
        }
        out += ["", "The total at each check, on a scale of 0 to 48:", ""]
        out += copy.checks.map {
            "- \(DayText.long($0.date)): \(TakeHome.total($0.score))" + ($0.score.isWhole ? "" : " \\*")
                + ($0.complete ? "" : " (not finished)")
        }
        out += ["", HTMLWellbeing.scaleWords]
        if let words = HTMLWellbeing.partialWords(copy.checks) { out += ["", MarkdownText.inline(words)] }
        return out
    }
}
