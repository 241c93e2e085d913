import AssetMapCore

/// The ladder of one goal: a rung for each step, from the bottom up, each as tall as its wrapped text.
struct LadderLayout {
    static let panelWidth = 34

    struct Rung {
        var stepIndex: Int
        /// Rows from the top of the whole ladder, and how many.
        var top: Int
        var lines: [String]
        var meta: String
        var height: Int { lines.count + 1 }
    }

    let header: Rect
    let ladder: Rect
    let panel: Rect
    let rungs: [Rung]
    /// Rows the whole ladder needs, with the goal at the top, rails and dividers.
    let totalHeight: Int

    init(content: Rect, goal: Goal, plan: Plan, today: CalendarDay) {
        let (header, body) = content.splitTop(2)
        self.header = header
        let split = body.width >= Self.panelWidth + 40
        ladder = split ? body.splitRight(Self.panelWidth + 1).rest : body
        panel = split ? Rect(x: body.maxX - Self.panelWidth, y: body.y, width: Self.panelWidth, height: body.height) : Rect(x: 0, y: 0, width: 0, height: 0)
        let textWidth = max(4, ladder.width - 8)
        var rungs: [Rung] = []
        var top = 2
        for index in goal.steps.indices.reversed() {
            let step = goal.steps[index]
            var meta = [step.status.words]
            if let helper = step.helperName(in: plan) { meta.append(helper) }
            if let due = step.due { meta.append(DayText.due(due, today: today)) }
            let lines = TextWrap.wrap(step.text, width: textWidth)
            rungs.append(Rung(stepIndex: index, top: top, lines: lines, meta: meta.joined(separator: " · ")))
            top += lines.count + 2
        }
        self.rungs = rungs
        totalHeight = max(top + 1, 4)
    }

    /// The first ladder row to show so the selected rung is in view.
    func scroll(showing stepIndex: Int) -> Int {
        guard totalHeight > ladder.height, let rung = rungs.first(where: { $0.stepIndex == stepIndex }) else { return 0 }
        let wanted = rung.top - (ladder.height - rung.height) / 2
        return min(max(0, wanted), totalHeight - ladder.height)
    }
}
