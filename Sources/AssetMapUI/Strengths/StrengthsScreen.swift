import AssetMapCore

/// The Strengths part: the person's strengths, the worker's, and places and groups near here.
enum StrengthsScreen {
    static func draw(_ state: PlanState, directory: CommunityDirectory, in content: Rect, on canvas: inout Canvas) {
        let strengths = state.strengths
        let (layout, about) = self.layout(state, directory: directory, in: content)
        for column in StrengthsState.Column.allCases {
            let rect = layout.columns[column.rawValue]
            let focused = column == strengths.column
            let items = StrengthsItem.items(in: column, plan: state.plan, directory: directory)
            // The list with the keys is marked by "▸" as well as by colour, even when it has nothing in it yet.
            canvas.write(
                (focused ? "▸ " : "  ") + column.title + " (\(items.count)) ", at: Point(x: rect.x, y: rect.y),
                role: focused ? .tabActive : .heading, clip: rect.row(0))
            let list = layout.listRect(column)
            guard !items.isEmpty else {
                // On the rows the list has, as its needs were counted: a line kept out of its top would cut its end.
                canvas.writeWrapped(
                    emptyText(column), in: Rect(x: list.x + 1, y: list.y, width: list.width - 2, height: list.height),
                    role: .dim)
                continue
            }
            WrappedListView.draw(
                rows(items, in: list), selection: selection(column, state: state, count: items.count), in: list,
                on: &canvas)
        }
        if let text = about {
            // A line apart from the lists when it fits on one; wrapped over the rows there are when it is longer.
            let area = text.displayWidth <= layout.detail.width ? layout.detail.splitTop(1).rest : layout.detail
            canvas.writeWrapped(text, in: area, role: .dim)
        }
    }

    /// Where the lists go, and the lines about the one selected: shared by the drawing and the mouse.
    static func layout(_ state: PlanState, directory: CommunityDirectory, in content: Rect) -> (
        StrengthsLayout, about: String?
    ) {
        let width = StrengthsLayout.listWidth(in: content)
        let needs = StrengthsState.Column.allCases.map { column in
            let items = StrengthsItem.items(in: column, plan: state.plan, directory: directory)
            guard !items.isEmpty else { return TextWrap.wrap(emptyText(column), width: max(1, width - 2)).count + 1 }
            return rows(items, in: Rect(x: 0, y: 0, width: width, height: 1)).reduce(0) { $0 + $1.count }
        }
        let column = state.strengths.column
        let items = StrengthsItem.items(in: column, plan: state.plan, directory: directory)
        guard let selected = items[safe: state.strengths.row] else {
            return (StrengthsLayout(content: content, needs: needs), nil)
        }
        let list = StrengthsLayout(content: content, needs: needs).listRect(column)
        let wholeShown = rows([selected], in: list)[0].count <= list.height
        let about = detail(selected, plan: state.plan, wholeShown: wholeShown)
        let aboutRows = min(4, max(2, TextWrap.wrap(about, width: content.width).count))
        return (StrengthsLayout(content: content, detailRows: aboutRows, needs: needs), about)
    }

    /// The selected row of a list, when it is the list the keys work on.
    static func selection(_ column: StrengthsState.Column, state: PlanState, count: Int) -> Int? {
        column == state.strengths.column ? min(state.strengths.rows[column.rawValue], count - 1) : nil
    }

    /// Each item wrapped to the list's width, whole.
    static func rows(_ items: [StrengthsItem], in list: Rect) -> [WrappedListView.Row] {
        WrappedListView.rows(count: items.count, in: list) { row(items[$0]) }
    }

    static func emptyText(_ column: StrengthsState.Column) -> String {
        switch column {
        case .person: return "Nothing here yet. Press a to add one, or s for questions that help."
        case .worker: return "The worker's own strengths, skills and what they know about. Press a to add one."
        case .community:
            return
                "None linked yet. Press i for ideas nearby that fit, or a to open the directory of places and groups."
        }
    }

    static func row(_ item: StrengthsItem) -> [Span] {
        switch item {
        case .asset(let asset):
            return [Span(asset.text + "  "), Span(asset.kind.words, .dim)]
        case .community(_, let entry?):
            var spans = [Span(entry.name + "  ")]
            if !entry.what.isEmpty { spans.append(Span(entry.what, .dim)) }
            return spans
        case .community(_, nil):
            return [Span("(no longer in the directory: press d to unlink it)", .dim)]
        }
    }

    /// A line about the selected item: its kind, its life area, and the goal steps it helps with; first its
    /// whole text when its row is taller than the list.
    static func detail(_ item: StrengthsItem, plan: Plan, wholeShown: Bool) -> String {
        switch item {
        case .asset(let asset):
            var parts = [asset.kind.words]
            if !wholeShown { parts.insert(asset.text, at: 0) }
            if let area = LifeArea.words(for: asset.domain) { parts.append(area) }
            if let by = asset.by { parts.append(by.writtenBy(personName: plan.person.displayName)) }
            let helps = GoalLinks.steps(using: asset.id, in: plan)
            parts.append(
                helps.isEmpty ? "not linked to a goal step yet" : "helps with " + helps.joined(separator: "; "))
            return parts.joined(separator: " · ")
        case .community(_, let entry?):
            return
                ([wholeShown ? nil : entry.name + ": " + entry.what] + [
                    entry.where, entry.when, entry.cost, entry.contact,
                ])
                .compactMap { $0?.nonEmpty }.joined(separator: " · ")
                + (NetworkReducer.onMap(entry, in: plan).map { "   already on the map (ring \($0.ring))" }
                    ?? "   r puts it on the map (ring 5)")
        case .community(_, nil):
            return "This entry was deleted from the directory."
        }
    }
}
