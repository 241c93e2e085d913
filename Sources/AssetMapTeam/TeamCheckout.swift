import AssetMapCore
import FoundationEssentials

extension TeamSync {
    /// The contents of every file the sync will write here, each checked first: a file that is not a plan (or
    /// not the directory, or not a keyring) stops the sync before anything here is written or anything is sent.
    func validatedIncoming(_ tree: [String: String], localIDs: [String: String]) throws(TeamProblem) -> [String: Data] {
        let wanted = tree.filter { LocalFiles.isShared($0.key) && localIDs[$0.key] != $0.value }
        let contents = try git.blobs(Array(wanted.values))
        let keyring = try tree["keyring.json"].flatMap { id throws(TeamProblem) in try git.blobs([id])[id] }
        let codec = keys.codec(forKeyring: keyring)
        for (path, id) in wanted {
            guard let data = contents[id] else { throw .damagedRemote("\(path) is missing") }
            try check(data, path: path, codec: codec)
        }
        return contents
    }

    private func check(_ stored: Data, path: String, codec: FileCodec?) throws(TeamProblem) {
        if path == "keyring.json" {
            guard (try? JSONDecoder().decode(JSONValue.self, from: stored)) != nil else {
                throw .damagedRemote("keyring.json is not a keyring")
            }
            return
        }
        // Files sealed under a keyring this passphrase does not open (the team changed it) are taken as they come:
        // their seal is checked when they are opened.
        guard let codec else {
            guard EncryptedEnvelope.looksSealed(stored) else {
                throw .damagedRemote("\(path) should be sealed and is not")
            }
            return
        }
        let plain: Data
        do {
            plain = try codec.unseal(stored, path: path)
        } catch {
            throw .damagedRemote("\(path) \(error.readReason)")
        }
        do {
            if path == "community.json" {
                _ = try PlanJSON.decode(CommunityDirectory.self, from: plain)
            } else {
                _ = try PlanJSON.decode(Plan.self, from: plain)
            }
        } catch {
            throw .damagedRemote("\(path) \(error)")
        }
    }

    /// Brings the files here up to the tree, one at a time and each atomically. A file changed here while the
    /// sync ran is left as it is, and remembered as based on what was read, so the next sync merges it.
    /// Returns, for each file, the version it now stands for.
    func checkout(
        _ tree: [String: String], incoming: [String: Data], localIDs: [String: String],
        report: inout SyncReport
    ) throws(TeamProblem) -> [String: String] {
        var base: [String: String] = [:]
        let paths = Set(tree.keys).union(localIDs.keys).filter(LocalFiles.isShared)
        // The keyring last: until it changes, the files here still open with the passphrase they had.
        for path in paths.sorted(by: { ($0 == "keyring.json" ? 1 : 0, $0) < ($1 == "keyring.json" ? 1 : 0, $1) }) {
            let want = tree[path]
            let read = localIDs[path]
            if want == read {
                base[path] = want
                continue
            }
            let now = try files.readOne(path).map(LocalFiles.blobID)
            var done = now == read
            if done, let want {
                guard let contents = incoming[want] else { throw .local("a file of its history is missing") }
                try files.write(contents, to: path)
            } else if done {
                done = try files.remove(path)
            }
            guard done else {
                base[path] = read
                report.leftForNext += 1
                continue
            }
            base[path] = want
            report.received += 1
            if path.hasPrefix("plans/") {
                report.plansChanged.append(String(path.dropFirst("plans/".count).dropLast(".json".count)))
            }
        }
        return base
    }
}
