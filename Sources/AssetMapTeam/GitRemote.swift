import FoundationEssentials

/// Talking to the team's remote: a bare repository on a drive or stick, or one reached over ssh.
extension Git {
    /// A remote given as a folder on this computer (not `host:path` or `scheme://…`).
    static func localPath(of remote: String) -> String? {
        if remote.contains("://") {
            return remote.hasPrefix("file://") ? String(remote.dropFirst("file://".count)) : nil
        }
        if let colon = remote.firstIndex(of: ":"), !remote[..<colon].contains("/") { return nil }
        return remote
    }

    /// A folder named as the remote that does not exist yet, or is empty, becomes a bare repository the
    /// whole team can write to: the first to join fills it.
    func prepareRemote(_ remote: String) throws(TeamProblem) {
        guard let path = Self.localPath(of: remote) else { return }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: parent.isEmpty ? "." : parent) else { throw .unreachable }
        let contents = try? FileManager.default.contentsOfDirectory(atPath: path)
        guard contents == nil || contents?.isEmpty == true else { return }
        let result = try run(["init", "--bare", "--quiet", "--shared=group", path])
        guard result.succeeded else { throw .unreachable }
    }

    /// Brings in the team's history; nil when it is still empty.
    func fetch(_ remote: String) throws(TeamProblem) -> String? {
        if let path = Self.localPath(of: remote), !FileManager.default.fileExists(atPath: path) { throw .unreachable }
        let result = try run(
            [
                "fetch", "--quiet", "--no-tags", "--prune", "--no-write-fetch-head", remote,
                "+refs/heads/*:refs/remotes/team/*",
            ], timeoutSeconds: 300)
        guard result.succeeded else { throw problem(result, remote: remote) }
        let main = try run(["rev-parse", "--verify", "--quiet", "refs/remotes/team/main^{commit}"])
        return main.succeeded ? main.outputText.trimmed : nil
    }

    /// False when someone else sent their changes first; then fetch and merge again.
    func push(_ commit: String, to remote: String) throws(TeamProblem) -> Bool {
        let result = try run(
            ["push", "--quiet", "--no-verify", remote, "\(commit):refs/heads/main"], timeoutSeconds: 300)
        if result.succeeded { return true }
        let text = result.errorText
        if text.contains("[rejected]") || text.contains("non-fast-forward") || text.contains("fetch first")
            || text.contains("cannot lock ref") || text.contains("failed to update ref")
        {
            return false
        }
        throw problem(result, remote: remote)
    }

    /// Whether the remote could not be reached at all, or was reached and could not be read.
    private func problem(_ result: ProgramRun, remote: String) -> TeamProblem {
        let text = result.errorText
        let unreachable = [
            "Could not resolve hostname", "Connection refused", "Connection timed out", "No route to host",
            "Network is unreachable", "Host key verification failed", "Permission denied",
            "Connection closed", "Could not read from remote repository", "unable to access",
        ]
        if let path = Self.localPath(of: remote) {
            return FileManager.default.fileExists(atPath: path)
                ? .damagedRemote("it is not a team's folder or is damaged") : .unreachable
        }
        if unreachable.contains(where: text.contains) && !text.contains("does not appear to be a git repository") {
            return .unreachable
        }
        return .damagedRemote("it is not a team's folder or is damaged")
    }
}
