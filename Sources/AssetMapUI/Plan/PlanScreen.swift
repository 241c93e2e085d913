import AssetMapCore

/// An open plan: the person's name in the title bar, the six parts as tabs, and the part showing.
enum PlanScreen {
    static func drawTitle(_ state: PlanState, in rect: Rect, on canvas: inout Canvas) {
        canvas.fill(rect, role: .title)
        let person = state.plan.person
        var title = " assetmap · \(person.displayName)"
        if let pronouns = person.pronouns?.nonEmpty { title += " (\(pronouns))" }
        // Who is writing stays in view, so what is being marked is never a surprise.
        var right =
            state.editor.writing.map { "Writing: \($0.who(personName: person.displayName)) (press w) " }
            ?? "Who is writing? Press w "
        if state.isExample {
            right = "EXAMPLE: not saved · " + right
        } else if let reason = state.readOnly {
            right = "READ-ONLY: \(reason) "
        } else if state.saveProblem != nil {
            right = "NOT SAVED YET · " + right
        }
        // The right side may take more than half when the name leaves room, so that it is never cut short.
        let rightWidth = min(right.displayWidth, max(rect.width / 2, rect.width - title.displayWidth - 1))
        // A name too long for the bar ends in "…"; the overview has the whole of it.
        canvas.write(
            title.truncated(toWidth: rect.width - rightWidth - 1), at: Point(x: rect.x, y: rect.y), role: .title,
            clip: Rect(x: rect.x, y: rect.y, width: rect.width - rightWidth - 1, height: 1))
        canvas.write(
            right.truncated(toWidth: rightWidth), at: Point(x: rect.maxX - rightWidth, y: rect.y), role: .title,
            clip: rect)
    }

    static func drawTabs(_ state: PlanState, in rect: Rect, on canvas: inout Canvas) {
        for (section, area) in tabAreas(in: rect) {
            let active = section == state.section
            let text = active ? "[\(section.rawValue) \(section.title)]" : " \(section.rawValue) \(section.title) "
            canvas.write(text, at: Point(x: area.x, y: area.y), role: active ? .tabActive : .tab, clip: rect)
        }
    }

    /// Where each part's tab is: the same whichever is showing, as the brackets take the place of spaces.
    static func tabAreas(in rect: Rect) -> [(section: PlanSection, area: Rect)] {
        var x = rect.x + 1
        return PlanSection.allCases.map { section in
            let width = "\(section.rawValue) \(section.title)".displayWidth + 2
            defer { x += width + 1 }
            return (section, Rect(x: x, y: rect.y, width: width, height: 1))
        }
    }

    static func drawContent(
        _ state: PlanState, directory: CommunityDirectory, today: CalendarDay, in content: Rect, on canvas: inout Canvas
    ) {
        if let guide = state.guide, guide.isOpen {
            GuideScreen.draw(state, guide: guide, today: today, in: content, on: &canvas)
            return
        }
        if state.timeline != nil {
            TimelineView.draw(state, today: today, in: content, on: &canvas)
            return
        }
        switch state.section {
        case .overview:
            OverviewScreen.draw(state, today: today, in: content, on: &canvas)
        case .network:
            switch state.network.mode {
            case .map, .finding: NetworkScreen.draw(state, in: content, on: &canvas)
            case .comparing(let compare):
                CompareScreen.draw(compare, plan: state.plan, today: today, in: content, on: &canvas)
            }
        case .strengths:
            StrengthsScreen.draw(state, directory: directory, in: content, on: &canvas)
        case .goals:
            switch state.goals.mode {
            case .list:
                GoalsListScreen.draw(state, today: today, in: content, on: &canvas)
            case .ladder:
                // When the goal goes, repair returns to the list; drawn meanwhile as the list too.
                if let goal = state.goals.openGoal(in: state.plan) {
                    LadderScreen.draw(state, goal: goal, today: today, in: content, on: &canvas)
                } else {
                    GoalsListScreen.draw(state, today: today, in: content, on: &canvas)
                }
            }
        case .wellbeing:
            switch state.wellbeing.mode {
            case .history:
                WellbeingHistoryView.draw(state, today: today, in: content, on: &canvas)
            case .check(let form):
                // A check gone from the plan closes at the next key; drawn meanwhile as the table.
                if let check = form.check(in: state.plan) {
                    CheckFormView.draw(form, check: check, today: today, in: content, on: &canvas)
                } else {
                    WellbeingHistoryView.draw(state, today: today, in: content, on: &canvas)
                }
            }
        case .notes:
            NotesScreen.draw(state, today: today, in: content, on: &canvas)
        }
    }
}
