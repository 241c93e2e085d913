import AssetMapCore

/// The ladder of one goal: the goal at the top and a rung for each step, from the bottom up, each as tall as its
/// wrapped text; beside it a panel that grows with the window, from 34 columns up to 70.
struct LadderLayout {
    static let narrowestPanel = 34
    static let widestPanel = 70

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
    /// How the goal stands, at the right of the header's first line.
    let status: String
    /// The goal's title wrapped beside the status, whole, over the header's first lines.
    let headerTitle: [String]
    /// Why the goal matters, wrapped under its title (two rows at most; the goal's form shows all of it).
    let why: [String]
    let ladder: Rect
    let panel: Rect
    /// The goal's title wrapped inside the frame, after "GOAL".
    let titleLines: [String]
    let rungs: [Rung]
    /// Rows the whole ladder needs, with the goal at the top, rails and dividers.
    let totalHeight: Int

    init(content: Rect, goal: Goal, plan: Plan, today: CalendarDay) {
        let whyText = goal.why?.nonEmpty.map { "Why it matters: " + $0 } ?? ""
        let whyLines = whyText.isEmpty ? [] : TextWrap.wrap(whyText, width: content.width)
        why =
            whyLines.count > 2
            ? [whyLines[0], (whyLines[1] + " " + whyLines[2]).truncated(toWidth: content.width)] : whyLines
        status = "\(goal.status.symbol) \(goal.status.words) · \(goal.doneStepCount) of \(goal.steps.count) steps done"
        headerTitle = TextWrap.wrap(goal.title, width: max(10, content.width - status.displayWidth - 2))
        let (header, body) = content.splitTop(headerTitle.count + max(1, why.count))
        self.header = header
        let panelWidth = min(Self.widestPanel, max(Self.narrowestPanel, body.width / 3))
        let split = body.width >= panelWidth + 40
        ladder = split ? body.splitRight(panelWidth + 1).rest : body
        panel =
            split
            ? Rect(x: body.maxX - panelWidth, y: body.y, width: panelWidth, height: body.height)
            : Rect(x: 0, y: 0, width: 0, height: 0)
        let textWidth = max(4, ladder.width - 8)
        titleLines = TextWrap.wrap(goal.title, width: max(4, ladder.width - 9))
        var rungs: [Rung] = []
        var top = 1 + titleLines.count
        let current = goal.currentStepIndex
        for index in goal.steps.indices.reversed() {
            let step = goal.steps[index]
            var meta = index == current ? ["◀ on this rung now", step.status.words] : [step.status.words]
            if let helper = step.helperName(in: plan) { meta.append(helper) }
            if let due = step.due { meta.append(DayText.due(due, today: today)) }
            let rung = Rung(
                stepIndex: index, top: top, lines: TextWrap.wrap(step.text, width: textWidth),
                meta: TextWrap.wrap(meta.joined(separator: " · "), width: textWidth))
            rungs.append(rung)
            top += rung.height + 1
        }
        self.rungs = rungs
        totalHeight = max(top + 1, 2 + titleLines.count)
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
