import AssetMapCore
import AssetMapCrypto
import Foundation

/// Reading and saving plans as the program does: durable saves with fsync, plain and encrypted.
enum StorageBenchmarks {
    static let passphrase = "correct horse battery"

    static let listPlain = "caseload of 200 plans: list (plain)"
    static let unlock = "passphrase unlock (scrypt, N=2^15, r=8)"
    static let listSealed = "caseload of 200 plans: list (encrypted)"
    static let listSealedCold = "caseload of 200 plans: list (encrypted, no index yet)"
    static let openSealed = "open an encrypted caseload of 200: unlock and list"
    static func read(_ kind: String) -> String { "read a 150-connection plan from its file (\(kind))" }
    static func save(_ kind: String) -> String { "save a 150-connection plan with fsync (\(kind))" }

    static func run(_ runner: inout BenchmarkRunner) throws {
        let names =
            [listPlain, unlock, listSealed, listSealedCold, openSealed]
            + ["plain", "encrypted"].flatMap { [read($0), save($0)] }
        guard names.contains(where: runner.wants) else { return }
        let plain = BenchPlans.temporaryFolder("plain")
        defer { BenchPlans.remove(plain) }
        try BenchPlans.fill(plain, count: 200)
        let plainStore = PlanStore(folder: plain)
        runner.measure(listPlain, runs: 50) { _ = plainStore.list() }

        let sealed = BenchPlans.temporaryFolder("sealed")
        defer { BenchPlans.remove(sealed) }
        try BenchPlans.fill(sealed, count: 200)
        try FolderPassphrase.set(sealed, passphrase: passphrase)
        runner.measure(unlock, runs: 10) { _ = try? FolderPassphrase.unlock(sealed, passphrase: passphrase) }
        let codec = try FolderPassphrase.unlock(sealed, passphrase: passphrase).codec
        let sealedStore = PlanStore(folder: sealed, codec: codec)
        runner.measure(listSealed, runs: 50) { _ = sealedStore.list() }
        runner.measure(listSealedCold, runs: 10, prepare: { unlink(sealed.index.path) }, { _ = sealedStore.list() })
        try runner.measure(openSealed, runs: 10) {
            let unlocked = try FolderPassphrase.unlock(sealed, passphrase: passphrase)
            _ = PlanStore(folder: sealed, codec: unlocked.codec).list()
        }

        let big = BenchPlans.network(150)
        for (kind, store) in [("plain", plainStore), ("encrypted", sealedStore)] {
            var plan = big
            plan.id = UUID().uuidString.lowercased()
            let open = try store.create(plan)
            defer { open.close() }
            try runner.measure(read(kind), runs: 200) { _ = try store.read(open.url) }
            var counter = 0
            try runner.measure(save(kind), runs: 200) {
                counter += 1
                plan.goodLife = "edit \(counter)"
                try store.save(plan, in: open)
            }
        }
    }
}
