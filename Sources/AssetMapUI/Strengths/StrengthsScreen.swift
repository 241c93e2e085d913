import AssetMapCore

/// The Strengths part: the person's strengths, the worker's, and places and groups near here.
enum StrengthsScreen {
    static func draw(_ state: PlanState, directory: CommunityDirectory, in content: Rect, on canvas: inout Canvas) {
        let strengths = state.strengths
        let selected = StrengthsItem.items(in: strengths.column, plan: state.plan, directory: directory)[safe: strengths.row]
        let rowWidth = StrengthsLayout(content: content).listRect(strengths.column).width - 2
        let about = selected.map { detail($0, plan: state.plan, rowWidth: rowWidth) }
        let aboutRows = about.map { min(4, max(2, TextWrap.wrap($0, width: content.width).count)) } ?? 2
        let layout = StrengthsLayout(content: content, detailRows: aboutRows)
        for column in StrengthsState.Column.allCases {
            let rect = layout.columns[column.rawValue]
            let focused = column == strengths.column
            let items = StrengthsItem.items(in: column, plan: state.plan, directory: directory)
            // The list with the keys is marked by "▸" as well as by colour, even when it has nothing in it yet.
            canvas.write((focused ? "▸ " : "  ") + column.title + " (\(items.count)) ", at: Point(x: rect.x, y: rect.y),
                         role: focused ? .tabActive : .heading, clip: rect.row(0))
            let list = layout.listRect(column)
            guard !items.isEmpty else {
                canvas.writeWrapped(emptyText(column), in: list.inset(by: 1), role: .dim)
                continue
            }
            ListView.draw(count: items.count, selection: focused ? min(strengths.row, items.count - 1) : nil, in: list, on: &canvas) { index in
                row(items[index], width: list.width - 2)
            }
        }
        if let text = about {
            // A line apart from the lists when it fits on one; wrapped over the rows there are when it is longer.
            let area = text.displayWidth <= layout.detail.width ? layout.detail.splitTop(1).rest : layout.detail
            canvas.writeWrapped(text, in: area, role: .dim)
        }
    }

    static func emptyText(_ column: StrengthsState.Column) -> String {
        switch column {
        case .person: return "Nothing here yet. Press a to add one, or s for questions that help."
        case .worker: return "The worker's own strengths, skills and what they know about. Press a to add one."
        case .community: return "None linked yet. Press i for ideas nearby that fit, or a to open the directory of places and groups."
        }
    }

    static func row(_ item: StrengthsItem, width: Int) -> [Span] {
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
    /// whole text when its row in the list is too narrow for it.
    static func detail(_ item: StrengthsItem, plan: Plan, rowWidth: Int) -> String {
        switch item {
        case .asset(let asset):
            var parts = [asset.kind.words]
            if (asset.text + "  " + asset.kind.words).displayWidth > rowWidth { parts.insert(asset.text, at: 0) }
            if let area = LifeArea.words(for: asset.domain) { parts.append(area) }
            if let by = asset.by { parts.append(by.writtenBy(personName: plan.person.displayName)) }
            let helps = GoalLinks.steps(using: asset.id, in: plan)
            parts.append(helps.isEmpty ? "not linked to a goal step yet" : "helps with " + helps.joined(separator: "; "))
            return parts.joined(separator: " · ")
        case .community(_, let entry?):
            let cut = (entry.name + "  " + entry.what).displayWidth > rowWidth
            return ([cut ? entry.name + ": " + entry.what : nil] + [entry.where, entry.when, entry.cost, entry.contact])
                .compactMap { $0?.nonEmpty }.joined(separator: " · ")
                + "   r puts it on the map (ring 5)"
        case .community(_, nil):
            return "This entry was deleted from the directory."
        }
    }
}
