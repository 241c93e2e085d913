import AssetMapCore
import FoundationEssentials

/// Merges two trees of shared files against the one both came from: file by file, and where both changed a
/// plan or the directory, field by field in memory (unsealed with the team's keys, sealed again after).
struct TreeMerge {
    let git: Git
    let keys: TeamKeys
    let scratch: URL
    /// Who changed a file last on each side, and when.
    let ourSource: (String) throws(TeamProblem) -> MergeSource
    let theirSource: (String) throws(TeamProblem) -> MergeSource

    private(set) var clashes = 0
    /// The keyring the merged tree keeps, known before any other file is merged.
    private var resultKeyring: Data?

    init(
        git: Git, keys: TeamKeys, scratch: URL, ourSource: @escaping (String) throws(TeamProblem) -> MergeSource,
        theirSource: @escaping (String) throws(TeamProblem) -> MergeSource
    ) {
        self.git = git
        self.keys = keys
        self.scratch = scratch
        self.ourSource = ourSource
        self.theirSource = theirSource
    }

    /// One file: the side that changed it wins; deleted on one side and changed on the other comes back.
    mutating func resolve(
        _ path: String, base: String?, ours: String?, theirs: String?,
        trees: Trees
    ) throws(TeamProblem) -> String? {
        if ours == theirs { return ours }
        if base == ours { return theirs }
        if base == theirs { return ours }
        guard let ours, let theirs else { return ours ?? theirs }
        return try mergeContents(path, base: base, ours: ours, theirs: theirs, trees: trees)
    }

    /// The three trees a merge works between; each file is opened with its own tree's keyring.
    struct Trees {
        var base: [String: String]
        var ours: [String: String]
        var theirs: [String: String]
    }

    /// Every path of the two trees merged.
    mutating func merge(_ trees: Trees) throws(TeamProblem) -> [String: String] {
        var result: [String: String] = [:]
        // The keyring first: every merged file is sealed under the one that results.
        let keyring = "keyring.json"
        result[keyring] = try resolve(
            keyring, base: trees.base[keyring], ours: trees.ours[keyring], theirs: trees.theirs[keyring],
            trees: trees)
        resultKeyring = try result[keyring].flatMap { id throws(TeamProblem) in try git.blobs([id])[id] }
        let paths = Set(trees.base.keys).union(trees.ours.keys).union(trees.theirs.keys).subtracting([keyring])
        for path in paths.sorted() {
            result[path] = try resolve(
                path, base: trees.base[path], ours: trees.ours[path], theirs: trees.theirs[path], trees: trees)
        }
        return result
    }

    private mutating func mergeContents(
        _ path: String, base: String?, ours: String, theirs: String,
        trees: Trees
    ) throws(TeamProblem) -> String {
        let isPlan = path.hasPrefix("plans/")
        guard isPlan || path == "community.json" else {
            if path == "keyring.json" { throw .passphraseChangedOnBoth }
            return theirs
        }
        let contents = try git.blobs([ours, theirs] + (base.map { [$0] } ?? []))
        let keyrings = try git.blobs(
            [trees.base["keyring.json"], trees.ours["keyring.json"], trees.theirs["keyring.json"]].compactMap { $0 })
        func plain(_ id: String?, tree: [String: String]) throws(TeamProblem) -> Data? {
            guard let id else { return nil }
            guard let sealed = contents[id] else { throw .local("a file of its history is missing") }
            guard let codec = keys.codec(forKeyring: tree["keyring.json"].flatMap { keyrings[$0] }) else {
                throw .wrongPassphrase
            }
            do {
                return try codec.unseal(sealed, path: path)
            } catch {
                throw EncryptedEnvelope.looksSealed(sealed)
                    ? .wrongPassphrase : .damagedRemote("\(path) \(error.readReason)")
            }
        }
        let mine = try plain(ours, tree: trees.ours)!
        let other = try plain(theirs, tree: trees.theirs)!
        let original = try plain(base, tree: trees.base)
        let merged: MergeResult
        do {
            merged =
                isPlan
                ? try TeamMerge.plan(
                    base: original, ours: mine, theirs: other, ourSource: try ourSource(path),
                    theirSource: try theirSource(path))
                : try TeamMerge.directory(
                    base: original, ours: mine, theirs: other, ourSource: try ourSource(path),
                    theirSource: try theirSource(path))
        } catch let problem as FormatProblem {
            throw .damagedRemote("\(path) \(problem)")
        } catch let problem as TeamProblem {
            throw problem
        } catch {
            throw .local("a merge did not finish")
        }
        clashes += merged.clashes
        return try seal(merged.data, path: path)
    }

    /// Seals with the keyring the merge keeps (the team's), and stores the result.
    private func seal(_ plain: Data, path: String) throws(TeamProblem) -> String {
        guard let codec = keys.codec(forKeyring: resultKeyring) else { throw .wrongPassphrase }
        let sealed: Data
        do {
            sealed = try codec.seal(plain)
        } catch {
            throw .wrongPassphrase
        }
        return try git.store([sealed], in: scratch)[0]
    }
}
