import AssetMapCore

/// Every check as a column: each item's answer and how it moved since the check before (arrow and number),
/// the total out of 48 (or out of what was answered), the items that went up named first, and a chart.
/// When it is all taller than the window, ↑ ↓ scroll it and the last row says there is more.
enum WellbeingHistoryView {
    static let itemWidth = 27
    static let columnWidth = 10
    static let tableRows = 14

    static func draw(_ state: PlanState, today: CalendarDay, in content: Rect, on canvas: inout Canvas) {
        let checks = Well12.ordered(state.plan.checks)
        guard !checks.isEmpty else {
            canvas.writeWrapped(
                "No wellbeing checks yet. Press a to start the WELL12 check: twelve short statements, one at a time. Doing it again every few months shows how things change.",
                in: content.inset(by: 1), role: .dim)
            return
        }
        let page = self.page(
            state.wellbeing, plan: state.plan, checks: checks, today: today, width: content.width,
            height: content.height)
        let shown = page.size.height > content.height ? content.height - 1 : content.height
        let scroll = min(state.wellbeing.scroll, max(0, page.size.height - shown))
        for row in 0..<min(shown, page.size.height - scroll) {
            for x in 0..<page.size.width {
                let cell = page[x, scroll + row]
                guard !cell.isContinuation else { continue }
                canvas.write(cell.text, at: Point(x: content.x + x, y: content.y + row), role: cell.role, clip: content)
            }
        }
        if shown < content.height {
            let above = scroll > 0
            let below = scroll + shown < page.size.height
            let words =
                above && below ? "↑ ↓ more above and below" : above ? "↑ more above: press ↑" : "↓ more below: press ↓"
            canvas.write(words, at: Point(x: content.x, y: content.maxY - 1), role: .dim, clip: content)
        }
    }

    /// The check selected, and the checks shown as columns: as many as fit, the selected one among them.
    private static func columns(_ wellbeing: WellbeingState, checks: [WellbeingCheck], width: Int) -> (
        selected: Int, visible: [Int]
    ) {
        let selected = checks.firstIndex { $0.id == wellbeing.selectedCheckID } ?? checks.count - 1
        let visibleCount = max(1, (width - itemWidth) / columnWidth)
        let first = max(0, min(selected - visibleCount + 1, checks.count - visibleCount))
        return (selected, Array(first..<min(checks.count, first + visibleCount)))
    }

    /// The check whose column, in the table or the chart under it, is at a point.
    static func check(at point: Point, state: PlanState, in content: Rect) -> WellbeingCheck? {
        let checks = Well12.ordered(state.plan.checks)
        guard content.contains(point), point.x >= content.x + itemWidth, !checks.isEmpty else { return nil }
        let column = (point.x - content.x - itemWidth) / columnWidth
        return columns(state.wellbeing, checks: checks, width: content.width).visible[safe: column].map { checks[$0] }
    }

    /// How far ↓ can scroll: the rows that do not fit.
    static func mostScroll(_ wellbeing: WellbeingState, plan: Plan, today: CalendarDay, in content: Rect) -> Int {
        let checks = Well12.ordered(plan.checks)
        guard !checks.isEmpty else { return 0 }
        let height = page(
            wellbeing, plan: plan, checks: checks, today: today, width: content.width, height: content.height
        ).size.height
        return height > content.height ? height - (content.height - 1) : 0
    }

    /// The whole view drawn at full length: the table, the lines under it and the chart.
    private static func page(
        _ wellbeing: WellbeingState, plan: Plan, checks: [WellbeingCheck], today: CalendarDay, width: Int,
        height: Int
    ) -> Canvas {
        let (selected, visible) = columns(wellbeing, checks: checks, width: width)
        let lines = linesUnder(plan, checks: checks, visible: visible, selected: selected, today: today)
        let wrapped = lines.map { (rows: TextWrap.wrap($0.text, width: width).count, line: $0) }
        let fixed = tableRows + wrapped.map(\.rows).reduce(0, +)
        let room = height - fixed
        let chartRows = min(WellbeingChart.tallest, max(WellbeingChart.shortest, room - 1))
        let gap = room > WellbeingChart.shortest ? 1 : 0
        var page = Canvas(size: Size(width: width, height: fixed + gap + chartRows))
        drawTable(checks, visible: visible, selected: selected, today: today, in: page.bounds, on: &page)
        var y = tableRows
        for (rows, line) in wrapped {
            page.writeWrapped(line.text, in: Rect(x: 0, y: y, width: width, height: rows), role: line.role)
            y += rows
        }
        WellbeingChart.draw(
            checks, visible: visible, selected: selected, today: today,
            in: Rect(x: 0, y: y + gap, width: width, height: chartRows), on: &page)
        return page
    }

    /// The key to the table, what went up and down since the check before, who wrote the check, and whether it is finished.
    private static func linesUnder(
        _ plan: Plan, checks: [WellbeingCheck], visible: [Int], selected: Int,
        today: CalendarDay
    ) -> [(text: String, role: Role)] {
        var key = ["Totals out of 48"]
        if visible.contains(where: { checks[$0].answers.contains(nil) }) { key.append("– skipped") }
        if let partial = visible.first(where: { !Well12.score(checks[$0]).isWhole }) {
            let score = Well12.score(checks[partial])
            key.append("\(score.total)/\(score.outOf): \(score.answered) answered, so out of \(score.outOf)")
        }
        if visible.contains(where: { !checks[$0].complete }) { key.append("* not finished") }
        var lines = [(text: key.joined(separator: "; ") + ".", role: Role.dim)]
        if visible.first! > 0 || visible.last! < checks.count - 1 {
            lines[0].text = "← → other dates (\(checks.count) checks). " + lines[0].text
        }
        if selected > 0 {
            let movers = Well12.movers(from: checks[selected - 1], to: checks[selected])
            let since = CheckLabels.long(selected - 1, in: checks, today: today)
            var sentence =
                movers.better.isEmpty
                ? "Nothing went up since \(since)."
                : "Better since \(since): " + movers.better.map(\.shortName).joined(separator: ", ") + "."
            if !movers.lower.isEmpty {
                sentence += " Lower: " + movers.lower.map(\.shortName).joined(separator: ", ") + "."
            }
            lines.append((sentence, .better))
        }
        let check = checks[selected]
        if let by = check.by {
            let who = by.writtenBy(personName: plan.person.displayName)
            lines.append(("The check of \(CheckLabels.long(selected, in: checks, today: today)): \(who).", .dim))
        }
        if !check.complete {
            lines.append(("This check is not finished: press Enter to carry on where it stopped.", .warning))
        }
        return lines
    }

    private static func drawTable(
        _ checks: [WellbeingCheck], visible: [Int], selected: Int, today: CalendarDay, in content: Rect,
        on canvas: inout Canvas
    ) {
        canvas.write("WELL12 item", at: Point(x: content.x, y: content.y), role: .heading, clip: content)
        for (row, item) in Well12.items.enumerated() {
            canvas.write(
                "\(item.number)".padded(toWidth: 3) + item.shortName, at: Point(x: content.x, y: content.y + 1 + row),
                clip: content)
        }
        canvas.write("Total", at: Point(x: content.x, y: content.y + 13), role: .heading, clip: content)
        for (column, index) in visible.enumerated() {
            let check = checks[index]
            let x = content.x + itemWidth + column * columnWidth
            let cell = Rect(x: x, y: content.y, width: columnWidth, height: tableRows)
            let isSelected = index == selected
            // The marker sits in the gap before the column, so the column's own text never moves.
            if isSelected { canvas.write("▸", at: Point(x: x - 1, y: content.y), role: .selected, clip: content) }
            canvas.write(
                CheckLabels.short(index, in: checks, today: today, width: columnWidth - 1),
                at: Point(x: x, y: content.y),
                role: isSelected ? .selected : .heading, clip: cell)
            let changes =
                index > 0 ? Well12.itemChanges(from: checks[index - 1], to: check) : Array(repeating: nil, count: 12)
            for row in 0..<Well12.items.count {
                let answer = check.answers[row]
                let text =
                    answer.map {
                        "\($0)" + arrow(index > 0 && checks[index - 1].answers[row] != nil ? changes[row] : nil)
                    } ?? "–"
                canvas.write(
                    text, at: Point(x: x, y: content.y + 1 + row), role: role(changes[row], answered: answer != nil),
                    clip: cell)
            }
            var sum = CheckLabels.total(check)
            if index > 0 { sum += arrow(Well12.totalChange(from: checks[index - 1], to: check)) }
            canvas.write(sum, at: Point(x: x, y: content.y + 13), role: .heading, clip: cell)
        }
    }

    /// "↑2", "↓1", "=": the direction as a symbol and the size as a number, so colour is never needed.
    static func arrow(_ change: Int?) -> String {
        guard let change else { return "" }
        if change > 0 { return " ↑\(change)" }
        if change < 0 { return " ↓\(-change)" }
        return " ="
    }

    private static func role(_ change: Int?, answered: Bool) -> Role {
        guard answered else { return .dim }
        guard let change else { return .normal }
        return change > 0 ? .better : change < 0 ? .lower : .normal
    }
}
