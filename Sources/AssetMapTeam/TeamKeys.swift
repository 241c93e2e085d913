import AssetMapCore
import FoundationEssentials

/// Opens the team's files: plain ones as they are, sealed ones with the keys of the keyring they were sealed under.
public protocol TeamKeys: Sendable {
    /// A codec for files sealed under this keyring (nil: a folder without a passphrase), or nil when it cannot open them.
    func codec(forKeyring keyring: Data?) -> FileCodec?
}

/// The keys of a data folder that is already open: they open its own keyring and no other.
public struct OpenFolderKeys: TeamKeys {
    let codec: FileCodec
    let keyring: Data?

    public init(codec: FileCodec, folder: DataFolder) {
        self.codec = codec
        keyring = try? DurableFile.read(folder.keyring)
    }

    public func codec(forKeyring other: Data?) -> FileCodec? {
        guard let other else { return PlainCodec() }
        return other == keyring ? codec : nil
    }
}
