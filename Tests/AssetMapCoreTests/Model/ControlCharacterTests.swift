import AssetMapCore
import Foundation
import TestSupport
import Testing

/// No control character from a file or a command line gets into a plan: they are how a terminal is told to
/// change its title, clear itself or write the clipboard.
@Suite struct ControlCharacterTests {
    @Test func aHandWrittenFileIsReadWithoutItsControlCharacters() throws {
        let plan = try PlanJSON.decode(Plan.self, from: Fixtures.data("control-characters.json"))
        #expect(plan.person.name == "Imp]52;c;SGVsbG8=orted[2J Ctrl31m")
        #expect(plan.person.preferredName == "Eve]0;PWNED-TITLE")
        #expect(plan.goodLife == "Line one\nline two\nline three tabbed \\u001b stays as typed, del rawdel and raw c1 ")
        #expect(plan.network[0].name == "Friend[31m red")
        let again = try PlanJSON.decode(Plan.self, from: PlanJSON.encode(plan))
        #expect(again == plan)
        let written = String(decoding: try PlanJSON.encode(plan), as: UTF8.self)
        #expect(
            !written.replacingOccurrences(of: "\\\\", with: "").contains("\\u00"),
            "an escaped control character was written")
    }

    @Test func anImportedPlanHasNoControlCharacters() throws {
        let plan = try PlanImporter.read(Fixtures.data("control-characters.json"))
        #expect(!ControlCharacters.contains(plan.person.name))
        #expect(!ControlCharacters.contains(plan.person.preferredName ?? ""))
    }

    @Test func aPlanPutInTheFolderByHandIsListedWithoutThem() throws {
        let temporary = TemporaryFolder()
        let folder = DataFolder(root: temporary.url)
        try folder.prepare()
        try Fixtures.data("control-characters.json").write(
            to: folder.planFile(id: "c0c1c0c1-0000-4000-8000-00000000e5c0"))
        guard case .plan(let summary, _, _)? = PlanStore(folder: folder).list().first else {
            Issue.record("the plan was not listed")
            return
        }
        #expect(summary.displayName == "Eve]0;PWNED-TITLE (Imp]52;c;SGVsbG8=orted[2J Ctrl31m)")
    }

    @Test func oneLineTextLosesControlsAndKeepsWordsApart() {
        #expect(ControlCharacters.removed(from: "Eve\u{1B}]0;T\u{07}\tRed\nBlue\u{9B}") == "Eve]0;T Red Blue")
        #expect(ControlCharacters.removed(from: "a\tb\nc\u{1B}", keepingLayout: true) == "a\tb\nc")
        #expect(ControlCharacters.removed(from: "Zoë Ní Bhriain 李") == "Zoë Ní Bhriain 李")
    }
}
