import AssetMapCore

/// The worker's caseload: every plan, most recently changed first, found by typing part of a name.
enum CaseloadScreen {
    struct Columns: Equatable, Sendable {
        let name: Int
        let changed: Int
        let wellbeing: Int
        let next: Int

        init(width: Int) {
            changed = 13
            wellbeing = 11
            name = min(32, max(16, (width - changed - wellbeing - 2) * 2 / 5))
            next = max(0, width - 2 - name - changed - wellbeing)
        }
    }

    static func drawTitle(_ state: CaseloadState, today: CalendarDay, in rect: Rect, on canvas: inout Canvas) {
        canvas.fill(rect, role: .title)
        canvas.write(" assetmap · Caseload", at: Point(x: rect.x, y: rect.y), role: .title, clip: rect)
        var count = state.planCount == 1 ? "1 plan " : "\(state.planCount) plans "
        // The team's line goes first when the title is too narrow for both.
        if let team = state.team?.text(today: today) {
            count = rect.width >= 22 + team.displayWidth + count.displayWidth + 3 ? team + " · " + count : team + " "
        }
        canvas.write(count, at: Point(x: rect.maxX - count.displayWidth, y: rect.y), role: .title, clip: rect)
    }

    static func draw(_ state: CaseloadState, today: CalendarDay, in content: Rect, on canvas: inout Canvas) {
        var area = content
        if let search = state.search {
            let label = "Find: "
            canvas.write(label, at: Point(x: area.x, y: area.y), role: .heading, clip: area)
            TextFieldView.draw(
                search,
                in: Rect(x: area.x + label.count, y: area.y, width: min(40, area.width - label.count), height: 1),
                focused: true, on: &canvas)
            area = area.splitTop(2).rest
        }
        guard state.isLoaded else { return }
        guard !state.rows.isEmpty else {
            canvas.writeWrapped("No plans yet. Press a to start a plan for someone.", in: area.inset(by: 1))
            return
        }
        guard !state.shown.isEmpty else {
            canvas.writeWrapped("No plan matches that. Press Esc to clear the search.", in: area.inset(by: 1))
            return
        }
        let columns = Columns(width: area.width)
        let header = [
            Span("Name".padded(toWidth: columns.name), .heading),
            Span("Last changed".padded(toWidth: columns.changed), .heading),
            Span("Next step".padded(toWidth: columns.next), .heading), Span("Wellbeing", .heading),
        ]
        canvas.write(header, at: Point(x: area.x + 2, y: area.y), clip: area)
        let about = aboutSelected(state, today: today, in: content)
        let list = listArea(state, aboutLines: about.count, in: content)
        let width = max(0, list.width - 2)
        ListView.draw(count: state.shown.count, selection: state.selection, in: list, on: &canvas) { index in
            let rowIndex = state.shown[index]
            return state.drawn.row(rowIndex, width: width, today: today) {
                ListView.DrawnRow(
                    row(state.rows[rowIndex], columns: columns, today: today), width: width, highlighting: 1)
            }
        }
        for (offset, line) in about.enumerated() {
            canvas.write(
                line, at: Point(x: content.x + 2, y: content.maxY - about.count + offset), role: .dim, clip: content)
        }
    }

    /// Where the rows of plans go: under the search when there is one, under the column headings, and above the
    /// lines about the plan selected.
    static func listArea(_ state: CaseloadState, today: CalendarDay, in content: Rect) -> Rect {
        listArea(state, aboutLines: aboutSelected(state, today: today, in: content).count, in: content)
    }

    private static func listArea(_ state: CaseloadState, aboutLines: Int, in content: Rect) -> Rect {
        (state.search == nil ? content : content.splitTop(2).rest).splitTop(1).rest.splitBottom(
            aboutLines == 0 ? 0 : aboutLines + 1
        ).rest
    }

    /// The selected plan's whole name and whole next step, which their columns may cut, wrapped under the list.
    static func aboutSelected(_ state: CaseloadState, today: CalendarDay, in content: Rect) -> [String] {
        guard state.isLoaded, !state.shown.isEmpty, let row = state.selectedRow else { return [] }
        let text: String
        switch row.content {
        case .unreadable(let reason):
            text = "Could not be read: \(row.path): \(reason)"
        case .plan(let summary):
            let step =
                summary.nextStep.map { next in
                    "next step" + (next.due.map { " " + DayText.due($0, today: today) } ?? "") + ": " + next.text
                } ?? "no next step yet"
            text = ([summary.displayName, mark(row, summary).map { String($0.dropFirst(2)) }, step].compactMap { $0 })
                .joined(separator: " · ")
        }
        return Array(TextWrap.wrap(text, width: max(1, content.width - 2)).prefix(max(1, content.height / 4)))
    }

    static func row(_ row: CaseloadRow, columns: Columns, today: CalendarDay) -> [Span] {
        switch row.content {
        case .unreadable(let reason):
            let file = row.path.split(separator: "/").last.map(String.init) ?? row.path
            return [Span("! could not be read: \(file): \(reason)", .warning)]
        case .plan(let summary):
            var spans = [
                Span(summary.displayName.padded(toWidth: columns.name - 1) + " "),
                Span(
                    DayText.relative(CalendarDay(summary.updatedAt), today: today).padded(toWidth: columns.changed),
                    .dim),
            ]
            spans.append(
                mark(row, summary).map {
                    Span(($0.truncated(toWidth: columns.next - 1) + " ").padded(toWidth: columns.next), .warning)
                }
                    ?? nextStep(summary, today: today, width: columns.next))
            spans.append(Span(wellbeing(summary.wellbeing)))
            return spans
        }
    }

    /// What the worker must know before opening the plan, in words, in place of its next step; short enough
    /// for the column at 80 columns. Opening the plan says more.
    static func mark(_ row: CaseloadRow, _ summary: PlanSummary) -> String? {
        if row.sharesID { return "! same id as another plan file" }
        if summary.newerSchemaVersion != nil { return "! read-only: newer assetmap" }
        return nil
    }

    static func nextStep(_ summary: PlanSummary, today: CalendarDay, width: Int) -> Span {
        guard let next = summary.nextStep else { return Span("—".padded(toWidth: width), .dim) }
        // The date first, so it still shows when the step is cut short.
        let text = next.due.map { DayText.due($0, today: today, brief: true) + ": " + next.text } ?? next.text
        let overdue = next.due.map { $0 < today } ?? false
        return Span((text.truncated(toWidth: width - 1) + " ").padded(toWidth: width), overdue ? .warning : .normal)
    }

    /// "31/48 ↑3": the latest total, and which way it moved, by arrow and number.
    static func wellbeing(_ trend: WellbeingTrend?) -> String {
        guard let trend else { return "—" }
        var text = "\(trend.total)/\(trend.answered * 4)"
        switch trend.change {
        case let change? where change > 0: text += " ↑\(change)"
        case let change? where change < 0: text += " ↓\(-change)"
        case .some: text += " ="
        case nil: break
        }
        return text
    }
}
