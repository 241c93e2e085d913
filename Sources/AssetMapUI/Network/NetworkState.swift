import AssetMapCore

/// The Network part of a plan: rings or a plain list, who is selected, and whether their details show.
public struct NetworkState: Equatable, Sendable {
    public enum View: Equatable, Sendable {
        case rings
        case list
    }

    public var view: View = .rings
    /// The connection selected, on the rings and in the list alike.
    public var selectedID: String?
    public var showsDetails = false
    /// Set while comparing the map at two dates.
    public var compare: CompareState?
    /// Set while finding someone by name (`/`).
    public var find: NetworkFind?

    public init() {}
}

/// Finding someone on the map by name: what is typed, and who was selected before, to go back to on Esc.
public struct NetworkFind: Equatable, Sendable {
    public var field = TextFieldState()
    public var selectedBefore: String?
}
