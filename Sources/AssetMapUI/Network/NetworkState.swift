import AssetMapCore

/// The Network part of a plan: rings or a plain list, who is selected, and whether their details show.
public struct NetworkState: Equatable, Sendable {
    public enum View: Equatable, Sendable {
        case rings
        case list
    }

    public enum Selection: Equatable, Sendable {
        case connection(String)
        /// A "+N more" marker on the rings.
        case overflow(ring: Int, kind: ConnectionKind)
    }

    public var view: View = .rings
    public var selection: Selection?
    public var showsDetails = false
    /// Set while comparing the map at two dates.
    public var compare: CompareState?

    public init() {}

    public var selectedID: String? {
        if case .connection(let id)? = selection { return id }
        return nil
    }
}
