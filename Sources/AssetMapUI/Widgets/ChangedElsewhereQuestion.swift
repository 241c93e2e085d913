import AssetMapCore

/// What to do now that another program has changed the open plan's file. It is put only when the person has
/// just finished something themselves, and it is answered only with the arrows and Enter: no letter typed as
/// text can choose, and nothing is chosen until an arrow has marked a choice.
public struct ChangedElsewhereQuestion: Equatable, Sendable {
    public enum Choice: CaseIterable, Sendable {
        case keepBoth
        case saveOver
        case notNow

        var words: String {
            switch self {
            case .keepBoth: return "Keep both: save what is here as a copy beside the other version"
            case .saveOver: return "Save what is here over the other version (its changes are lost)"
            case .notNow: return "Not now: carry on; nothing is saved over the file until you choose"
            }
        }
    }

    public enum Outcome: Equatable, Sendable {
        case waiting
        case chosen(Choice)
    }

    static let title = "Changed outside assetmap"
    static let explanation =
        "Another program changed this plan's file while it was open here. Nothing has been saved over it, "
        + "and everything typed here is kept. What should happen to what is on screen?"
    static let footer = "↑ ↓ to mark a choice, then Enter. Esc: not now."

    /// The choice marked with ▸; none until an arrow is pressed.
    public private(set) var marked: Choice?

    public init() {}

    public mutating func handle(_ key: Key) -> Outcome {
        let choices = Choice.allCases
        switch key {
        case .up:
            let index = marked.flatMap { choices.firstIndex(of: $0) } ?? choices.count
            marked = choices[max(0, index - 1)]
        case .down:
            let index = marked.flatMap { choices.firstIndex(of: $0) } ?? -1
            marked = choices[min(choices.count - 1, index + 1)]
        case .enter:
            if let marked { return .chosen(marked) }
        case .escape:
            return .chosen(.notNow)
        default:
            break
        }
        return .waiting
    }

    public func draw(in area: Rect, on canvas: inout Canvas) {
        let width = min(area.width - 4, 72)
        let inner = max(1, width - 4)
        let explanation = TextWrap.wrap(Self.explanation, width: inner)
        let choices = Choice.allCases.map { TextWrap.wrap($0.words, width: max(1, inner - 2)) }
        let height = explanation.count + 1 + choices.map(\.count).reduce(0, +) + 2 + 2
        let rect = area.centred(width: width, height: min(area.height, height))
        Box.drawOver(rect, title: Self.title, on: &canvas)
        let inside = Box.interior(rect)
        var row = inside.y
        for line in explanation {
            canvas.write(line, at: Point(x: inside.x, y: row), clip: inside)
            row += 1
        }
        row += 1
        for (choice, lines) in zip(Choice.allCases, choices) {
            let isMarked = choice == marked
            for (index, line) in lines.enumerated() {
                let lead = index == 0 && isMarked ? "▸ " : "  "
                canvas.write(
                    lead + line, at: Point(x: inside.x, y: row), role: isMarked ? .selected : .normal, clip: inside)
                row += 1
            }
        }
        canvas.write(Self.footer, at: Point(x: inside.x, y: inside.maxY - 1), role: .heading, clip: inside)
    }
}
