import AssetMapCore
import Foundation
import TestSupport
import Testing

@Suite struct FolderCheckTests {
    let temporary = TemporaryFolder()

    @Test func everyFileIsListedAndABadOneIsCounted() throws {
        let folder = DataFolder(root: temporary.url)
        let store = PlanStore(folder: folder)
        _ = try store.add(Samples.plan())
        try Fixtures.data("bad-ring.json").write(to: folder.plans.appendingPathComponent("bad.json"))
        try Fixtures.data("community.json").write(to: folder.community)
        let report = FolderCheck.run(store)
        #expect(report.problems == [folder.plans.appendingPathComponent("bad.json").path])
        #expect(report.lines.contains("ok: \(folder.planFile(id: Samples.plan().id).path)"))
        #expect(report.lines.contains("ok: \(folder.community.path)"))
        #expect(report.lines.contains("Not encrypted (no passphrase set)."))
        #expect(report.lines.last == "1 file(s) could not be read.")
    }

    @Test func filesOthersCanReadAreWarnedAbout() throws {
        let folder = DataFolder(root: temporary.url)
        let store = PlanStore(folder: folder)
        let url = try store.add(Samples.plan())
        chmod(url.path, 0o644)
        let report = FolderCheck.run(store)
        #expect(report.lines.contains { $0.hasPrefix("warning: \(url.path)") })
        #expect(report.problems.isEmpty)
    }
}
