import AssetMapCore
import Foundation
import TestSupport
import Testing

@Suite struct PlanStoreTests {
    let temporary = TemporaryFolder()
    var folder: DataFolder { DataFolder(root: temporary.url.appendingPathComponent("data")) }
    var store: PlanStore { PlanStore(folder: folder) }

    @Test func aCreatedPlanIsSavedUnderItsIdAndReadsBackTheSame() throws {
        let plan = Samples.fullPlan()
        let open = try store.create(plan)
        defer { open.close() }
        #expect(open.url.lastPathComponent == "\(plan.id).json")
        #expect(try store.read(open.url) == plan)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.plans.path)
        #expect(!names.joined().contains("Zo"))
    }

    @Test func filesArePrivateAndFoldersClosedEvenWithAnOpenUmask() throws {
        try withUmask(0o022) {
            let open = try store.create(Samples.plan())
            try store.save(Samples.fullPlan(), in: open)
            open.close()
            #expect(permissions(of: open.url.path) == 0o600)
            for url in [folder.root, folder.plans, folder.bin, folder.locks] {
                #expect(permissions(of: url.path) == 0o700)
            }
            #expect(permissions(of: folder.lockFile(name: Samples.plan().id).path) == 0o600)
        }
    }

    @Test func anExistingFolderIsMadePrivate() throws {
        try FileManager.default.createDirectory(
            at: folder.root, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o755])
        try folder.prepare()
        #expect(permissions(of: folder.root.path) == 0o700)
    }

    @Test func unknownKeysInAHandWrittenFileSurviveBeingSavedAgain() throws {
        try folder.prepare()
        let url = folder.plans.appendingPathComponent("5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234.json")
        try Fixtures.data("handwritten-plan.json").write(to: url)
        let open = try store.open(id: "5b1e0c9a-2f43-4a7e-9d61-0d3c8a7b1234")
        defer { open.close() }
        var plan = open.plan
        plan.goodLife = "Changed"
        try store.save(plan, in: open)
        let saved = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(saved.contains("kept on save"))
        #expect(saved.contains("favouriteColour"))
        #expect(saved.contains("sinceYear"))
    }

    @Test func aSecondOpenOfTheSamePlanIsReadOnlyAndSaysWhoHasIt() throws {
        let first = try store.create(Samples.plan())
        defer { first.close() }
        let second = try PlanStore(folder: folder).open(id: Samples.plan().id)
        guard case .heldElsewhere(let holder)? = second.readOnly else {
            Issue.record("the second open was not read-only")
            return
        }
        #expect(holder.contains("process \(getpid())"))
        #expect(throws: StorageError.self) { try store.save(Samples.plan(), in: second) }
        first.close()
        let third = try store.open(id: Samples.plan().id)
        #expect(third.readOnly == nil)
        third.close()
    }

    @Test func aDamagedFileIsListedWithItsReasonAndLeftByteForByte() throws {
        let good = try store.create(Samples.plan())
        good.close()
        let damaged = folder.plans.appendingPathComponent("1d2c3b4a-0000-4000-8000-00000000bad1.json")
        let bytes = try Fixtures.data("bad-ring.json")
        try bytes.write(to: damaged)
        let truncated = folder.plans.appendingPathComponent("00000000-0000-4000-8000-00000000abcd.json")
        try Data("{\"schemaVersion\": 1, \"id\": \"tr".utf8).write(to: truncated)
        let entries = store.list()
        #expect(entries.count == 3)
        #expect(entries.first.map { if case .plan = $0 { return true } else { return false } } == true)
        #expect(
            entries.contains(.unreadable(path: damaged.path, reason: "network[1].ring must be a number from 1 to 5")))
        #expect(entries.contains(.unreadable(path: truncated.path, reason: "the file is not valid JSON")))
        #expect(try Data(contentsOf: damaged) == bytes)
        #expect(throws: StorageError.self) { try store.open(id: "1d2c3b4a-0000-4000-8000-00000000bad1") }
        #expect(try Data(contentsOf: damaged) == bytes)
    }

    @Test func theCaseloadIsSortedByMostRecentlyChanged() throws {
        var older = Samples.plan(name: "Older", id: "00000000-0000-4000-8000-000000000001")
        older.updatedAt = Samples.created
        var newer = Samples.plan(name: "Newer", id: "00000000-0000-4000-8000-000000000002")
        newer.updatedAt = Samples.later
        _ = try store.add(older)
        _ = try store.add(newer)
        let names = store.list().compactMap { entry -> String? in
            if case .plan(let summary, _, _) = entry { return summary.name }
            return nil
        }
        #expect(names == ["Newer", "Older"])
    }

    @Test func deletingMovesThePlanToTheBinAndItCanBeBroughtBack() throws {
        let open = try store.create(Samples.plan())
        open.close()
        let binned = try store.moveToBin(open.url, id: Samples.plan().id)
        #expect(binned.deletingLastPathComponent().lastPathComponent == "bin")
        #expect(store.list().isEmpty)
        #expect(try store.read(binned) == Samples.plan())
        try store.restore(fromBin: binned, to: open.url)
        #expect(store.list().count == 1)
    }

    @Test func binningTheSamePlanTwiceKeepsBothCopies() throws {
        let url = try store.add(Samples.plan())
        let first = try store.moveToBin(url, id: Samples.plan().id)
        _ = try store.add(Samples.plan())
        let second = try store.moveToBin(url, id: Samples.plan().id)
        #expect(first != second)
        #expect(FileManager.default.fileExists(atPath: first.path))
        #expect(FileManager.default.fileExists(atPath: second.path))
    }

    @Test func aPlanOpenElsewhereCannotBeBinned() throws {
        let open = try store.create(Samples.plan())
        defer { open.close() }
        #expect(throws: StorageError.self) { try PlanStore(folder: folder).moveToBin(open.url, id: Samples.plan().id) }
    }

    @Test func aNewerFormatOpensReadOnly() throws {
        try folder.prepare()
        try Fixtures.data("newer-version.json").write(to: folder.planFile(id: "9a8b7c6d-0000-4000-8000-0000000000f2"))
        let open = try store.open(id: "9a8b7c6d-0000-4000-8000-0000000000f2")
        #expect(open.readOnly == .newerVersion(2))
        #expect(open.plan.goodLife == "Written by a later assetmap.")
    }

    @Test func aFileChangedByAnotherProgramIsNotSavedOverWithoutBeingAsked() throws {
        let open = try store.create(Samples.plan())
        defer { open.close() }
        var other = Samples.plan()
        other.goodLife = "Written elsewhere"
        usleep(10_000)
        try PlanJSON.encode(other).write(to: open.url)
        var mine = Samples.plan()
        mine.goodLife = "Mine"
        #expect(throws: StorageError(.changedOnDisk, path: open.url.path)) { try store.save(mine, in: open) }
        #expect(try store.read(open.url).goodLife == "Written elsewhere")
        try store.save(mine, in: open, overwriting: true)
        #expect(try store.read(open.url).goodLife == "Mine")
    }

    @Test func aSaveIntoARemovedFolderFailsPlainlyAndLeavesNothingHalfWritten() throws {
        let open = try store.create(Samples.plan())
        defer { open.close() }
        try FileManager.default.removeItem(at: folder.plans)
        #expect(throws: StorageError(.folderMissing, path: folder.plans.path)) {
            try store.save(Samples.fullPlan(), in: open)
        }
    }

    @Test func aSaveIntoAReadOnlyFolderFailsAndKeepsTheOldFile() throws {
        guard getuid() != 0 else { return }  // root writes anywhere; the fault tests cover this with a full disk
        let open = try store.create(Samples.plan())
        defer { open.close() }
        chmod(folder.plans.path, 0o500)
        defer { chmod(folder.plans.path, 0o700) }
        #expect(throws: StorageError.self) { try store.save(Samples.fullPlan(), in: open) }
        #expect(try store.read(open.url) == Samples.plan())
    }

    @Test func leftoverTemporaryFilesAreTidiedWhenThePlanIsOpened() throws {
        _ = try store.add(Samples.plan())
        let leftover = folder.plans.appendingPathComponent(".\(Samples.plan().id).json.tmp-deadbeef")
        try Data("half".utf8).write(to: leftover)
        #expect(store.list().count == 1)
        let open = try store.open(id: Samples.plan().id)
        open.close()
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }

    @Test func plansAreFoundByIdExactNameOrPartOfAName() throws {
        _ = try store.add(Samples.plan(name: "Zoë Ní Bhriain", id: "00000000-0000-4000-8000-000000000001"))
        _ = try store.add(Samples.plan(name: "Zoe Smith", id: "00000000-0000-4000-8000-000000000002"))
        _ = try store.add(Samples.plan(name: "Li Wei 李伟", id: "00000000-0000-4000-8000-000000000003"))
        #expect(store.find("00000000-0000-4000-8000-000000000003").id == "00000000-0000-4000-8000-000000000003")
        #expect(store.find("zoe smith").id == "00000000-0000-4000-8000-000000000002")
        #expect(store.find("李").id == "00000000-0000-4000-8000-000000000003")
        guard case .several(let both) = store.find("zoe") else {
            Issue.record("zoe should match two plans")
            return
        }
        #expect(both.count == 2)
        #expect(store.find("nobody") == .none)
    }
}

extension PlanStore.Match {
    var id: String? {
        if case .one(let found) = self { return found.summary.id }
        return nil
    }
}
