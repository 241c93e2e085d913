import AssetMapCore

/// Ideas nearby, over a plan's Strengths or Network: places and groups in the community directory that fit the
/// person, best first, each saying why in the person's terms.
enum IdeasPanel {
    static func draw(selection: Int, plan: Plan, directory: CommunityDirectory, in area: Rect, on canvas: inout Canvas)
    {
        let ideas = IdeaRanking.ideas(for: plan, in: directory)
        let name = plan.person.displayName
        let width = min(area.width - 2, 76)
        // Box edges and margins take 4 columns, the selection marker 2 more.
        let blocks = ideas.map { TextWrap.wrap($0.sentence, width: max(1, width - 6)) }
        let directoryKey = KeyMap.keyName(for: .communityDirectory, in: .ideas)
        let message =
            directory.entries.isEmpty
            ? "There are no places or groups in the community directory yet. Press \(directoryKey) to start one: add the places and "
                + "groups you know round here, and those that fit \(name) will show here, with why."
            : "Nothing in the directory fits what \(name)'s plan says yet. Strengths, interests and goals help find ideas; \(directoryKey) "
                + "shows the whole directory."
        let lines =
            ideas.isEmpty
            ? TextWrap.wrap(message, width: max(1, width - 4)).count + 1 : blocks.reduce(0) { $0 + $1.count + 1 }
        let rect = area.centred(width: width, height: min(area.height, max(8, lines + 3)))
        Box.drawOver(rect, title: "Ideas nearby for \(name) (\(ideas.count))", on: &canvas)
        let inside = Box.interior(rect)
        let (list, footer) = inside.splitBottom(1)
        let keys =
            ideas.isEmpty
            ? KeyMap.footer([.communityDirectory: "directory", .cancel: "close"], in: .ideas)
            : KeyMap.footer(
                [
                    .putOnMap: "on the map, ring 5", .notForMe: "not for me", .communityDirectory: "directory",
                    .cancel: "close",
                ],
                in: .ideas)
        canvas.write(keys, at: Point(x: footer.x, y: footer.y), role: .dim, clip: footer)
        guard !ideas.isEmpty else {
            canvas.writeWrapped(message, in: list)
            return
        }
        let selected = min(selection, ideas.count - 1)
        var first = 0
        // Whole ideas from the top, moving down only as far as keeps the selected one in view.
        while first < selected, blocks[first...selected].reduce(0, { $0 + $1.count + 1 }) - 1 > list.height {
            first += 1
        }
        var y = list.y
        var last = first - 1
        for index in first..<ideas.count {
            // Whole ideas only, so none is cut short; the first one shown is drawn as far as it fits.
            guard y + blocks[index].count <= list.maxY || index == first else { break }
            for (row, line) in blocks[index].enumerated() where y < list.maxY {
                let marker = row == 0 && index == selected ? "▸ " : "  "
                canvas.write(
                    marker + line, at: Point(x: list.x, y: y), role: index == selected ? .selected : .normal, clip: list
                )
                y += 1
            }
            last = index
            y += 1
        }
        if first > 0 { canvas.write("↑", at: Point(x: list.maxX - 1, y: list.y), role: .dim, clip: list) }
        if last < ideas.count - 1 {
            canvas.write("↓", at: Point(x: list.maxX - 1, y: list.maxY - 1), role: .dim, clip: list)
        }
    }
}
