import AssetMapCore

/// Every check as a column: each item's answer and how it moved since the check before (arrow and number),
/// the total out of 48 (or out of what was answered), the items that went up named first, and a chart.
enum WellbeingHistoryView {
    static let itemWidth = 27
    static let columnWidth = 10

    static func draw(_ state: PlanState, today: CalendarDay, in content: Rect, on canvas: inout Canvas) {
        let checks = Well12.ordered(state.plan.checks)
        guard !checks.isEmpty else {
            canvas.writeWrapped("No wellbeing checks yet. Press a to start the WELL12 check: twelve short statements, one at a time. Doing it again every few months shows how things change.",
                                in: content.inset(by: 1), role: .dim)
            return
        }
        let selected = checks.firstIndex { $0.id == state.wellbeing.selectedCheckID } ?? checks.count - 1
        let visibleCount = max(1, (content.width - itemWidth) / columnWidth)
        let first = max(0, min(selected - visibleCount + 1, checks.count - visibleCount))
        let visible = Array(first..<min(checks.count, first + visibleCount))
        drawTable(checks, visible: visible, selected: selected, today: today, in: content, on: &canvas)
        var y = content.y + 15
        var legend = "Totals out of 48; – skipped; 27/40: total of the ones answered; * not finished."
        if first > 0 || visible.last! < checks.count - 1 { legend = "← → other dates (\(checks.count) checks). " + legend }
        canvas.write(legend, at: Point(x: content.x, y: content.y + 14), role: .dim, clip: content)
        if selected > 0 {
            let movers = Well12.movers(from: checks[selected - 1], to: checks[selected])
            let since = DayText.show(checks[selected - 1].date, today: today)
            var sentence = movers.better.isEmpty ? "Nothing went up since \(since)." :
                "Better since \(since): " + movers.better.map(\.shortName).joined(separator: ", ") + "."
            if !movers.lower.isEmpty { sentence += " Lower: " + movers.lower.map(\.shortName).joined(separator: ", ") + "." }
            y += canvas.writeWrapped(sentence, in: Rect(x: content.x, y: y, width: content.width, height: 2), role: .better)
        }
        if let by = checks[selected].by {
            let who = by.writtenBy(personName: state.plan.person.displayName)
            y += canvas.writeWrapped("The check of \(DayText.show(checks[selected].date, today: today)): \(who).",
                                     in: Rect(x: content.x, y: y, width: content.width, height: 1), role: .dim)
        }
        if !checks[selected].complete {
            y += canvas.writeWrapped("This check is not finished: press Enter to carry on where it stopped.",
                                     in: Rect(x: content.x, y: y, width: content.width, height: 1), role: .warning)
        }
        WellbeingChart.draw(checks, visible: visible, selected: selected,
                            in: Rect(x: content.x, y: y + 1, width: content.width, height: min(10, content.maxY - y - 1)), on: &canvas)
    }

    private static func drawTable(_ checks: [WellbeingCheck], visible: [Int], selected: Int, today: CalendarDay, in content: Rect,
                                  on canvas: inout Canvas) {
        canvas.write("WELL12 item", at: Point(x: content.x, y: content.y), role: .heading, clip: content)
        for (row, item) in Well12.items.enumerated() {
            canvas.write("\(item.number)".padded(toWidth: 3) + item.shortName, at: Point(x: content.x, y: content.y + 1 + row), clip: content)
        }
        canvas.write("Total", at: Point(x: content.x, y: content.y + 13), role: .heading, clip: content)
        for (column, index) in visible.enumerated() {
            let check = checks[index]
            let x = content.x + itemWidth + column * columnWidth
            let cell = Rect(x: x, y: content.y, width: columnWidth, height: 14)
            let isSelected = index == selected
            let heading = DayText.brief(check.date, today: today) + (check.complete ? "" : "*")
            canvas.write(heading, at: Point(x: x, y: content.y), role: isSelected ? .selected : .heading, clip: cell)
            let changes = index > 0 ? Well12.itemChanges(from: checks[index - 1], to: check) : Array(repeating: nil, count: 12)
            for row in 0..<Well12.items.count {
                let answer = check.answers[row]
                let text = answer.map { "\($0)" + arrow(index > 0 && checks[index - 1].answers[row] != nil ? changes[row] : nil) } ?? "–"
                canvas.write(text, at: Point(x: x, y: content.y + 1 + row), role: role(changes[row], answered: answer != nil), clip: cell)
            }
            let score = Well12.score(check)
            var sum = score.isWhole ? "\(score.total)" : "\(score.total)/\(score.outOf)"
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

/// A small bar chart of the totals over time, one bar per check, drawn with block characters.
enum WellbeingChart {
    static let blocks = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func draw(_ checks: [WellbeingCheck], visible: [Int], selected: Int, in rect: Rect, on canvas: inout Canvas) {
        guard rect.height >= 1, !visible.isEmpty else { return }
        guard rect.height >= 3 else {
            // Short of room, one row of blocks under the columns still shows the shape.
            canvas.write("Totals over time", at: Point(x: rect.x, y: rect.y), role: .heading, clip: rect)
            for (column, index) in visible.enumerated() {
                let score = Well12.score(checks[index])
                let share = score.outOf == 0 ? 0 : Double(score.total) / Double(score.outOf)
                let block = blocks[min(7, Int(share * 7.999))]
                let x = rect.x + WellbeingHistoryView.itemWidth + column * WellbeingHistoryView.columnWidth + 1
                canvas.write(block + block + block, at: Point(x: x, y: rect.y), role: index == selected ? .selected : .chart, clip: rect)
            }
            return
        }
        canvas.write("Totals over time (out of 48)", at: Point(x: rect.x, y: rect.y), role: .heading, clip: rect)
        let barHeight = rect.height - 2
        let eighths = barHeight * 8
        for (column, index) in visible.enumerated() {
            let score = Well12.score(checks[index])
            // A partly answered check is scaled to what was answered, so it is not shown as a fall.
            let share = score.outOf == 0 ? 0 : Double(score.total) / Double(score.outOf)
            let filled = Int((share * Double(eighths)).rounded())
            let x = rect.x + WellbeingHistoryView.itemWidth + column * WellbeingHistoryView.columnWidth + 1
            for row in 0..<barHeight {
                let level = filled - row * 8
                guard level > 0 else { break }
                let block = level >= 8 ? blocks[7] : blocks[level - 1]
                canvas.write(block + block + block, at: Point(x: x, y: rect.y + barHeight - row), role: index == selected ? .selected : .chart, clip: rect)
            }
            canvas.write("\(score.total)", at: Point(x: x, y: rect.maxY - 1), role: .dim, clip: rect)
        }
    }
}
