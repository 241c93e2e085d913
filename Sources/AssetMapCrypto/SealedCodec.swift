import AssetMapCore
import Crypto
import FoundationEssentials

/// Files sealed with AES-GCM under a random data key. Each file says which key sealed it, and that is
/// authenticated too, so a file changed outside assetmap is noticed rather than read wrongly.
///
/// Layout: the magic line, then the key id (16 hex digits and a new line), then nonce, ciphertext and tag.
public struct SealedCodec: FileCodec {
    /// Key bytes by key id; kept as bytes because the key type itself is not `Sendable`.
    let keyBytes: [String: Data]
    let activeID: String
    /// Only while a passphrase is being set or taken off are some files rightly plain; otherwise a plain file
    /// was put here by something other than assetmap, and is not trusted.
    let acceptsPlain: Bool

    public init(keys: [String: SymmetricKey], activeID: String, acceptsPlain: Bool = false) {
        keyBytes = keys.mapValues { $0.withUnsafeBytes { Data($0) } }
        self.activeID = activeID
        self.acceptsPlain = acceptsPlain
    }

    func key(_ id: String) -> SymmetricKey? {
        keyBytes[id].map { SymmetricKey(data: $0) }
    }

    public var isEncrypted: Bool { true }

    public func seal(_ plain: Data) throws(StorageError) -> Data {
        guard let key = key(activeID) else { throw StorageError(.locked, path: "") }
        let header = Self.header(activeID)
        do {
            guard let combined = try AES.GCM.seal(plain, using: key, authenticating: header).combined else {
                throw StorageError(.other(errno: EINVAL), path: "")
            }
            return header + combined
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError(.other(errno: EINVAL), path: "")
        }
    }

    /// A plain file is read as it is only part-way through setting or taking off a passphrase (after a crash, say).
    public func unseal(_ stored: Data, path: String) throws(StorageError) -> Data {
        guard EncryptedEnvelope.looksSealed(stored) else {
            guard acceptsPlain else { throw StorageError(.notSealed, path: path) }
            return stored
        }
        let magic = EncryptedEnvelope.magic.count
        guard stored.count > magic + 17 + 28 else { throw Self.broken(path) }
        let idBytes = stored[stored.startIndex + magic..<stored.startIndex + magic + 16]
        let id = String(decoding: idBytes, as: UTF8.self)
        guard let key = key(id) else {
            throw StorageError(
                .damaged(FormatProblem(path: "", reason: "is sealed with a key this passphrase does not open")),
                path: path)
        }
        let header = Self.header(id)
        guard stored.prefix(header.count) == header else { throw Self.broken(path) }
        do {
            let box = try AES.GCM.SealedBox(combined: stored.dropFirst(header.count))
            return try AES.GCM.open(box, using: key, authenticating: header)
        } catch {
            throw Self.broken(path)
        }
    }

    static func header(_ id: String) -> Data {
        EncryptedEnvelope.magic + Data(id.utf8) + Data([0x0A])
    }

    static func broken(_ path: String) -> StorageError {
        StorageError(
            .damaged(
                FormatProblem(
                    path: "", reason: "has been changed outside assetmap or is damaged: its seal does not match")),
            path: path)
    }
}
