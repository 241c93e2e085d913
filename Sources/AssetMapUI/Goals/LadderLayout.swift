import AssetMapCore

/// The ladder of one goal: a rung for each step, from the bottom up, each as tall as its wrapped text.
struct LadderLayout {
    static let panelWidth = 34

    struct Rung {
        var stepIndex: Int
        /// Rows from the top of the whole ladder, and how many.
        var top: Int
        var lines: [String]
        /// Whether it is to do, who will do it and when by, wrapped like the step.
        var meta: [String]
        var height: Int { lines.count + meta.count }
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
        let current = goal.currentStepIndex
        for index in goal.steps.indices.reversed() {
            let step = goal.steps[index]
            var meta = index == current ? ["◀ on this rung now", step.status.words] : [step.status.words]
            if let helper = step.helperName(in: plan) { meta.append(helper) }
            if let due = step.due { meta.append(DayText.due(due, today: today)) }
            let rung = Rung(stepIndex: index, top: top, lines: TextWrap.wrap(step.text, width: textWidth),
                            meta: TextWrap.wrap(meta.joined(separator: " · "), width: textWidth))
            rungs.append(rung)
            top += rung.height + 1
        }
        self.rungs = rungs
        totalHeight = max(top + 1, 4)
    }

    /// The first ladder row to show so the selected rung is in view, with its rail above it. Like a list, a
    /// long ladder turns a page at a time rather than moving at every key: a page starts on the rail above the
    /// lowest rung the page before showed whole, so every rung is seen whole on some page.
    func scroll(showing stepIndex: Int) -> Int {
        guard let rung = rungs.first(where: { $0.stepIndex == stepIndex }) else { return 0 }
        let starts = pageStarts()
        return starts.first { $0 <= rung.top && rung.top + rung.height < $0 + ladder.height }
            ?? starts.last { $0 <= rung.top } ?? 0
    }

    func pageStarts() -> [Int] {
        let last = max(0, totalHeight - ladder.height)
        var starts = [0]
        while let start = starts.last, start < last {
            let whole = rungs.filter { $0.top > start && $0.top + $0.height < start + ladder.height }.map(\.top)
            starts.append(min(whole.max() ?? start + max(1, ladder.height - 1), last))
        }
        return starts
    }

    /// The rail rows (the top of the frame and the line above each rung) within the rows shown from `scroll`.
    func railRows(from scroll: Int) -> [Int] {
        ([0] + rungs.map(\.top) + [totalHeight - 1]).filter { $0 >= scroll && $0 < scroll + ladder.height }
    }
}
