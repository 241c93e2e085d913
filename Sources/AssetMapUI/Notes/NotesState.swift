import AssetMapCore

/// The Notes part: dated session notes, newest first.
public struct NotesState: Equatable, Sendable {
    public var selection = 0

    public init() {}

    /// Notes newest first; notes on the same day keep the order they were written in, latest first.
    static func ordered(_ plan: Plan) -> [Note] {
        plan.notes.enumerated().sorted { ($0.element.date, $0.offset) > ($1.element.date, $1.offset) }.map(\.element)
    }
}
