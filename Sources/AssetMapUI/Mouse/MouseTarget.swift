import AssetMapCore

/// What is under a click on a screen: something to select (and open, on a double click).
enum MouseTarget: Equatable {
    case tab(PlanSection)
    case caseloadRow(Int)
    case directoryRow(Int)
    case overviewField(OverviewField)
    case onMap(connectionID: String)
    case strengthsList(StrengthsState.Column)
    case strength(StrengthsState.Column, row: Int)
    case goal(Int)
    case stage(Int)
    case rung(stepIndex: Int)
    case note(Int)
    /// A check's column in the table of checks.
    case check(id: String)
    /// An answer of a check's question, or a row of a finished check's page of answers.
    case checkRow(Int)

    /// Reads the screen as it is drawn: each screen says where its parts are, and this asks it.
    static func at(_ point: Point, in state: AppState, today: CalendarDay) -> MouseTarget? {
        let layout = AppLayout(state)
        switch state.screen {
        case .caseload:
            let list = CaseloadScreen.listArea(state.caseload, today: today, in: layout.content)
            return ListView.index(
                at: point, count: state.caseload.shown.count, selection: state.caseload.selection, in: list
            )
            .map(MouseTarget.caseloadRow)
        case .directory:
            let directory = state.directory
            let list = DirectoryScreen.listAndDetails(directory, in: layout.content).list
            return ListView.index(at: point, count: directory.shown.count, selection: directory.selection, in: list)
                .map(MouseTarget.directoryRow)
        case .report, .group:
            return nil
        case .plan:
            guard let plan = state.plan else { return nil }
            if let tab = PlanScreen.tabAreas(in: layout.tabs).first(where: { $0.area.contains(point) }) {
                return .tab(tab.section)
            }
            guard plan.timeline == nil, plan.guide?.isOpen != true, layout.content.contains(point) else { return nil }
            return inSection(
                plan, at: point, content: layout.content, directory: state.directory.directory, today: today)
        }
    }

    private static func inSection(
        _ state: PlanState, at point: Point, content: Rect, directory: CommunityDirectory,
        today: CalendarDay
    ) -> MouseTarget? {
        let plan = state.plan
        switch state.section {
        case .overview:
            let layout = OverviewLayout(content: content)
            if layout.goodLifeBox.contains(point) { return .overviewField(.goodLife) }
            return layout.rows.first { $0.value.y == point.y }.map { .overviewField($0.key) }
        case .network:
            guard state.network.mode == .map else { return nil }
            return onMap(state, at: point, content: content)
        case .strengths:
            let layout = StrengthsScreen.layout(state, directory: directory, in: content).0
            for column in StrengthsState.Column.allCases {
                let list = layout.listRect(column)
                if layout.columns[column.rawValue].row(0).contains(point) { return .strengthsList(column) }
                let items = StrengthsItem.items(in: column, plan: plan, directory: directory)
                let selection =
                    items.isEmpty ? nil : StrengthsScreen.selection(column, state: state, count: items.count)
                let rows = StrengthsScreen.rows(items, in: list)
                if let row = WrappedListView.index(at: point, rows: rows, selection: selection, in: list) {
                    return .strength(column, row: row)
                }
                if list.contains(point) { return .strengthsList(column) }
            }
            return nil
        case .goals:
            if let goal = state.goals.openGoal(in: plan) {
                return rung(of: goal, state: state, at: point, content: content, today: today)
            }
            let (goals, stages) = GoalsListScreen.lists(plan, in: content)
            let goalSelection = state.goals.listFocus == .goals ? state.goals.goalRow : nil
            let stageSelection = state.goals.listFocus == .stages ? state.goals.stageRow : nil
            let goalRows = GoalsListScreen.rows(plan.goals, in: goals)
            if let row = WrappedListView.index(at: point, rows: goalRows, selection: goalSelection, in: goals) {
                return .goal(row)
            }
            return ListView.index(at: point, count: plan.steppingBack.count, selection: stageSelection, in: stages).map(
                MouseTarget.stage)
        case .wellbeing:
            guard let form = state.wellbeing.check else {
                return WellbeingHistoryView.check(at: point, state: state, in: content).map { .check(id: $0.id) }
            }
            guard let check = form.check(in: plan) else { return nil }
            return CheckFormView.row(at: point, form: form, check: check, in: content).map(MouseTarget.checkRow)
        case .notes:
            let count = plan.notes.count
            return ListView.index(
                at: point, count: count, selection: state.notes.selection,
                in: NotesScreen.listArea(count: count, in: content)
            )
            .map(MouseTarget.note)
        }
    }

    private static func onMap(_ state: PlanState, at point: Point, content: Rect) -> MouseTarget? {
        let layout = NetworkLayout(content: content, showsDetails: state.network.showsDetails)
        switch state.network.view {
        case .rings:
            return NetworkHitTest.connection(at: point, in: layout, rings: layout.rings(for: state.plan)).map {
                .onMap(connectionID: $0)
            }
        case .list:
            let rows = NetworkList.rows(state.plan)
            let selected = NetworkList.selectedRow(state.plan, selectedID: state.network.selectedID)
            guard
                let index = WrappedListView.index(
                    at: point, rows: NetworkList.drawnRows(state.plan, in: layout.body), selection: selected,
                    in: layout.body),
                case .connection(let connection) = rows[index]
            else { return nil }
            return .onMap(connectionID: connection.id)
        }
    }

    /// A rung of the ladder, from its rail above to its last line.
    private static func rung(of goal: Goal, state: PlanState, at point: Point, content: Rect, today: CalendarDay)
        -> MouseTarget?
    {
        let layout = LadderLayout(content: content, goal: goal, plan: state.plan, today: today)
        guard layout.ladder.contains(point) else { return nil }
        let selected = state.goals.ladderFocus == .steps ? state.goals.stepIndex : nil
        let row = point.y - layout.ladder.y + layout.scroll(showing: selected ?? goal.currentStepIndex ?? 0)
        return layout.rungs.first { $0.top <= row && row <= $0.top + $0.height }.map { .rung(stepIndex: $0.stepIndex) }
    }
}
