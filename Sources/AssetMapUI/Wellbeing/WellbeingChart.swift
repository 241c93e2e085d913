import AssetMapCore

/// The totals over time as bars under the table's columns, each with its total and its date beneath, and the
/// scale written beside them. A check with skipped items is drawn as its share of the items answered, and its
/// total says so ("30/44"). With two rows it is one row of blocks with the totals beside them, then the dates.
enum WellbeingChart {
    static let blocks = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let shortest = 2
    static let tallest = 16

    static func draw(
        _ checks: [WellbeingCheck], visible: [Int], selected: Int, today: CalendarDay, in rect: Rect,
        on canvas: inout Canvas
    ) {
        guard rect.height >= shortest, !visible.isEmpty else { return }
        let bars = rect.height == shortest ? 1 : rect.height - 2
        let labels = ["Totals over time", "(out of 48)"]
        for (row, label) in labels.enumerated() where row < rect.height - 1 {
            canvas.write(label, at: Point(x: rect.x, y: rect.y + row), role: row == 0 ? .heading : .dim, clip: rect)
        }
        if bars >= 3 {
            let scaleX = rect.x + WellbeingHistoryView.itemWidth - 5
            canvas.write("48 ┤", at: Point(x: scaleX, y: rect.y), role: .dim, clip: rect)
            canvas.write(" 0 ┤", at: Point(x: scaleX, y: rect.y + bars - 1), role: .dim, clip: rect)
            if bars >= 5 { canvas.write("24 ┤", at: Point(x: scaleX, y: rect.y + bars / 2), role: .dim, clip: rect) }
        }
        for (column, index) in visible.enumerated() {
            let score = Well12.score(checks[index])
            let role: Role = index == selected ? .selected : .chart
            let x = rect.x + WellbeingHistoryView.itemWidth + column * WellbeingHistoryView.columnWidth
            let cell = Rect(x: x, y: rect.y, width: WellbeingHistoryView.columnWidth - 1, height: rect.height)
            // A partly answered check is scaled to what was answered, so a skipped item is never shown as a fall.
            let share = score.outOf == 0 ? 0 : Double(score.total) / Double(score.outOf)
            let eighths = Int((share * Double(bars * 8)).rounded())
            for row in 0..<bars {
                let level = eighths - row * 8
                let block = level >= 8 ? blocks[7] : level > 0 ? blocks[level - 1] : (row == 0 ? blocks[0] : " ")
                canvas.write(block + block + block, at: Point(x: x, y: rect.y + bars - 1 - row), role: role, clip: cell)
            }
            let shownTotal = CheckLabels.total(checks[index])
            if rect.height == shortest {
                canvas.write(shownTotal, at: Point(x: x + 4, y: rect.y), role: .dim, clip: cell)
            } else {
                canvas.write(shownTotal, at: Point(x: x, y: rect.y + bars), role: .dim, clip: cell)
            }
            if index == selected {
                canvas.write("▸", at: Point(x: x - 1, y: rect.maxY - 1), role: .selected, clip: rect)
            }
            canvas.write(
                CheckLabels.short(index, in: checks, today: today, width: cell.width),
                at: Point(x: x, y: rect.maxY - 1),
                role: index == selected ? .selected : .dim, clip: cell)
        }
    }
}
