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

    /// The name used for this role in theme files.
    public var name: String { String(describing: self) }
}
