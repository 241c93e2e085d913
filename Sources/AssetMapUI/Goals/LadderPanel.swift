import AssetMapCore

/// Beside the ladder: who or what helps the selected step, what is in the way of the goal and what
/// might help, and the plan for taking a positive risk.
enum LadderPanel {
    static func draw(_ goal: Goal, plan: Plan, goals: GoalsState, today: CalendarDay, in rect: Rect, on canvas: inout Canvas) {
        var y = rect.y
        func heading(_ text: String, focused: Bool) {
            guard y < rect.maxY else { return }
            canvas.write((focused ? "▸ " : "  ") + text + " ", at: Point(x: rect.x, y: y), role: focused ? .tabActive : .heading, clip: rect)
            y += 1
        }
        func line(_ text: String, _ role: Role = .normal, indent: Int = 1) {
            guard y < rect.maxY else { return }
            y += canvas.writeWrapped(text, in: Rect(x: rect.x + indent, y: y, width: rect.width - indent, height: rect.maxY - y), role: role)
        }
        let step = goal.steps.indices.contains(goals.stepIndex) ? goal.steps[goals.stepIndex] : nil
        heading("Who or what helps (l)", focused: false)
        if let step {
            let links = step.linkNames(in: plan)
            line(links.isEmpty ? "Nothing linked yet." : links.joined(separator: ", "), links.isEmpty ? .dim : .normal)
            if !step.removedLinks.isEmpty {
                line("Taken off the plan since: " + step.removedLinks.joined(separator: ", "), .dim)
            }
            let about = [step.doneOn.map { "Done " + DayText.show($0, today: today) },
                         step.by.map { $0.writtenBy(personName: plan.person.displayName) }].compactMap { $0 }
            if !about.isEmpty { line("This step: " + about.joined(separator: " · "), .dim) }
        } else {
            line("Choose a step.", .dim)
        }
        y += 1
        heading("In the way (b)", focused: goals.ladderFocus == .barriers)
        if goal.barriers.isEmpty { line("Nothing noted.", .dim) }
        for (index, barrier) in goal.barriers.enumerated() {
            let selected = goals.ladderFocus == .barriers && index == goals.barrierRow
            line((selected ? "▸ " : "· ") + barrier.text, selected ? .selected : .normal, indent: 1)
            if let helps = barrier.whatHelps { line("what helps: " + helps, .dim, indent: 3) }
            if let by = barrier.by { line(by.writtenBy(personName: plan.person.displayName), .dim, indent: 3) }
        }
        y += 1
        heading("Taking a chance (r)", focused: goals.ladderFocus == .risk)
        guard let risk = goal.risk else {
            line("No risk plan. Press r to plan one.", .dim)
            return
        }
        if let reason = risk.notTakenBecause?.nonEmpty {
            line("Decided not to, because: " + reason)
        }
        if !risk.benefits.isEmpty { line("Could go well: " + risk.benefits) }
        if !risk.risks.isEmpty { line("Could go wrong: " + risk.risks) }
        if !risk.contingency.isEmpty { line("If it does: " + risk.contingency) }
        if let review = risk.reviewOn { line("Look again " + DayText.show(review, today: today), .dim) }
    }
}
