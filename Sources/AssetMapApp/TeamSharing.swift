import AssetMapUI

/// Sharing the data folder with a team, as the program sees it: how it stands, and syncing now.
public protocol TeamSharing: AnyObject {
    /// Nil when the data folder is not in a team.
    func line() -> TeamLine?
    /// Sends the changes made here and brings in the others'; the sentence says what happened, or why not.
    func sync() -> (message: String, succeeded: Bool)
}
