/// What a cell is for. Themes turn roles into colours and attributes; the meaning is never carried by colour alone,
/// every role that matters also has a symbol or a word beside it.
public enum Role: UInt8, CaseIterable, Sendable, Codable {
    case normal
    case dim
    case title
    case tab
    case tabActive
    case heading
    case selected
    case hint
    case hintKey
    case message
    case warning
    case field
    case fieldActive
    case border
    case ring
    case ringLabel
    case sectorLabel
    case centre
    case supportive
    case mixed
    case draining
    case done
    case doing
    case todo
    case current
    case better
    case lower
    case chart
    case privacy

    /// The name used for this role in theme files. Spelt out rather than asked of the runtime, whose look-up of the
    /// enum's metadata was 6% of the work before the first frame.
    public var name: String {
        switch self {
        case .normal: "normal"
        case .dim: "dim"
        case .title: "title"
        case .tab: "tab"
        case .tabActive: "tabActive"
        case .heading: "heading"
        case .selected: "selected"
        case .hint: "hint"
        case .hintKey: "hintKey"
        case .message: "message"
        case .warning: "warning"
        case .field: "field"
        case .fieldActive: "fieldActive"
        case .border: "border"
        case .ring: "ring"
        case .ringLabel: "ringLabel"
        case .sectorLabel: "sectorLabel"
        case .centre: "centre"
        case .supportive: "supportive"
        case .mixed: "mixed"
        case .draining: "draining"
        case .done: "done"
        case .doing: "doing"
        case .todo: "todo"
        case .current: "current"
        case .better: "better"
        case .lower: "lower"
        case .chart: "chart"
        case .privacy: "privacy"
        }
    }
}
