import AssetMapCore
import Foundation
import TestSupport
import Testing

/// Saving when it cannot be done: the program says so, keeps the change, and saves as soon as it can.
/// The plan file is never half written or emptied meanwhile.
@Suite(.serialized) struct FaultTests {
    func planFile(in dataDir: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: dataDir + "/plans").filter {
            $0.hasSuffix(".json") && !$0.hasPrefix(".")
        }
        return URL(fileURLWithPath: dataDir + "/plans/" + (try #require(names.first)))
    }

    func goodLife(in dataDir: String) throws -> String {
        try PlanJSON.decode(Plan.self, from: Data(contentsOf: planFile(in: dataDir))).goodLife
    }

    @Test(.enabled(if: SmallDisk.available, "needs root to mount a small tmpfs"))
    func aFullDiskIsSaidPlainlyAndTheChangeIsSavedWhenThereIsRoom() throws {
        let disk = try SmallDisk(kilobytes: 256)
        let dataDir = disk.url.appendingPathComponent("data").path
        let session = try TmuxSession([Program.path, "new", "Full Disk", "--data-dir", dataDir])
        try session.waitFor("[1 Overview]")
        disk.fill()
        try session.press("End", "Enter")
        try session.type("by the sea")
        try session.waitFor("NOT SAVED YET")
        try session.waitFor("the disk is full")
        #expect(try goodLife(in: dataDir) == "", "the old file is still whole and unchanged")
        try disk.makeRoom()
        try session.waitFor("Saved now.")
        #expect(try goodLife(in: dataDir) == "by the sea")
    }

    @Test(.enabled(if: SmallDisk.available, "needs root to mount a folder read-only"))
    func aReadOnlyFolderIsSaidPlainlyAndTheChangeIsSavedWhenItCanBe() throws {
        let folder = EndToEndFolder()
        let session = try folder.startOnOverview(["new", "Read Only"])
        let readOnly = try ReadOnlyFolder(folder.dataDir + "/plans")
        try session.press("End", "Enter")
        try session.type("allotment")
        try session.waitFor("NOT SAVED YET")
        try session.waitFor("cannot be written to")
        #expect(try goodLife(in: folder.dataDir) == "")
        readOnly.release()
        try session.waitFor("Saved now.")
        #expect(try goodLife(in: folder.dataDir) == "allotment")
    }

    @Test func theDataFolderTakenAwayWhileAPlanIsOpenIsWaitedFor() throws {
        let folder = EndToEndFolder()
        let session = try folder.startOnOverview(["new", "Moved Folder"])
        let away = folder.temporary.url.appendingPathComponent("away").path
        try FileManager.default.moveItem(atPath: folder.dataDir, toPath: away)
        try session.press("End", "Enter")
        try session.type("choir")
        try session.waitFor("NOT SAVED YET")
        #expect(
            !FileManager.default.fileExists(atPath: folder.dataDir), "the folder must not be made again somewhere else")
        try FileManager.default.moveItem(atPath: away, toPath: folder.dataDir)
        try session.waitFor("Saved now.")
        #expect(try goodLife(in: folder.dataDir) == "choir")
        try session.press("Escape")
        usleep(100_000)
        try session.press("q", "q")
        #expect(session.waitForExit())
        #expect(session.exitStatus == 0)
    }
}
