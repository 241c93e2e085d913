import AssetMapCore

/// One goal drawn as a ladder: the goal at the top, its steps as rungs from the bottom up. Each rung shows the
/// step, who will do it, when by, and whether it is to do, under way or done (by symbol and word). The rung the
/// person is on now stands out. Beside it: who or what helps, what is in the way, and the positive-risk plan.
enum LadderScreen {
    static func draw(_ state: PlanState, goal: Goal, today: CalendarDay, in content: Rect, on canvas: inout Canvas) {
        let plan = state.plan
        let goals = state.goals
        let layout = LadderLayout(content: content, goal: goal, plan: plan, today: today)
        let header = layout.header
        for (row, line) in layout.headerTitle.enumerated() {
            canvas.write(line, at: Point(x: header.x, y: header.y + row), role: .heading, clip: header)
        }
        canvas.write(
            layout.status, at: Point(x: header.maxX - layout.status.displayWidth, y: header.y), role: .dim, clip: header
        )
        for (row, line) in layout.why.enumerated() {
            canvas.write(
                line, at: Point(x: header.x, y: header.y + layout.headerTitle.count + row), role: .dim, clip: header)
        }
        drawLadder(goal, layout: layout, selected: goals.ladderFocus == .steps ? goals.stepIndex : nil, on: &canvas)
        if !layout.panel.isEmpty {
            LadderPanel.draw(goal, plan: plan, goals: goals, today: today, in: layout.panel, on: &canvas)
        }
    }

    private static func drawLadder(_ goal: Goal, layout: LadderLayout, selected: Int?, on canvas: inout Canvas) {
        let area = layout.ladder
        let scroll = layout.scroll(showing: selected ?? goal.currentStepIndex ?? 0)
        let inner = max(0, area.width - 2)
        func y(_ row: Int) -> Int { area.y + row - scroll }
        func rail(_ row: Int, _ left: Character, _ fill: Character, _ right: Character) {
            guard (area.y..<area.maxY).contains(y(row)) else { return }
            canvas.write(String(left), at: Point(x: area.x, y: y(row)), role: .border, clip: area)
            canvas.write(repeating: fill, count: inner, at: Point(x: area.x + 1, y: y(row)), role: .border, clip: area)
            canvas.write(String(right), at: Point(x: area.x + 1 + inner, y: y(row)), role: .border, clip: area)
        }
        rail(0, "╔", "═", "╗")
        let inside = Rect(x: area.x + 1, y: area.y, width: inner, height: area.height)
        let text = Rect(x: area.x + 7, y: area.y, width: max(0, inner - 6), height: area.height)
        for (offset, line) in layout.titleLines.enumerated() where (area.y..<area.maxY).contains(y(1 + offset)) {
            rail(1 + offset, "║", " ", "║")
            canvas.write(
                (offset == 0 ? " GOAL  " : "       ") + line, at: Point(x: area.x + 1, y: y(1 + offset)),
                role: .heading, clip: inside)
        }
        let current = goal.currentStepIndex
        for rung in layout.rungs where rung.top + rung.height >= scroll && rung.top < scroll + area.height {
            rail(rung.top, "╠", "═", "╣")
            let isSelected = rung.stepIndex == selected
            let isCurrent = rung.stepIndex == current
            let step = goal.steps[rung.stepIndex]
            for row in 0..<rung.height { rail(rung.top + 1 + row, "║", " ", "║") }
            let textRole: Role = isSelected ? .selected : isCurrent ? .current : (step.status == .done ? .dim : .normal)
            let rowArea = Rect(x: area.x + 1, y: y(rung.top + 1), width: inner, height: rung.height)
            if isSelected { canvas.fill(rowArea.intersection(inside), role: .selected) }
            let number = "\(rung.stepIndex + 1)".padded(toWidth: 3)
            canvas.write(
                (isSelected ? "▸" : " ") + number + step.status.symbol + " ",
                at: Point(x: area.x + 1, y: y(rung.top + 1)),
                role: isSelected ? .selected : role(for: step.status), clip: area)
            for (offset, line) in rung.lines.enumerated() {
                canvas.write(line, at: Point(x: area.x + 7, y: y(rung.top + 1 + offset)), role: textRole, clip: text)
            }
            for (offset, line) in rung.meta.enumerated() {
                canvas.write(
                    line, at: Point(x: area.x + 7, y: y(rung.top + 1 + rung.lines.count + offset)),
                    role: isSelected ? .selected : (isCurrent ? .current : .dim), clip: text)
            }
        }
        rail(layout.totalHeight - 1, "╚", "═", "╝")
        if goal.steps.isEmpty {
            let below = Rect(
                x: area.x + 2, y: y(layout.totalHeight), width: max(0, area.width - 2),
                height: max(0, area.maxY - y(layout.totalHeight)))
            canvas.writeWrapped("No steps yet: press a to add the first, small one.", in: below, role: .dim)
        }
        // On rail lines, where they hide none of the steps.
        let rails = layout.railRows(from: scroll)
        if scroll > 0 {
            canvas.write("↑ more", at: Point(x: area.maxX - 8, y: y(rails.first ?? scroll)), role: .dim, clip: area)
        }
        if scroll + area.height < layout.totalHeight {
            canvas.write(
                "↓ more", at: Point(x: area.maxX - 8, y: y(rails.last ?? scroll + area.height - 1)), role: .dim,
                clip: area)
        }
    }

    static func role(for status: StepStatus) -> Role {
        switch status {
        case .todo: return .todo
        case .doing: return .doing
        case .done: return .done
        }
    }
}
