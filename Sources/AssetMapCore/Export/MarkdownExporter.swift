/// The take-home copy as plain Markdown: readable as it is, and by screen readers.
public enum MarkdownExporter {
    public static func export(_ copy: TakeHome) -> String {
        var out: [String] = []
        func line(_ text: String = "") { out.append(text) }
        line("# \(escape(copy.name))")
        line()
        line("An asset map made with assetmap on \(DayText.long(copy.made)).")
        line()
        line("## What a good life looks like for me")
        line()
        line(copy.plan.goodLife.trimmed.isEmpty ? "_Not written yet._" : quote(copy.plan.goodLife))
        line()
        line("## The people and places in my life")
        line()
        line("Feelings: + supportive, ~ mixed, − can be hard. \(copy.summary.sentence)")
        for ring in copy.rings {
            line()
            line("### Ring \(ring.number): \(ring.words)")
            line()
            if ring.connections.isEmpty { line("_No one here yet._") }
            for connection in ring.connections {
                line("- \(connection.feeling.symbol) **\(escape(connection.name))**: \(escape(TakeHome.describe(connection)))")
            }
        }
        line()
        line("## Strengths")
        for (title, assets) in [("What I'm good at and what I have", copy.personStrengths), ("What my worker can bring", copy.workerStrengths)] {
            line()
            line("### \(title)")
            line()
            if assets.isEmpty { line("_None written yet._") }
            for asset in assets {
                let area = LifeArea.words(for: asset.domain).map { ", \($0)" } ?? ""
                line("- \(escape(asset.text)) (\(asset.kind.words)\(escape(area))" + Author.mark(asset.by, after: ", ") + ")")
            }
        }
        line()
        line("### Places and groups near here")
        line()
        if copy.community.isEmpty { line("_None linked yet._") }
        for entry in copy.community {
            let details = [entry.what.nonEmpty, entry.where, entry.when, entry.cost, entry.contact].compactMap { $0?.nonEmpty }
            line("- **\(escape(entry.name))**" + (details.isEmpty ? "" : ": " + escape(details.joined(separator: "; "))))
        }
        line()
        line("## My goals")
        if copy.goals.isEmpty {
            line()
            line("_No goals written yet._")
        }
        for goal in copy.goals { appendGoal(goal, made: copy.made, to: &out) }
        if !copy.plan.steppingBack.isEmpty {
            line()
            line("### Stepping back")
            line()
            for stage in copy.plan.steppingBack {
                line("- \(escape(stage.text))" + (stage.by.map { " (by \(DayText.long($0)))" } ?? ""))
            }
        }
        line()
        line("## How I have been feeling (WELL12)")
        line()
        appendChecks(copy, to: &out)
        out += TimelineExport.markdown(copy.plan, made: copy.made)
        line()
        return out.joined(separator: "\n")
    }

    private static func appendGoal(_ copy: TakeHome.GoalCopy, made: CalendarDay, to out: inout [String]) {
        let goal = copy.goal
        out += ["", "### \(escape(goal.title))", "", "\(goal.status.symbol) \(goal.status.words), \(goal.doneStepCount) of \(goal.steps.count) steps done."]
        if let why = goal.why { out += ["", "Why it matters: \(escape(why))"] }
        out += ["", "The ladder, from the top:", ""]
        if copy.rungs.isEmpty { out.append("_No steps yet._") }
        for rung in copy.rungs {
            let here = rung.number == copy.current ? " ◀ on this rung now" : ""
            out.append("\(rung.number). \(rung.step.status.symbol) \(escape(rung.step.text)) (\(escape(TakeHome.describe(rung.step, who: rung.who, today: made))))\(here)")
            if !rung.links.isEmpty { out.append("   - Who or what helps: \(escape(rung.links.joined(separator: ", ")))") }
        }
        if !goal.barriers.isEmpty {
            out += ["", "In the way, and what might help:", ""]
            for barrier in goal.barriers {
                let helps = barrier.whatHelps.map { ": \(escape($0))" } ?? ""
                out.append("- \(escape(barrier.text))" + helps + Author.mark(barrier.by, after: " — "))
            }
        }
        if let risk = goal.risk {
            out += ["", "Taking a chance:", ""]
            if let reason = risk.notTakenBecause { out.append("- Decided not to, because: \(escape(reason))") }
            if !risk.benefits.isEmpty { out.append("- What could go well: \(escape(risk.benefits))") }
            if !risk.risks.isEmpty { out.append("- What could go wrong: \(escape(risk.risks))") }
            if !risk.contingency.isEmpty { out.append("- What we'll do if it does: \(escape(risk.contingency))") }
            if let review = risk.reviewOn { out.append("- We'll look at it again on \(DayText.long(review))") }
        }
    }

    private static func appendChecks(_ copy: TakeHome, to out: inout [String]) {
        guard !copy.checks.isEmpty else {
            out.append("_No checks yet._")
            return
        }
        let headings = copy.checks.map { DayText.long($0.date) + ($0.complete ? "" : " (not finished)") + Author.mark($0.by, after: ", ") }
        out.append("| Item | " + headings.joined(separator: " | ") + " |")
        out.append("|---|" + String(repeating: "---|", count: copy.checks.count))
        for (row, item) in Well12.items.enumerated() {
            let cells = copy.checks.map { column in
                column.answers[row].map { "\($0) \(TakeHome.change(column.changes[row]))".trimmed } ?? "skipped"
            }
            out.append("| \(item.number). \(item.statement) | " + cells.joined(separator: " | ") + " |")
        }
        out.append("| **Total** | " + copy.checks.map { "\(TakeHome.total($0.score)) \(TakeHome.change($0.totalChange))".trimmed }.joined(separator: " | ") + " |")
        if let movers = copy.movers { out += ["", movers] }
    }

    /// Text as a block quote, line by line.
    static func quote(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + escape(String($0)) }.joined(separator: "\n")
    }

    /// Characters that would otherwise start Markdown formatting are shown as themselves.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }
}
