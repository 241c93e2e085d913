import AssetMapApp
import AssetMapCore
import AssetMapTeam
import AssetMapUI
import FoundationEssentials

/// The program's way to the team: the caseload's line and its sync key, through the same sync as `assetmap team sync`.
final class TeamLink: TeamSharing {
    private let team: TeamSync

    init(store: PlanStore, environment: [String: String]) {
        team = TeamSync(store: store, environment: environment)
    }

    func line() -> TeamLine? {
        guard team.isJoined, let state = try? team.state() else { return nil }
        return TeamLine(lastSync: state.lastSync)
    }

    func sync() -> (message: String, succeeded: Bool) {
        do {
            return ("Synced with the team. " + TeamCommand.describe(try team.sync()), true)
        } catch {
            return (error.message, false)
        }
    }
}

extension TeamSync {
    /// The team's sync for an open data folder, with the keys its passphrase unlocked.
    convenience init(store: PlanStore, environment: [String: String]) {
        self.init(
            data: store.folder, keys: OpenFolderKeys(codec: store.codec, folder: store.folder), environment: environment
        )
    }
}
