import FoundationEssentials

/// Reads every file in a data folder and reports its state, for `assetmap check`. Changes nothing.
public enum FolderCheck {
    public struct Report: Equatable, Sendable {
        public var lines: [String] = []
        /// Files that could not be read, by path.
        public var problems: [String] = []
    }

    public static func run(_ store: PlanStore) -> Report {
        var report = Report()
        let folder = store.folder
        report.lines.append("Data folder: \(folder.root.path)")
        report.lines.append(store.codec.isEncrypted ? "Encrypted with a passphrase." : "Not encrypted (no passphrase set).")
        checkPermissions(folder, into: &report)
        for url in store.planFiles() {
            check(url, into: &report) { () throws(StorageError) in try store.read(url) }
        }
        for url in DataFolder.dataFiles(in: folder.bin) {
            check(url, into: &report) { () throws(StorageError) in try store.read(url) }
        }
        let groups = GroupStore(folder: folder, codec: store.codec)
        for url in groups.groupFiles() {
            check(url, into: &report) { () throws(StorageError) in try groups.read(url) }
        }
        if FileManager.default.fileExists(atPath: folder.community.path) {
            check(folder.community, into: &report) { () throws(StorageError) in try DirectoryStore(folder: folder, codec: store.codec).read() }
        }
        let leftovers = hiddenTemporaryFiles(in: folder.plans)
        if !leftovers.isEmpty {
            report.lines.append("note: \(leftovers.count) temporary file(s) from an interrupted save; they are tidied away when the plan is next opened.")
        }
        report.lines.append(report.problems.isEmpty ? "All files can be read." : "\(report.problems.count) file(s) could not be read.")
        return report
    }

    private static func check<T>(_ url: URL, into report: inout Report, _ read: () throws(StorageError) -> T) {
        let name = url.path
        do {
            _ = try read()
            report.lines.append("ok: \(name)")
        } catch {
            if case .newerVersion = error.reason {
                report.lines.append("ok (newer format, read-only here): \(name)")
            } else {
                report.lines.append("could not be read: \(name): \(error.readReason)")
                report.problems.append(name)
            }
        }
    }

    private static func checkPermissions(_ folder: DataFolder, into report: inout Report) {
        for url in [folder.root, folder.plans, folder.bin, folder.locks, folder.groups] {
            if let mode = mode(of: url.path), mode & 0o077 != 0 {
                report.lines.append("warning: \(url.path) can be read by other users; run chmod 700 on it.")
            }
        }
        for url in [folder.plans, folder.bin, folder.groups].flatMap(DataFolder.dataFiles) {
            if let mode = mode(of: url.path), mode & 0o077 != 0 {
                report.lines.append("warning: \(url.path) can be read by other users; run chmod 600 on it.")
            }
        }
    }

    private static func hiddenTemporaryFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") && $0.contains(".tmp-") }
    }

    static func mode(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o777
    }
}
