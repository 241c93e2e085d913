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

    /// Whether the folder holds sealed files, so was encrypted, whether or not its keyring is still there.
    /// The caseload's index is sealed whenever the folder is, and a plain one means the folder was plain when
    /// assetmap last listed it; only without an index are the plans themselves looked at (they are all read
    /// straight afterwards anyway).
    public static func found(in folder: DataFolder) -> Bool {
        if fileLooksSealed(folder.community) { return true }
        if FileManager.default.fileExists(atPath: folder.index.path) { return fileLooksSealed(folder.index) }
        return (DataFolder.dataFiles(in: folder.plans) + DataFolder.dataFiles(in: folder.bin)).contains(
            where: fileLooksSealed)
    }

    private static func fileLooksSealed(_ url: URL) -> Bool {
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: magic.count)
        let count = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        return count == magic.count && looksSealed(Data(head))
    }
}
