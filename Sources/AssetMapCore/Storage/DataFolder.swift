import FoundationEssentials

/// Where plans are kept, and the layout inside:
/// `plans/<id>.json`, `bin/`, `locks/`, `community.json`, `groups/<id>.json`.
public struct DataFolder: Equatable, Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// `--data-dir`, else `$ASSETMAP_DATA_DIR`, else `$XDG_DATA_HOME/assetmap`, else `~/.local/share/assetmap`.
    public static func resolve(option: String?, environment: [String: String]) -> DataFolder {
        func url(_ path: String) -> URL {
            URL(fileURLWithPath: path.expandingTilde)
        }
        if let option, !option.isEmpty { return DataFolder(root: url(option)) }
        if let path = environment["ASSETMAP_DATA_DIR"], !path.isEmpty { return DataFolder(root: url(path)) }
        if let path = environment["XDG_DATA_HOME"], !path.isEmpty {
            return DataFolder(root: url(path).appendingPathComponent("assetmap"))
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? String.homeFolder ?? "/"
        return DataFolder(root: url(home).appendingPathComponent(".local/share/assetmap"))
    }

    public var plans: URL { root.appendingPathComponent("plans") }
    public var bin: URL { root.appendingPathComponent("bin") }
    public var locks: URL { root.appendingPathComponent("locks") }
    public var community: URL { root.appendingPathComponent("community.json") }
    public var index: URL { root.appendingPathComponent("caseload.index") }

    public func planFile(id: String) -> URL {
        plans.appendingPathComponent("\(id).json")
    }

    public var keyring: URL { root.appendingPathComponent("keyring.json") }

    /// Held shared by every copy of assetmap using the folder, and alone while its passphrase is changed.
    public var folderLock: URL { locks.appendingPathComponent("folder.lock") }

    /// Every file holding personal details: what a passphrase protects.
    public func personalFiles() -> [URL] {
        var files: [URL] = []
        for folder in [plans, bin, groups] {
            files += Self.dataFiles(in: folder)
        }
        for file in [community, index] where FileManager.default.fileExists(atPath: file.path) {
            files.append(file)
        }
        return files
    }

    /// The names of the JSON files in one of the folders, sorted, without the temporary files of a save in progress.
    /// Read straight from the folder: a caseload of thousands is listed at every start.
    public static func dataFileNames(in folder: URL) -> [String] {
        guard let directory = opendir(folder.path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name.hasSuffix(".json"), !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    public static func dataFiles(in folder: URL) -> [URL] {
        // Told it is not a folder, so that making each URL does not ask the disk.
        dataFileNames(in: folder).map { folder.appendingPathComponent($0, isDirectory: false) }
    }

    public func lockFile(name: String) -> URL {
        locks.appendingPathComponent("\(name).lock")
    }

    /// Makes the folders if they are missing and keeps them private (0700) whatever the umask.
    public func prepare() throws(StorageError) {
        for folder in [root, plans, bin, locks] {
            try DurableFile.makePrivateFolder(folder)
        }
    }
}
