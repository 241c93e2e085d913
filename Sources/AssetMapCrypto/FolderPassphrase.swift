import AssetMapCore
import Crypto
import FoundationEssentials

/// Turning a passphrase on, changing it and turning it off for a data folder, and unlocking it.
///
/// Every change is safe to interrupt: files are rewritten one at a time, each atomically, and the keyring
/// is written before and after so that, whenever the program stops, every file opens with the old
/// passphrase or the new one. A wrong passphrase never changes a file.
public enum FolderPassphrase {
    public enum Problem: Error, Equatable {
        case wrongPassphrase
        case notSet
        case alreadySet
        case tooShort
        case inUse
        /// keyring.json is there but cannot be read: nothing sealed can be opened without it.
        case keyringDamaged(path: String)
        case storage(StorageError)

        public var message: String {
            switch self {
            case .wrongPassphrase: return "That passphrase did not unlock the data folder."
            case .notSet: return "This data folder has no passphrase."
            case .alreadySet:
                return "This data folder already has a passphrase; use assetmap passphrase change to change it."
            case .tooShort:
                return
                    "Please use a passphrase of at least 8 characters: a few words are easy to remember and hard to guess."
            case .inUse: return "assetmap is open on this data folder somewhere else; close it there first."
            case .keyringDamaged(let path):
                return
                    "\(path) is damaged, and without it no encrypted plan can be opened. Copy keyring.json back from a "
                    + "backup of the data folder (or the team's folder), then try again; nothing has been changed."
            case .storage(let error): return error.message
            }
        }
    }

    public static let minimumLength = 8

    public static func isSet(_ folder: DataFolder) -> Bool {
        FileManager.default.fileExists(atPath: folder.keyring.path)
    }

    /// Whether files sealed with this codec can still be opened: the passphrase was not set, changed or taken
    /// off between unlocking the folder and starting to use it.
    public static func stillOpens(_ codec: FileCodec, folder: DataFolder) -> Bool {
        guard let sealed = codec as? SealedCodec else { return !isSet(folder) }
        guard let keyring = try? Keyring.read(folder) else { return false }
        return keyring.active == sealed.activeID
    }

    /// Throws when the keyring cannot be read, so that nobody is asked for a passphrase that could not be used.
    public static func checkKeyring(_ folder: DataFolder) throws(Problem) {
        _ = try readKeyring(folder)
    }

    /// Opens the folder's keys with the passphrase, finishing any interrupted sealing or unsealing.
    /// Returns a note to show when an interrupted change of passphrase left both passphrases working, and the codec
    /// the folder's files are kept with from now on (plain, once a passphrase that was being taken off is off).
    public static func unlock(_ folder: DataFolder, passphrase: String) throws(Problem) -> (
        codec: FileCodec, note: String?
    ) {
        guard let keyring = try readKeyring(folder) else { throw .notSet }
        let keys = unwrapAll(keyring, passphrase: passphrase)
        guard !keys.isEmpty, keys[keyring.active] != nil else { throw .wrongPassphrase }
        let halfway = keyring.pending == .seal || keyring.pending == .unseal
        let codec = SealedCodec(keys: keys, activeID: keyring.active, acceptsPlain: halfway)
        guard halfway else {
            let note =
                keyring.pending == nil
                ? nil
                : "A change of passphrase did not finish: both passphrases open the folder until assetmap passphrase change is run again."
            return (codec, note)
        }
        // Finishing rewrites files, so only when no other copy of assetmap is using the folder; otherwise later.
        guard let lock = try? alone(folder) else { return (codec, nil) }
        defer { lock.release() }
        switch keyring.pending {
        case .seal?:
            try finish(folder, keyring: keyring, codec: codec, writing: codec)
            var finished = keyring
            finished.pending = nil
            try wrapStorage { () throws(StorageError) in try finished.write(to: folder) }
            return (SealedCodec(keys: keys, activeID: keyring.active), nil)
        case .unseal?:
            try finish(folder, keyring: keyring, codec: codec, writing: PlainCodec())
            unlink(folder.keyring.path)
            return (PlainCodec(), "The passphrase has been taken off, as was asked before; the files are plain now.")
        case .reseal?, nil:
            return (codec, nil)
        }
    }

    public static func set(_ folder: DataFolder, passphrase: String, cost: ScryptCost = .standard) throws(Problem) {
        guard passphrase.count >= minimumLength else { throw .tooShort }
        guard !isSet(folder) else { throw .alreadySet }
        let lock = try alone(folder)
        defer { lock.release() }
        let id = newKeyID()
        let dataKey = SymmetricKey(size: .bits256)
        let slot = try wrapCrypto { try PassphraseKey.fresh(passphrase: passphrase, cost: cost).wrap(dataKey, id: id) }
        var keyring = Keyring(active: id, pending: .seal, slots: [slot])
        try wrapStorage { () throws(StorageError) in try keyring.write(to: folder) }
        let codec = SealedCodec(keys: [id: dataKey], activeID: id, acceptsPlain: true)
        try finish(folder, keyring: keyring, codec: codec, writing: codec)
        keyring.pending = nil
        try wrapStorage { () throws(StorageError) in try keyring.write(to: folder) }
    }

    /// Changes the passphrase and re-seals every file under a new data key.
    public static func change(
        _ folder: DataFolder, from old: String, to new: String,
        cost: ScryptCost = .standard
    ) throws(Problem) {
        guard new.count >= minimumLength else { throw .tooShort }
        guard let keyring = try readKeyring(folder) else { throw .notSet }
        let lock = try alone(folder)
        defer { lock.release() }
        let keys = unwrapAll(keyring, passphrase: old)
        guard !keys.isEmpty else { throw .wrongPassphrase }
        let freshID = newKeyID()
        let fresh = SymmetricKey(size: .bits256)
        // While files are re-sealed, both passphrases open every key any file may be sealed with.
        let transition = try wrapCrypto { () -> [Keyring.Slot] in
            let oldKey = try PassphraseKey.fresh(passphrase: old, cost: cost)
            let newKey = try PassphraseKey.fresh(passphrase: new, cost: cost)
            let all = keys.merging([freshID: fresh]) { first, _ in first }
            return try all.flatMap { id, key in [try oldKey.wrap(key, id: id), try newKey.wrap(key, id: id)] }
        }
        let during = Keyring(active: freshID, pending: .reseal, slots: transition)
        try wrapStorage { () throws(StorageError) in try during.write(to: folder) }
        let reading = SealedCodec(keys: keys.merging([freshID: fresh]) { first, _ in first }, activeID: freshID)
        try finish(
            folder, keyring: during, codec: reading, writing: SealedCodec(keys: [freshID: fresh], activeID: freshID))
        let finalSlot = try wrapCrypto { try PassphraseKey.fresh(passphrase: new, cost: cost).wrap(fresh, id: freshID) }
        try wrapStorage { () throws(StorageError) in
            try Keyring(active: freshID, pending: nil, slots: [finalSlot]).write(to: folder)
        }
    }

    /// Takes the passphrase off: every file is written plain again, then the keyring goes.
    public static func remove(_ folder: DataFolder, passphrase: String) throws(Problem) {
        guard var keyring = try readKeyring(folder) else { throw .notSet }
        let lock = try alone(folder)
        defer { lock.release() }
        let keys = unwrapAll(keyring, passphrase: passphrase)
        guard !keys.isEmpty else { throw .wrongPassphrase }
        keyring.pending = .unseal
        try wrapStorage { () throws(StorageError) in try keyring.write(to: folder) }
        try finish(
            folder, keyring: keyring, codec: SealedCodec(keys: keys, activeID: keyring.active), writing: PlainCodec())
        guard unlink(folder.keyring.path) == 0 else {
            throw .storage(StorageError(errno: errno, path: folder.keyring.path))
        }
    }

    /// Rewrites every personal file from one codec to another. A file that cannot be opened is left as it is.
    static func finish(_ folder: DataFolder, keyring: Keyring, codec: FileCodec, writing: FileCodec) throws(Problem) {
        for url in folder.personalFiles() {
            guard let stored = try? DurableFile.read(url), let plain = try? codec.unseal(stored, path: url.path) else {
                continue
            }
            if writing.isEncrypted, EncryptedEnvelope.looksSealed(stored),
                stored.dropFirst(EncryptedEnvelope.magic.count).prefix(16)
                    == Data(keyring.active.utf8), keyring.pending == .seal
            {
                continue
            }
            let sealed = try wrapStorage { () throws(StorageError) in try writing.seal(plain) }
            try wrapStorage { () throws(StorageError) in try DurableFile.write(sealed, to: url) }
        }
    }

    /// Every data key the passphrase opens; scrypt runs once per salt.
    static func unwrapAll(_ keyring: Keyring, passphrase: String) -> [String: SymmetricKey] {
        var keys: [String: SymmetricKey] = [:]
        var derived: [String: PassphraseKey] = [:]
        for slot in keyring.slots {
            guard let salt = Data(base64Encoded: slot.salt) else { continue }
            let key: PassphraseKey
            if let known = derived[slot.salt] {
                key = known
            } else if let made = try? PassphraseKey(
                passphrase: passphrase, salt: salt, cost: ScryptCost(n: slot.n, r: slot.r, p: slot.p))
            {
                key = made
                derived[slot.salt] = made
            } else {
                continue
            }
            if let dataKey = key.unwrap(slot) { keys[slot.keyID] = dataKey }
        }
        return keys
    }

    private static func readKeyring(_ folder: DataFolder) throws(Problem) -> Keyring? {
        do {
            return try Keyring.read(folder)
        } catch {
            if case .damaged = error.reason { throw .keyringDamaged(path: folder.keyring.path) }
            throw .storage(error)
        }
    }

    /// Nobody else may be using the folder while its files are re-sealed.
    private static func alone(_ folder: DataFolder) throws(Problem) -> FileLock {
        try wrapStorage { () throws(StorageError) in try folder.prepare() }
        do {
            return try FileLock.acquire(folder.folderLock)
        } catch {
            if case .lockHeld = error.reason { throw .inUse }
            throw .storage(error)
        }
    }

    private static func newKeyID() -> String {
        SymmetricKey(size: SymmetricKeySize(bitCount: 64)).withUnsafeBytes {
            $0.map { String(printf: "%02x", $0) }.joined()
        }
    }

    private static func wrapStorage<T>(_ body: () throws(StorageError) -> T) throws(Problem) -> T {
        do {
            return try body()
        } catch {
            throw .storage(error)
        }
    }

    private static func wrapCrypto<T>(_ body: () throws -> T) throws(Problem) -> T {
        do {
            return try body()
        } catch {
            throw .storage(StorageError(.other(errno: EINVAL), path: ""))
        }
    }
}
