import AssetMapCore
import FoundationEssentials

/// Why a team command could not finish, in one plain sentence with what to do next. Never names a person.
public enum TeamProblem: Error, Equatable, Sendable {
    case notJoined
    case alreadyJoined(remote: String)
    case noName
    case gitMissing
    case unreachable
    case damagedRemote(String)
    case wrongPassphrase
    case otherPassphrase
    case passphraseChangedOnBoth
    case busy
    case changedWhileSyncing
    case local(String)
    case storage(StorageError)

    public var message: String {
        switch self {
        case .notJoined:
            return
                "This data folder is not in a team yet; join one with assetmap team join REMOTE --name \"YOUR NAME\"."
        case .alreadyJoined(let remote):
            return "This data folder already shares with \(remote); run assetmap team leave first to join another team."
        case .noName:
            return "Please give your name with --name, so the team can see who changed what."
        case .gitMissing:
            return "The git program is needed to share with a team; install it (scripts/run does) and try again."
        case .unreachable:
            return
                "The team's folder could not be reached, so nothing was changed here; check the drive, stick or network and sync again."
        case .damagedRemote(let what):
            return
                "The team's folder could not be read (\(what)), so nothing here was changed; ask whoever looks after it to check it."
        case .wrongPassphrase:
            return "That passphrase does not open the team's plans, so nothing was changed; use the team's passphrase."
        case .otherPassphrase:
            return
                "This folder's plans are locked differently from the team's (another passphrase, or none), so it cannot join; "
                + "join from an empty data folder, or use the team's passphrase here first."
        case .passphraseChangedOnBoth:
            return "The passphrase was changed here and in the team at the same time, so nothing was changed; "
                + "change it back here and sync again."
        case .busy:
            return "Another sync of this data folder is still running; try again in a minute."
        case .changedWhileSyncing:
            return "A plan changed while it was being shared; sync again to share it too."
        case .local(let what):
            return
                "The team's copy in this data folder could not be used (\(what)); sync again, and if it happens again run assetmap team leave and join again."
        case .storage(let error):
            return error.message
        }
    }
}
