import AssetMapCore
import Crypto
import CryptoExtras
import FoundationEssentials

/// `keyring.json`: the data keys, each wrapped by a key made from a passphrase with scrypt and a random salt.
/// It holds nothing personal and nothing usable without a passphrase.
struct Keyring: Codable, Equatable {
    /// A data key wrapped under one passphrase.
    struct Slot: Codable, Equatable {
        var keyID: String
        var salt: String
        var n: Int
        var r: Int
        var p: Int
        var wrapped: String
    }

    /// Work left by an interrupted change, finished (or explained) the next time the folder is unlocked.
    enum Pending: String, Codable {
        case seal, reseal, unseal
    }

    var schemaVersion = 1
    var active: String
    var pending: Pending?
    var slots: [Slot]

    static func read(_ folder: DataFolder) throws(StorageError) -> Keyring? {
        guard FileManager.default.fileExists(atPath: folder.keyring.path) else { return nil }
        let data = try DurableFile.read(folder.keyring)
        do {
            return try JSONDecoder().decode(Keyring.self, from: data)
        } catch {
            throw StorageError(
                .damaged(FormatProblem(path: "", reason: "could not be read")), path: folder.keyring.path)
        }
    }

    func write(to folder: DataFolder) throws(StorageError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try DurableFile.write(try encoder.encode(self), to: folder.keyring)
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError(.other(errno: EINVAL), path: folder.keyring.path)
        }
    }
}

/// How much work scrypt does: costly on purpose, to slow down guessing.
public struct ScryptCost: Sendable, Equatable {
    public var n: Int
    public var r: Int
    public var p: Int

    public init(n: Int, r: Int, p: Int) {
        self.n = n
        self.r = r
        self.p = p
    }

    /// About 32 MB and a tenth of a second on a laptop: slow to guess, quick enough to open a folder.
    public static let standard = ScryptCost(n: 1 << 15, r: 8, p: 1)
}

/// Turning a passphrase into the key that wraps data keys.
struct PassphraseKey {
    let key: SymmetricKey
    let salt: Data
    let cost: ScryptCost

    init(passphrase: String, salt: Data, cost: ScryptCost) throws {
        self.salt = salt
        self.cost = cost
        key = try KDF.Scrypt.deriveKey(
            from: Data(passphrase.utf8), salt: salt, outputByteCount: 32, rounds: cost.n,
            blockSize: cost.r, parallelism: cost.p)
    }

    static func fresh(passphrase: String, cost: ScryptCost) throws -> PassphraseKey {
        try PassphraseKey(
            passphrase: passphrase, salt: Data(SymmetricKey(size: .bits128).withUnsafeBytes(Array.init)), cost: cost)
    }

    func wrap(_ dataKey: SymmetricKey, id: String) throws -> Keyring.Slot {
        let bytes = dataKey.withUnsafeBytes { Data($0) }
        let sealed = try AES.GCM.seal(bytes, using: key, authenticating: Data("assetmap-key-\(id)".utf8))
        return Keyring.Slot(
            keyID: id, salt: salt.base64EncodedString(), n: cost.n, r: cost.r, p: cost.p,
            wrapped: sealed.combined!.base64EncodedString())
    }

    func unwrap(_ slot: Keyring.Slot) -> SymmetricKey? {
        guard let data = Data(base64Encoded: slot.wrapped), let box = try? AES.GCM.SealedBox(combined: data),
            let bytes = try? AES.GCM.open(box, using: key, authenticating: Data("assetmap-key-\(slot.keyID)".utf8))
        else { return nil }
        return SymmetricKey(data: bytes)
    }
}
