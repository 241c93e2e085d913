import AssetMapCore

/// Comparing the map at two dates: an earlier snapshot, and a later snapshot or the map as it is now.
public struct CompareState: Equatable, Sendable {
    public var earlierID: String
    /// nil for the map as it is now.
    public var laterID: String?
}

/// The map then and now: the earlier picture on the left, and beside it who is new, who has gone,
/// and who moved closer or further, with the ring numbers.
enum CompareScreen {
    static func dates(_ plan: Plan) -> [Snapshot] {
        plan.snapshots.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(
            \.element)
    }

    static func draw(_ compare: CompareState, plan: Plan, today: CalendarDay, in content: Rect, on canvas: inout Canvas)
    {
        guard let earlier = plan.snapshots.first(where: { $0.id == compare.earlierID }) else { return }
        let later = compare.laterID.flatMap { id in plan.snapshots.first { $0.id == id } }
        let laterNetwork = later?.network ?? plan.network
        let laterName = later.map { name($0, today: today) } ?? "now"
        let (top, body) = content.splitTop(2)
        canvas.write(
            "The map on \(name(earlier, today: today)), compared with \(laterName)", at: Point(x: top.x, y: top.y),
            role: .heading, clip: top)
        let (pictureAndPanel, _) = body.splitBottom(1)
        let (picture, panel) = pictureAndPanel.splitRight(min(40, pictureAndPanel.width / 2))
        let change = MapChange(from: earlier.network, to: laterNetwork)
        var y = panel.y
        func section(_ title: String, _ lines: [String]) {
            guard !lines.isEmpty, y < panel.maxY else { return }
            canvas.write(title, at: Point(x: panel.x, y: y), role: .heading, clip: panel)
            y += 1
            for line in lines where y < panel.maxY {
                y += canvas.writeWrapped(
                    "· " + line, in: Rect(x: panel.x, y: y, width: panel.width, height: panel.maxY - y))
            }
            y += 1
        }
        section("New since then", change.new.map { "\($0.name) (ring \($0.ring))" })
        section("Moved closer", change.closer.map { "\($0.name): ring \($0.from) → \($0.to)" })
        section("Moved further out", change.further.map { "\($0.name): ring \($0.from) → \($0.to)" })
        section("Not on the map now", change.gone.map { "\($0.name) (was ring \($0.ring))" })
        if change.isEmpty {
            y +=
                canvas.writeWrapped(
                    "No one has moved, joined or gone.", in: Rect(x: panel.x, y: y, width: panel.width, height: 1),
                    role: .dim) + 1
        }
        // The earlier picture's key goes under the changes, so its markers can be read there.
        let key = Rect(x: panel.x, y: y, width: panel.width, height: panel.maxY - y)
        let rings = RingLayout(
            area: Rect(x: picture.x, y: picture.y, width: picture.width - 1, height: picture.height),
            network: earlier.network, centreName: plan.person.displayName,
            keyRoom: RingKey.room(Size(width: key.width, height: key.height)), namesStayOnTheirRing: true)
        if rings.fits {
            RingPicture.draw(rings, selectedID: nil, on: &canvas)
            RingKey.draw(rings, selectedID: nil, in: key, on: &canvas)
        }
        let keys = KeyMap.footer(
            [
                .earlierDate(by: -1): "earlier date", .laterDate(by: -1): "later date",
                .delete: "delete this snapshot", .back: "back",
            ], in: .networkCompare, separator: "   ")
        canvas.write(keys, at: Point(x: content.x, y: content.maxY - 1), role: .dim, clip: content)
    }

    static func name(_ snapshot: Snapshot, today: CalendarDay) -> String {
        let date = DayText.show(snapshot.date, today: today)
        return snapshot.label.isEmpty ? date : "\(date) (\(snapshot.label))"
    }

    /// Keys while comparing: a step through the earlier dates, or through the later ones (later snapshots, then now).
    static func handle(_ command: Command?, network: inout NetworkState, in context: inout PartContext) {
        let plan = context.plan
        guard var compare = network.compare else { return }
        let dates = dates(plan)
        let earlierIndex = dates.firstIndex { $0.id == compare.earlierID } ?? 0
        switch command {
        case .earlierDate(let step):
            let next = min(max(0, earlierIndex + step), dates.count - 1)
            compare.earlierID = dates[next].id
            if let laterID = compare.laterID, (dates.firstIndex { $0.id == laterID } ?? 0) <= next {
                compare.laterID = nil
            }
        case .laterDate(let step):
            let laters: [String?] = dates[(earlierIndex + 1)...].map(\.id) + [nil]
            let current = laters.firstIndex(of: compare.laterID) ?? laters.count - 1
            compare.laterID = laters[min(max(0, current + step), laters.count - 1)]
        case .delete:
            if let snapshot = dates.first(where: { $0.id == compare.earlierID }) {
                context.ask(
                    "Delete the snapshot",
                    "Delete the snapshot from \(DayText.long(snapshot.date))? " + KeyMap.undoAfterwards(),
                    onYes: .edit(.deleteSnapshot(id: snapshot.id)))
            }
            return
        case .back, .cancel:
            network.compare = nil
            return
        case nil, .help, .privacy, .nextSection, .previousSection, .section, .up, .down, .left, .right, .pageUp,
            .pageDown, .first, .last, .nextItem, .previousItem, .open, .add, .edit, .undo, .redo, .search, .inwards,
            .outwards, .toggleView, .snapshot, .compare, .clockwise, .anticlockwise, .knows, .communityDirectory,
            .link, .putOnMap, .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan, .steppingBack, .prompts,
            .export, .settings, .syncTeam, .save, .no, .nextField, .previousField, .answer, .skip, .previousQuestion,
            .report, .timeline, .writing, .walkThrough, .editText, .startGroup, .review, .addToDirectory,
            .ideasNearby, .notForMe:
            return
        }
        network.compare = compare
    }
}
