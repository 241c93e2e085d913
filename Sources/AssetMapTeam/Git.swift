import FoundationEssentials

/// The `git` program, run on the team's own repository with its own settings only: nothing in the person's own
/// git configuration is read or changed, no hook runs, nothing asks for a password on the terminal.
struct Git {
    /// The bare repository that keeps the team's history for this data folder.
    let directory: URL
    /// The person's own environment, for PATH and the ssh agent only.
    let inherited: [String: String]

    static let settings = [
        "core.hooksPath=/dev/null", "core.fsync=all", "core.autocrlf=false", "gc.autoDetach=false",
        "commit.gpgSign=false", "init.defaultBranch=main", "protocol.file.allow=always", "safe.directory=*",
        "transfer.fsckObjects=true", "advice.detachedHead=false", "user.useConfigOnly=false",
    ]

    var environment: [String: String] {
        var environment = [
            "GIT_DIR": directory.path,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": "/dev/null",
            "HOME": directory.deletingLastPathComponent().path,
            "XDG_CONFIG_HOME": directory.deletingLastPathComponent().path,
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_SSH_COMMAND":
                "ssh -o BatchMode=yes -o ConnectTimeout=20 -o ServerAliveInterval=15 -o ServerAliveCountMax=2",
            "LC_ALL": "C",
            "LANG": "C",
            "PATH": inherited["PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/bin:/usr/bin:/bin",
        ]
        for key in ["SSH_AUTH_SOCK", "TMPDIR"] { environment[key] = inherited[key] }
        return environment
    }

    /// Runs one git command; a failure that is not the remote's is reported as the repository's.
    func run(
        _ arguments: [String], input: Data = Data(), extra: [String: String] = [:],
        timeoutSeconds: Double = 120
    ) throws(TeamProblem) -> ProgramRun {
        let configured = Self.settings.flatMap { ["-c", $0] } + arguments
        do {
            return try ChildProgram.run(
                "git", configured, environment: environment.merging(extra) { $1 }, input: input,
                timeoutSeconds: timeoutSeconds)
        } catch .notFound {
            throw .gitMissing
        } catch .timedOut {
            throw .unreachable
        } catch {
            throw .local("git could not be started")
        }
    }

    /// Runs a command that must succeed and returns what it printed, without the last new line.
    func text(_ arguments: [String], input: Data = Data(), extra: [String: String] = [:]) throws(TeamProblem) -> String
    {
        let result = try run(arguments, input: input, extra: extra)
        guard result.succeeded else {
            throw .local("git \(arguments.first ?? "") did not finish: \(result.errorText.firstLine)")
        }
        return result.outputText.trimmed
    }

    func initialise() throws(TeamProblem) {
        try prepareFolder(directory)
        _ = try text(["init", "--bare", "--quiet", directory.path])
    }

    /// path → blob id of every file in a commit.
    func tree(of commit: String?) throws(TeamProblem) -> [String: String] {
        guard let commit else { return [:] }
        let listing = try text(["ls-tree", "-r", "-z", "--full-tree", commit])
        var files: [String: String] = [:]
        for entry in listing.split(separator: "\0") {
            // "<mode> blob <id>\t<path>"
            guard let tab = entry.firstIndex(of: "\t") else { continue }
            let fields = entry[..<tab].split(separator: " ")
            guard fields.count == 3, fields[1] == "blob" else { continue }
            files[String(entry[entry.index(after: tab)...])] = String(fields[2])
        }
        return files
    }

    /// The contents of blobs, read in one go.
    func blobs(_ ids: [String]) throws(TeamProblem) -> [String: Data] {
        let wanted = Array(Set(ids))
        guard !wanted.isEmpty else { return [:] }
        let result = try run(["cat-file", "--batch"], input: Data(wanted.map { $0 + "\n" }.joined().utf8))
        guard result.succeeded else { throw .local("git cat-file did not finish") }
        var contents: [String: Data] = [:]
        var rest = result.output[...]
        for id in wanted {
            // "<id> blob <size>\n<contents>\n"
            guard let newline = rest.firstIndex(of: 0x0A) else { break }
            let header = String(decoding: rest[..<newline], as: UTF8.self).split(separator: " ")
            rest = rest[rest.index(after: newline)...]
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]) else { continue }
            contents[id] = Data(rest.prefix(size))
            rest = rest.dropFirst(size + 1)
        }
        return contents
    }

    /// Stores contents in the repository and returns their ids, all in one call.
    func store(_ contents: [Data], in scratch: URL) throws(TeamProblem) -> [String] {
        guard !contents.isEmpty else { return [] }
        try prepareFolder(scratch)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var paths: [String] = []
        for (number, data) in contents.enumerated() {
            let path = scratch.appendingPathComponent("\(number)").path
            guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600])
            else {
                throw .local("the team's working folder could not be written")
            }
            paths.append(path)
        }
        let ids = try text(
            ["hash-object", "-w", "--no-filters", "--stdin-paths"], input: Data(paths.map { $0 + "\n" }.joined().utf8))
        return ids.split(separator: "\n").map(String.init)
    }

    /// Makes the tree for a set of files (`plans/…` in a tree of their own) and returns its id.
    func makeTree(_ files: [String: String]) throws(TeamProblem) -> String {
        var folders: [String: [String: String]] = [:]
        var top: [String] = []
        for (path, id) in files {
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                folders[parts[0], default: [:]][parts[1]] = id
            } else {
                top.append("100644 blob \(id)\t\(path)")
            }
        }
        for (folder, contents) in folders {
            let tree = try makeTree(contents)
            top.append("040000 tree \(tree)\t\(folder)")
        }
        return try text(["mktree", "-z"], input: Data(top.map { $0 + "\0" }.joined().utf8))
    }

    func commit(tree: String, parents: [String], author: String, message: String, at date: Date) throws(TeamProblem)
        -> String
    {
        let stamp = "\(Int(date.timeIntervalSince1970)) +0000"
        let identity = [
            "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "", "GIT_AUTHOR_DATE": stamp,
            "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": "", "GIT_COMMITTER_DATE": stamp,
        ]
        return try text(
            ["commit-tree", tree] + parents.flatMap { ["-p", $0] }, input: Data((message + "\n").utf8), extra: identity)
    }

    func isAncestor(_ ancestor: String, of commit: String) throws(TeamProblem) -> Bool {
        try run(["merge-base", "--is-ancestor", ancestor, commit]).succeeded
    }

    func mergeBase(_ first: String, _ second: String) throws(TeamProblem) -> String? {
        let result = try run(["merge-base", first, second])
        return result.succeeded ? result.outputText.trimmed : nil
    }

    /// Who last changed a file on the way to a commit, and when.
    func lastChange(of path: String, upTo commit: String) throws(TeamProblem) -> (author: String, date: Date)? {
        let line = try text(["log", "-1", "--format=%an%x09%ct", commit, "--", path])
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 2, let seconds = TimeInterval(fields[1]) else { return nil }
        return (String(fields[0]), Date(timeIntervalSince1970: seconds))
    }

    func setMain(_ commit: String) throws(TeamProblem) {
        _ = try text(["update-ref", "refs/heads/main", commit])
    }
}

extension String {
    var firstLine: String {
        split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    }
}
