import AssetMapCore
import AssetMapCrypto
import Foundation

/// Opens the team's files: plain ones as they are, sealed ones with the keys of the keyring they were sealed under.
public protocol TeamKeys: Sendable {
    /// A codec for files sealed under this keyring (nil: a folder without a passphrase), or nil when it cannot open them.
    func codec(forKeyring keyring: Data?) -> FileCodec?
}

/// Keys from a passphrase typed for this sync; nil when the folder has none.
public final class PassphraseKeys: TeamKeys, @unchecked Sendable {
    private let passphrase: String?
    private var opened: [Data: SealedCodec] = [:]
    private let guard_ = NSLock()

    public init(passphrase: String?) {
        self.passphrase = passphrase
    }

    public func codec(forKeyring keyring: Data?) -> FileCodec? {
        guard let keyring else { return PlainCodec() }
        guard let passphrase else { return nil }
        guard_.lock()
        defer { guard_.unlock() }
        if let known = opened[keyring] { return known }
        // scrypt is slow on purpose: each keyring is opened once per sync.
        let codec = FolderPassphrase.codec(forKeyring: keyring, passphrase: passphrase)
        if let codec { opened[keyring] = codec }
        return codec
    }
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
