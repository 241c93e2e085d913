import AssetMapCore

/// The community directory: places, groups and services near here, shared by every plan.
enum DirectoryScreen {
    static func drawTitle(_ state: DirectoryState, in rect: Rect, on canvas: inout Canvas) {
        canvas.fill(rect, role: .title)
        canvas.write(
            " assetmap · Places and groups near here", at: Point(x: rect.x, y: rect.y), role: .title, clip: rect)
        let count = state.directory.entries.count == 1 ? "1 entry " : "\(state.directory.entries.count) entries "
        canvas.write(count, at: Point(x: rect.maxX - count.displayWidth, y: rect.y), role: .title, clip: rect)
    }

    /// `linked` are the entries the open plan links to; nil when no plan is open.
    static func draw(_ state: DirectoryState, linked: [String]?, in content: Rect, on canvas: inout Canvas) {
        var area = content
        if let search = state.search {
            canvas.write("Find: ", at: Point(x: area.x, y: area.y), role: .heading, clip: area)
            TextFieldView.draw(
                search, in: Rect(x: area.x + 6, y: area.y, width: min(40, area.width - 6), height: 1), focused: true,
                on: &canvas)
            area = area.splitTop(2).rest
        }
        if let problem = state.problem {
            canvas.writeWrapped(problem, in: area.splitTop(2).top, role: .warning)
            area = area.splitTop(2).rest
        }
        guard state.isLoaded else { return }
        guard !state.directory.entries.isEmpty else {
            canvas.writeWrapped(
                "The directory is empty. Press a to add a place, group or service near here: what workers learn stays here for everyone.",
                in: area.inset(by: 1))
            return
        }
        guard !state.shown.isEmpty else {
            canvas.writeWrapped("Nothing matches that. Press Esc to clear the search.", in: area.inset(by: 1))
            return
        }
        let (list, panel) = listAndDetails(state, in: content)
        let nameWidth = min(30, max(16, list.width / 3))
        ListView.draw(
            count: state.shown.count, selection: state.selection, in: list, on: &canvas,
            highlighting: linked == nil ? 1 : 2
        ) { index in
            let entry = state.directory.entries[state.shown[index]]
            var spans: [Span] = []
            if let linked { spans.append(Span(linked.contains(entry.id) ? "✓ linked  " : "          ", .done)) }
            spans.append(Span(entry.name.padded(toWidth: nameWidth - 1) + " "))
            spans.append(Span([entry.what, entry.when ?? ""].filter { !$0.isEmpty }.joined(separator: " · "), .dim))
            return spans
        }
        if let panel, let entry = state.selectedEntry { details(entry, in: panel, on: &canvas) }
    }

    /// The entries' list, and the details of the one selected beside it (or under it on a narrow screen) when shown.
    static func listAndDetails(_ state: DirectoryState, in content: Rect) -> (list: Rect, details: Rect?) {
        var area = content
        if state.search != nil { area = area.splitTop(2).rest }
        if state.problem != nil { area = area.splitTop(2).rest }
        guard state.showsDetails else { return (area, nil) }
        if area.width >= 100 {
            let (list, details) = area.splitRight(40)
            return (list, details)
        }
        // Under the list, as tall as the whole entry needs, leaving the list a few rows.
        let needed = state.selectedEntry.map { detailLines($0, width: area.width).count + 2 } ?? 10
        let (list, details) = area.splitBottom(min(max(10, needed), area.height - 4))
        return (list, details)
    }

    /// Each detail that is filled in, its words wrapped beside its label; the name first when the frame cuts it.
    static func detailLines(_ entry: CommunityAsset, width: Int) -> [(label: String, text: String)] {
        let fields: [(String, String?)] = [
            ("Name", entry.name.displayWidth > width - 6 ? entry.name : nil), ("What", entry.what.nonEmpty),
            ("Where", entry.where), ("When", entry.when), ("Cost", entry.cost),
            ("Getting there", entry.travel), ("Accessibility", entry.access), ("Contact", entry.contact),
            ("Tags", entry.tags.isEmpty ? nil : entry.tags.joined(separator: ", ")), ("Added by", entry.addedBy),
            ("Last checked", entry.checkedOn.map(DayText.long)),
        ]
        return fields.flatMap { label, value -> [(label: String, text: String)] in
            guard let value = value?.nonEmpty else { return [] }
            return TextWrap.wrap(value, width: max(1, width - 4 - 15)).enumerated().map {
                ($0.offset == 0 ? label + ": " : "", $0.element)
            }
        }
    }

    static func details(_ entry: CommunityAsset, in rect: Rect, on canvas: inout Canvas) {
        Box.draw(rect, title: entry.name, on: &canvas)
        let inside = Box.interior(rect)
        let lines = detailLines(entry, width: rect.width)
        for (row, line) in lines.enumerated() where row < inside.height {
            canvas.write(line.label, at: Point(x: inside.x, y: inside.y + row), role: .heading, clip: inside)
            canvas.write(line.text, at: Point(x: inside.x + 15, y: inside.y + row), clip: inside)
        }
        if lines.count > inside.height {
            let more = " ↓ more: \(KeyMap.keyName(for: .edit, in: .directory)) shows it all "
            canvas.write(
                more, at: Point(x: rect.maxX - more.displayWidth - 2, y: rect.maxY - 1), role: .dim, clip: rect)
        }
    }
}
