import AssetMapCore

/// Choosing several things from a list, found by typing: used to link a step to strengths and people, and to say
/// who knows whom on the map.
public struct PickerState: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var id: String
        public var label: String
        public var detail: String
        let searchKey: String

        public init(id: String, label: String, detail: String) {
            self.id = id
            self.label = label
            self.detail = detail
            searchKey = SearchQuery.fold(label + " " + detail)
        }
    }

    public enum Purpose: Equatable, Sendable {
        case stepLinks(goalID: String, stepID: String)
        /// Who is here, for a group session.
        case groupMembers
        /// Who a connection knows on the map.
        case knows(connectionID: String)
    }

    public var title: String
    public var items: [Item]
    public var chosen: Set<String>
    public var search = TextFieldState()
    public var selection = 0
    public var purpose: Purpose

    public init(title: String, items: [Item], chosen: Set<String>, purpose: Purpose) {
        self.title = title
        self.items = items
        self.chosen = chosen
        self.purpose = purpose
    }

    /// The items that match what is typed.
    public var shown: [Item] {
        let query = SearchQuery(search.text)
        return query.isEmpty ? items : items.filter { query.matches(folded: $0.searchKey) }
    }

    public enum Outcome: Equatable {
        case picking, done, cancelled
    }

    /// Typing searches, ↑ ↓ move, Space chooses or un-chooses, Enter keeps the choice, Esc leaves it as it was.
    public mutating func handle(_ key: Key) -> Outcome {
        switch KeyMap.command(for: key, in: .picker) {
        case .toggleDone:
            let shown = shown
            if selection < shown.count {
                let id = shown[selection].id
                if chosen.contains(id) { chosen.remove(id) } else { chosen.insert(id) }
            }
        case .save: return .done
        case .cancel: return .cancelled
        case .up: selection = max(0, selection - 1)
        case .down: selection = min(max(0, shown.count - 1), selection + 1)
        default:
            if search.handle(key, wrapWidth: 40) { selection = 0 }
        }
        return .picking
    }
}

enum PickerView {
    static func draw(_ picker: PickerState, in area: Rect, on canvas: inout Canvas) {
        let rect = area.centred(width: min(area.width - 2, 70), height: min(area.height, picker.items.count + 7))
        Box.drawOver(rect, title: picker.title, on: &canvas)
        let inside = Box.interior(rect)
        canvas.write("Find: ", at: Point(x: inside.x, y: inside.y), role: .heading, clip: inside)
        TextFieldView.draw(
            picker.search, in: Rect(x: inside.x + 6, y: inside.y, width: inside.width - 6, height: 1), focused: true,
            on: &canvas)
        let list = Rect(x: inside.x, y: inside.y + 2, width: inside.width, height: inside.height - 3)
        let shown = picker.shown
        if shown.isEmpty {
            canvas.write(
                picker.items.isEmpty ? "There is nothing to choose from yet." : "Nothing matches that.",
                at: Point(x: list.x, y: list.y), role: .dim, clip: list)
        }
        ListView.draw(count: shown.count, selection: picker.selection, in: list, on: &canvas, highlighting: 2) {
            index in
            let item = shown[index]
            let ticked = picker.chosen.contains(item.id)
            return [
                Span(ticked ? "[✓] " : "[ ] ", ticked ? .done : .normal), Span(item.label + "  "),
                Span(item.detail, .dim),
            ]
        }
        canvas.write(
            KeyMap.footer([.toggleDone: "choose", .save: "done", .cancel: "cancel"], in: .picker),
            at: Point(x: inside.x, y: inside.maxY - 1), role: .dim, clip: inside)
    }
}
