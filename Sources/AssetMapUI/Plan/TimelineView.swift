import AssetMapCore

/// Where the timeline is read from; it opens at the end, where the latest changes are.
public struct TimelineState: Equatable, Sendable {
    public var top: Int
}

/// One dated line for each day something changed: the WELL12 total, the map, goals and steps, notes.
enum TimelineView {
    static let dateWidth = 19

    static func draw(_ state: PlanState, today: CalendarDay, in content: Rect, on canvas: inout Canvas) {
        let (header, body) = content.splitTop(2)
        canvas.write("What changed, and when", at: Point(x: header.x, y: header.y), role: .heading, clip: header)
        let hint = "  oldest first · t or q: back to the plan"
        canvas.write(hint, at: Point(x: header.x + 22, y: header.y), role: .dim, clip: header)
        PageView.draw(
            lines(state.plan, today: today, width: body.width), top: state.timeline?.top ?? 0, in: body, on: &canvas)
    }

    static func lines(_ plan: Plan, today: CalendarDay, width: Int) -> [[Span]] {
        let timeline = Timeline(plan: plan, today: today)
        guard !timeline.lines.isEmpty || !timeline.undated.isEmpty else {
            return PageView.wrapped(
                "Nothing dated yet. WELL12 checks, snapshots of the map (s on the map), goals, steps done and "
                    + "notes all show here on the day they happened.", width: width, role: .dim)
        }
        var lines: [[Span]] = []
        func add(_ date: String, _ events: [Timeline.Event], role: Role) {
            for (index, event) in events.enumerated() {
                lines += PageView.columns(
                    index == 0 ? date : "", width: dateWidth, event.words, rightWidth: width - dateWidth,
                    leftRole: role)
            }
        }
        for line in timeline.lines {
            add(line.date == today ? "Today" : DayText.long(line.date), line.events, role: .heading)
        }
        if !timeline.undated.isEmpty { add("Day not recorded", timeline.undated, role: .dim) }
        return lines
    }

    /// Opened at the end, so the latest changes show first.
    static func open(_ state: inout AppState, env: Environment) {
        guard let plan = state.plan?.plan else { return }
        let body = AppLayout.content(for: state).splitTop(2).rest
        let count = lines(plan, today: env.today, width: body.width).count
        state.plan?.timeline = TimelineState(top: PageView.clamped(count, lines: count, height: body.height))
    }

    static func handle(_ command: Command?, state: inout AppState, env: Environment) {
        guard let plan = state.plan?.plan, let timeline = state.plan?.timeline else { return }
        switch command {
        case .back, .cancel, .timeline:
            state.plan?.timeline = nil
        case .up, .down, .pageUp, .pageDown, .first, .last:
            let body = AppLayout.content(for: state).splitTop(2).rest
            let count = lines(plan, today: env.today, width: body.width).count
            state.plan?.timeline?.top = PageView.scroll(timeline.top, by: command, lines: count, height: body.height)
        case nil, .help, .privacy, .nextSection, .previousSection, .section, .left, .right, .nextItem, .previousItem,
            .open, .add, .edit, .delete, .undo, .redo, .search, .inwards, .outwards, .toggleView, .snapshot, .compare,
            .clockwise, .anticlockwise, .knows, .communityDirectory, .link, .putOnMap, .moveItemUp, .moveItemDown,
            .toggleDone, .barriers, .riskPlan, .steppingBack, .prompts, .export, .settings, .syncTeam, .save, .no,
            .nextField, .previousField, .answer, .skip, .previousQuestion, .earlierDate, .laterDate, .report,
            .writing, .walkThrough, .editText, .startGroup, .review, .addToDirectory, .ideasNearby, .notForMe:
            break
        }
    }
}
