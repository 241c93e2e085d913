import FoundationEssentials

/// Reads every file in a data folder and reports its state, for `assetmap check`. Changes nothing.
public enum FolderCheck {
    public struct Report: Equatable, Sendable {
        public var lines: [String] = []
        /// Files that could not be read, by path.
        public var problems: [String] = []
        /// Plan files holding the same id as another, by path: each opens, but they cannot both be one plan.
        public var sharedIDs: [String] = []
    }

    public static func run(_ store: PlanStore) -> Report {
        var report = Report()
        let folder = store.folder
        report.lines.append("Data folder: \(folder.root.path)")
        report.lines.append(
            store.codec.isEncrypted ? "Encrypted with a passphrase." : "Not encrypted (no passphrase set).")
        checkPermissions(folder, into: &report)
        var holders: [String: [String]] = [:]
        for url in store.planFiles() {
            if let plan = check(url, into: &report, { () throws(StorageError) in try store.read(url) }) {
                holders[PlanID.key(plan.id), default: []].append(url.path)
            }
        }
        for paths in holders.values.filter({ $0.count > 1 }).sorted(by: { $0[0] < $1[0] }) {
            report.lines.append(
                "same id as another plan: \(paths.joined(separator: " and ")): move all but one out of the data folder "
                    + "and add them back with assetmap import --as-new, which gives each an id of its own.")
            report.sharedIDs += paths
        }
        for url in DataFolder.dataFiles(in: folder.bin) {
            _ = check(url, into: &report) { () throws(StorageError) in try store.read(url) }
        }
        let groups = GroupStore(folder: folder, codec: store.codec)
        for url in groups.groupFiles() {
            _ = check(url, into: &report) { () throws(StorageError) in try groups.read(url) }
        }
        if FileManager.default.fileExists(atPath: folder.community.path) {
            _ = check(folder.community, into: &report) { () throws(StorageError) in
                try DirectoryStore(folder: folder, codec: store.codec).read()
            }
        }
        let leftovers = hiddenTemporaryFiles(in: folder.plans)
        if !leftovers.isEmpty {
            report.lines.append(
                "note: \(leftovers.count) temporary file(s) from an interrupted save; they are tidied away when the plan is next opened."
            )
        }
        report.lines.append(
            report.problems.isEmpty ? "All files can be read." : "\(report.problems.count) file(s) could not be read.")
        return report
    }

    /// Reads one file and says how it stands; returns what was read, or nil when it could not be.
    private static func check<T>(_ url: URL, into report: inout Report, _ read: () throws(StorageError) -> T) -> T? {
        let name = url.path
        do {
            let value = try read()
            if let plan = value as? Plan, plan.schemaVersion > Plan.currentSchemaVersion {
                report.lines.append("ok: made by a newer assetmap, read-only here: \(name)")
            } else {
                report.lines.append("ok: \(name)")
            }
            return value
        } catch {
            if case .newerVersion = error.reason {
                report.lines.append("ok: made by a newer assetmap, read-only here: \(name)")
            } else {
                report.lines.append("could not be read: \(name): \(error.readReason)")
                report.problems.append(name)
            }
            return nil
        }
    }

    private static func checkPermissions(_ folder: DataFolder, into report: inout Report) {
        for url in [folder.root, folder.plans, folder.bin, folder.locks, folder.groups] {
            if let mode = mode(of: url.path), mode & 0o077 != 0 {
                report.lines.append("warning: \(url.path) can be read by other users; run chmod 700 on it.")
            }
        }
        for url in [folder.plans, folder.bin, folder.groups].flatMap(DataFolder.dataFiles) {
            // A folder or pipe named like a plan is reported as unreadable; chmod 600 is no advice for it.
            if let mode = mode(of: url.path), mode & 0o077 != 0, isPlainFile(url.path) {
                report.lines.append("warning: \(url.path) can be read by other users; run chmod 600 on it.")
            }
        }
    }

    private static func hiddenTemporaryFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasPrefix(".") && $0.contains(".tmp-")
        }
    }

    private static func isPlainFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    static func mode(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o777
    }
}
