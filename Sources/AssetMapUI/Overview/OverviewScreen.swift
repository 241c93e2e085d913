import AssetMapCore

/// The plan's first page: who the person is, whether they agreed to the plan being kept,
/// and their own answer to "What would a good life look like for you?".
enum OverviewScreen {
    static func draw(_ state: PlanState, today: CalendarDay, in content: Rect, on canvas: inout Canvas) {
        let layout = OverviewLayout(content: content)
        let plan = state.plan
        let overview = state.overview
        for field in OverviewField.allCases where field != .goodLife {
            guard let rect = layout.rows[field] else { continue }
            let selected = overview.selected == field
            let label = Rect(x: content.x, y: rect.y, width: OverviewLayout.labelWidth, height: 1)
            canvas.write(
                (selected ? "▸ " : "  ") + field.label, at: Point(x: label.x, y: label.y),
                role: selected ? .heading : .normal, clip: label)
            if selected, let editing = overview.editing {
                TextFieldView.draw(editing, in: rect, focused: true, on: &canvas)
            } else if field == .consent {
                canvas.write(
                    consentText(plan.consent, today: today), at: Point(x: rect.x, y: rect.y),
                    role: plan.consent?.given == true ? .normal : .dim, clip: rect)
            } else {
                // Too long for its row, it ends in "…"; Enter opens it to read and change.
                let value = field.value(in: plan)
                canvas.write(
                    value.isEmpty ? "—" : value.truncated(toWidth: rect.width), at: Point(x: rect.x, y: rect.y),
                    role: value.isEmpty ? .dim : .normal, clip: rect)
            }
        }
        drawGoodLife(state, layout: layout, on: &canvas)
        canvas.write(
            summary(plan), at: Point(x: layout.summary.x, y: layout.summary.y), role: .dim, clip: layout.summary)
    }

    private static func drawGoodLife(_ state: PlanState, layout: OverviewLayout, on canvas: inout Canvas) {
        let selected = state.overview.selected == .goodLife
        if let heading = layout.rows[.goodLife] {
            canvas.write(
                (selected ? "▸ " : "  ") + OverviewField.goodLife.label, at: Point(x: heading.x, y: heading.y),
                role: .heading, clip: heading)
        }
        Box.draw(layout.goodLifeBox, role: selected ? .heading : .border, on: &canvas)
        if selected, let editing = state.overview.editing {
            TextFieldView.draw(editing, in: layout.goodLifeText, focused: true, on: &canvas)
        } else if state.plan.goodLife.trimmed.isEmpty {
            canvas.writeWrapped(
                "Nothing written yet. Press Enter to write the person's own words: what matters to them, what they enjoy, what they would like more of.",
                in: layout.goodLifeText, role: .dim)
        } else {
            TextFieldView.drawBeginning(of: state.plan.goodLife, in: layout.goodLifeText, on: &canvas)
        }
    }

    static func consentText(_ consent: Consent?, today: CalendarDay) -> String {
        guard let consent else { return "Not asked yet whether they agree (press Enter)" }
        let when = DayText.show(consent.date, today: today)
        return consent.given ? "They agreed, on \(when)" : "Not agreed yet (asked on \(when))"
    }

    /// One line of what the plan holds, so it can be seen at a glance.
    static func summary(_ plan: Plan) -> String {
        let steps = plan.goals.flatMap(\.steps)
        let done = steps.count { $0.status == .done }
        var parts = [
            "\(plan.network.count) on the map",
            plural(plan.assets.count, "strength"),
            plural(plan.goals.count, "goal") + " (\(done) of \(steps.count) steps done)",
        ]
        if let trend = WellbeingTrend(checks: plan.checks) {
            parts.append("wellbeing \(trend.total)/\(trend.answered * 4)")
        }
        return parts.joined(separator: " · ")
    }

    static func plural(_ count: Int, _ word: String) -> String {
        count == 1 ? "1 \(word)" : "\(count) \(word)s"
    }
}
