import FoundationEssentials

/// How file contents are kept on disk: as they are, or sealed with a passphrase.
public protocol FileCodec: Sendable {
    /// True when files are encrypted at rest.
    var isEncrypted: Bool { get }
    func seal(_ plain: Data) throws(StorageError) -> Data
    func unseal(_ stored: Data, path: String) throws(StorageError) -> Data
}

/// Files kept as plain JSON (no passphrase set for the data folder).
public struct PlainCodec: FileCodec {
    public init() {}
    public var isEncrypted: Bool { false }
    public func seal(_ plain: Data) throws(StorageError) -> Data { plain }

    public func unseal(_ stored: Data, path: String) throws(StorageError) -> Data {
        if EncryptedEnvelope.looksSealed(stored) { throw StorageError(.locked, path: path) }
        return stored
    }
}

/// The first bytes of every encrypted file, so a sealed file is never mistaken for damaged JSON.
public enum EncryptedEnvelope {
    public static let magic = Data("ASSETMAP-SEALED-1\n".utf8)

    public static func looksSealed(_ data: Data) -> Bool {
        data.starts(with: magic)
    }
}
