import AssetMapCore

/// Why a form cannot be saved yet, and which field to look at.
public struct FormProblem: Error, Equatable {
    /// Which field, counting from 0 in the order the form shows them.
    public var field: Int
    public var message: String

    public init(field: Int, _ message: String) {
        self.field = field
        self.message = message
    }
}
