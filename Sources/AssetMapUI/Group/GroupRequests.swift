import AssetMapCore

/// What one member chose at the end of a group, for the App to put into their plan, or into a plan started for them.
public struct GroupDelivery: Equatable, Sendable {
    public var memberID: String
    /// Their plan; nil to start one.
    public var planID: String?
    /// Their first name, for a plan started now.
    public var name: String
    public var chosen: [GroupIdea]

    public init(memberID: String, planID: String?, name: String, chosen: [GroupIdea]) {
        self.memberID = memberID
        self.planID = planID
        self.name = name
        self.chosen = chosen
    }
}

/// The take-home sheets to write: one for each member and the group's own.
public struct GroupSheetsRequest: Equatable, Sendable {
    public var format: ExportFormat
    /// As typed: the start of every file name. "-group" or the member's number, and the ending, are added.
    public var path: String

    public init(format: ExportFormat, path: String) {
        self.format = format
        self.path = path
    }
}
