import AssetMapCore

/// The Network part of a plan: rings or a plain list, who is selected, and whether their details show.
public struct NetworkState: Equatable, Sendable {
    /// Which view of Network shows; the key context, the keys and the drawing all go by this.
    public enum Mode: Equatable, Sendable {
        /// The map, as rings or as a list (`view`).
        case map
        /// Finding someone on the map by name (`/`).
        case finding(NetworkFind)
        /// The map at two dates, side by side.
        case comparing(CompareState)
    }

    /// How the map is shown; kept while finding and comparing, so leaving them comes back to it.
    public enum View: Equatable, Sendable {
        case rings
        case list
    }

    public var mode: Mode = .map
    public var view: View = .rings
    /// The connection selected, on the rings and in the list alike.
    public var selectedID: String?
    public var showsDetails = false

    public init() {}

    /// The dates being compared, while they are; nil goes back to the map (and leaves finding alone).
    public var compare: CompareState? {
        get {
            guard case .comparing(let compare) = mode else { return nil }
            return compare
        }
        set {
            if let newValue { mode = .comparing(newValue) } else if case .comparing = mode { mode = .map }
        }
    }

    /// What is being found, while it is; nil goes back to the map (and leaves comparing alone).
    public var find: NetworkFind? {
        get {
            guard case .finding(let find) = mode else { return nil }
            return find
        }
        set {
            if let newValue { mode = .finding(newValue) } else if case .finding = mode { mode = .map }
        }
    }
}

/// Finding someone on the map by name: what is typed, and who was selected before, to go back to on Esc.
public struct NetworkFind: Equatable, Sendable {
    public var field = TextFieldState()
    public var selectedBefore: String?
}
