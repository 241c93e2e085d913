import AssetMapCore

/// The person's goals, each with how far along it is, and below them the plan for the worker stepping back.
enum GoalsListScreen {
    static func draw(_ state: PlanState, today: CalendarDay, in content: Rect, on canvas: inout Canvas) {
        let plan = state.plan
        let goals = state.goals
        let (goalList, stageList) = lists(plan, in: content)
        let top = Rect(x: goalList.x, y: goalList.y - 1, width: goalList.width, height: goalList.height + 1)
        canvas.write(
            (goals.listFocus == .goals ? "▸ " : "  ") + "Goals: what the person would like ",
            at: Point(x: top.x, y: top.y),
            role: goals.listFocus == .goals ? .tabActive : .heading, clip: top)
        if plan.goals.isEmpty {
            canvas.writeWrapped(
                "No goals yet. Press a to write one down in the person's own words: something they would like to do, have or be.",
                in: goalList.inset(by: 1), role: .dim)
        } else {
            WrappedListView.draw(
                rows(plan.goals, in: goalList), selection: goals.listFocus == .goals ? goals.goalRow : nil,
                in: goalList, on: &canvas)
        }
        let stagesHeading = Rect(x: stageList.x, y: stageList.y - 1, width: stageList.width, height: 1)
        canvas.write(
            (goals.listFocus == .stages ? "▸ " : "  ") + "Stepping back: how the person carries on with less help ",
            at: Point(x: stagesHeading.x, y: stagesHeading.y), role: goals.listFocus == .stages ? .tabActive : .heading,
            clip: stagesHeading)
        if plan.steppingBack.isEmpty {
            canvas.write(
                "  None yet. Press s to plan how support will reduce, stage by stage.",
                at: Point(x: stageList.x, y: stageList.y), role: .dim, clip: stageList)
        } else {
            ListView.draw(
                count: plan.steppingBack.count, selection: goals.listFocus == .stages ? goals.stageRow : nil,
                in: stageList, on: &canvas
            ) { index in
                // The date first, so a long stage never pushes it out of sight.
                let stage = plan.steppingBack[index]
                let dateWidth = plan.steppingBack.map { when($0, today: today).displayWidth }.max() ?? 0
                return [Span(when(stage, today: today).padded(toWidth: dateWidth) + "  ", .dim), Span(stage.text)]
            }
        }
    }

    static func when(_ stage: Stage, today: CalendarDay) -> String {
        stage.by.map { "by " + DayText.show($0, today: today) } ?? ""
    }

    /// Where the goals are listed, and under them the stepping-back stages, each under its heading.
    static func lists(_ plan: Plan, in content: Rect) -> (goals: Rect, stages: Rect) {
        let stagesHeight = min(max(4, plan.steppingBack.count + 3), content.height / 2)
        let (top, bottom) = content.splitBottom(stagesHeight)
        return (
            Rect(x: top.x, y: top.y + 1, width: top.width, height: top.height - 1),
            Rect(x: bottom.x, y: bottom.y + 2, width: bottom.width, height: bottom.height - 2)
        )
    }

    /// Each goal's title whole, wrapped in its column, with how far along it is beside its first line.
    static func rows(_ goals: [Goal], in list: Rect) -> [WrappedListView.Row] {
        let width = max(1, list.width - 4)
        return goals.map { goal in
            let progress = "\(goal.doneStepCount) of \(goal.steps.count) steps done · \(goal.status.words)"
            let titleWidth = max(10, width - progress.displayWidth - 4)
            let symbol = Span(goal.status.symbol + " ", goal.status == .done ? .done : .normal)
            return TextWrap.wrap(goal.title, width: titleWidth).enumerated().map { index, line in
                index == 0
                    ? [symbol, Span(line.padded(toWidth: titleWidth) + "  "), Span(progress, .dim)]
                    : [Span("  " + line)]
            }
        }
    }
}
