import AssetMapCore
import AssetMapCrypto
import Foundation

/// Reading and saving plans as the program does: durable saves with fsync, plain and encrypted.
enum StorageBenchmarks {
    static let passphrase = "correct horse battery"

    static func run(_ runner: inout BenchmarkRunner) throws {
        guard ["caseload of 200", "passphrase", "encrypted", "save"].contains(where: runner.wants) else { return }
        let plain = BenchPlans.temporaryFolder("plain")
        defer { BenchPlans.remove(plain) }
        try BenchPlans.fill(plain, count: 200)
        let plainStore = PlanStore(folder: plain)
        runner.measure("caseload of 200 plans: list (plain)", runs: 50) { _ = plainStore.list() }

        let sealed = BenchPlans.temporaryFolder("sealed")
        defer { BenchPlans.remove(sealed) }
        try BenchPlans.fill(sealed, count: 200)
        try FolderPassphrase.set(sealed, passphrase: passphrase)
        runner.measure("passphrase unlock (scrypt, N=2^15, r=8)", runs: 10) {
            _ = try? FolderPassphrase.unlock(sealed, passphrase: passphrase)
        }
        let codec = try FolderPassphrase.unlock(sealed, passphrase: passphrase).codec
        let sealedStore = PlanStore(folder: sealed, codec: codec)
        runner.measure("caseload of 200 plans: list (encrypted)", runs: 50) { _ = sealedStore.list() }
        runner.measure("caseload of 200 plans: list (encrypted, no index yet)", runs: 10, prepare: { unlink(sealed.index.path) }) {
            _ = sealedStore.list()
        }
        try runner.measure("open an encrypted caseload of 200: unlock and list", runs: 10) {
            let unlocked = try FolderPassphrase.unlock(sealed, passphrase: passphrase)
            _ = PlanStore(folder: sealed, codec: unlocked.codec).list()
        }

        let big = BenchPlans.network(150)
        for (name, store) in [("plain", plainStore), ("encrypted", sealedStore)] {
            var plan = big
            plan.id = UUID().uuidString.lowercased()
            let open = try store.create(plan)
            defer { open.close() }
            var counter = 0
            try runner.measure("save a 150-connection plan with fsync (\(name))", runs: 200) {
                counter += 1
                plan.goodLife = "edit \(counter)"
                try store.save(plan, in: open)
            }
        }
    }
}
