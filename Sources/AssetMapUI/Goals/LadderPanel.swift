import AssetMapCore

/// Beside the ladder: who or what helps the selected step, what is in the way of the goal and what
/// might help, and the plan for taking a positive risk. When it is taller than the panel, it scrolls to
/// the part that has the keys (← → choose the part; on the risk plan ↑ ↓ read on), and says "↑ more" and "↓ more".
enum LadderPanel {
    struct Row {
        var text: String
        var role: Role
        var indent: Int
    }

    static func draw(
        _ goal: Goal, plan: Plan, goals: GoalsState, today: CalendarDay, in rect: Rect, on canvas: inout Canvas
    ) {
        guard !rect.isEmpty else { return }
        let content = rows(goal, plan: plan, goals: goals, today: today, width: rect.width)
        let scroll = self.scroll(content, goals: goals, height: rect.height)
        let above = scroll > 0
        let first = above ? 1 : 0
        let below = content.rows.count - scroll > rect.height - first
        let shown = min(content.rows.count - scroll, rect.height - first - (below ? 1 : 0))
        for line in 0..<max(0, shown) {
            let row = content.rows[scroll + line]
            canvas.write(
                row.text, at: Point(x: rect.x + row.indent, y: rect.y + first + line), role: row.role, clip: rect)
        }
        if above { canvas.write("  ↑ more", at: Point(x: rect.x, y: rect.y), role: .dim, clip: rect) }
        if below { canvas.write("  ↓ more", at: Point(x: rect.x, y: rect.maxY - 1), role: .dim, clip: rect) }
    }

    /// The first row shown: the top for the steps; for what is in the way, so the one selected shows; for the
    /// risk plan, from its heading, moved on by ↑ ↓.
    static func scroll(_ content: (rows: [Row], barriers: [Int], risk: Int), goals: GoalsState, height: Int) -> Int {
        let count = content.rows.count
        guard count > height else { return 0 }
        // Rows lost to "↑ more" and "↓ more" when scrolled part of the way.
        let most = count - (height - 1)
        switch goals.ladderFocus {
        case .steps:
            return 0
        case .barriers:
            let wanted =
                content.barriers.indices.contains(goals.barrierRow)
                ? content.barriers[goals.barrierRow] : content.barriers.first ?? 0
            return wanted + 3 < height ? 0 : min(most, wanted - 1)
        case .risk:
            return min(most, max(0, content.risk - 1 + goals.panelScroll))
        }
    }

    /// How far ↓ reads on in the risk plan before its end shows.
    static func mostRiskScroll(_ goal: Goal, plan: Plan, goals: GoalsState, today: CalendarDay, in rect: Rect) -> Int {
        let content = rows(goal, plan: plan, goals: goals, today: today, width: rect.width)
        guard content.rows.count > rect.height else { return 0 }
        return max(0, content.rows.count - (rect.height - 1) - max(0, content.risk - 1))
    }

    /// Every row of the panel, wrapped to its width, with where each thing in the way and the risk plan begin.
    static func rows(_ goal: Goal, plan: Plan, goals: GoalsState, today: CalendarDay, width: Int) -> (
        rows: [Row], barriers: [Int], risk: Int
    ) {
        var rows: [Row] = []
        func heading(_ text: String, focused: Bool) {
            // The part with the keys is marked by "▸" as well as by colour.
            rows.append(
                Row(text: (focused ? "▸ " : "  ") + text + " ", role: focused ? .tabActive : .heading, indent: 0))
        }
        func line(_ text: String, _ role: Role = .normal, indent: Int = 1) {
            rows += TextWrap.wrap(text, width: max(1, width - indent)).map { Row(text: $0, role: role, indent: indent) }
        }
        let step = goal.steps.indices.contains(goals.stepIndex) ? goal.steps[goals.stepIndex] : nil
        heading("Who or what helps (l)", focused: false)
        if let step {
            let links = step.linkNames(in: plan)
            line(links.isEmpty ? "Nothing linked yet." : links.joined(separator: ", "), links.isEmpty ? .dim : .normal)
            if !step.removedLinks.isEmpty {
                line("Taken off the plan since: " + step.removedLinks.joined(separator: ", "), .dim)
            }
            let about = [
                step.doneOn.map { "Done " + DayText.show($0, today: today) },
                step.by.map { $0.writtenBy(personName: plan.person.displayName) },
            ].compactMap { $0 }
            if !about.isEmpty { line("This step: " + about.joined(separator: " · "), .dim) }
        } else {
            line("Choose a step.", .dim)
        }
        rows.append(Row(text: "", role: .normal, indent: 0))
        heading("In the way (b)", focused: goals.ladderFocus == .barriers)
        if goal.barriers.isEmpty { line("Nothing noted.", .dim) }
        var barriers: [Int] = []
        for (index, barrier) in goal.barriers.enumerated() {
            let selected = goals.ladderFocus == .barriers && index == goals.barrierRow
            barriers.append(rows.count)
            line((selected ? "▸ " : "· ") + barrier.text, selected ? .selected : .normal, indent: 1)
            if let helps = barrier.whatHelps { line("what helps: " + helps, .dim, indent: 3) }
            if let by = barrier.by { line(by.writtenBy(personName: plan.person.displayName), .dim, indent: 3) }
        }
        rows.append(Row(text: "", role: .normal, indent: 0))
        let risk = rows.count
        heading("Taking a chance (r)", focused: goals.ladderFocus == .risk)
        guard let plan = goal.risk else {
            line("No risk plan. Press r to plan one.", .dim)
            return (rows, barriers, risk)
        }
        if let reason = plan.notTakenBecause?.nonEmpty { line("Decided not to, because: " + reason) }
        if !plan.benefits.isEmpty { line("Could go well: " + plan.benefits) }
        if !plan.risks.isEmpty { line("Could go wrong: " + plan.risks) }
        if !plan.contingency.isEmpty { line("If it does: " + plan.contingency) }
        if let review = plan.reviewOn { line("Look again " + DayText.show(review, today: today), .dim) }
        return (rows, barriers, risk)
    }
}
