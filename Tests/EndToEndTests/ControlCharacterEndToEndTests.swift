import AssetMapCore
import Foundation
import TestSupport
import Testing

/// Names holding escape sequences, from `new`, `import` or a file put in by hand, never reach a terminal:
/// they are stored without them and nothing printed holds one.
@Suite(.serialized) struct ControlCharacterEndToEndTests {
    let folder = EndToEndFolder()
    static let hostileName = "Eve\u{1B}]0;PWNED-TITLE\u{07}\u{1B}[2J\u{1B}[31mRed\tTab\u{7F}Del"

    func controls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { ControlCharacters.isControl($0) && $0 != "\n" }
    }

    @Test func namesFromNewImportAndAHandPlacedFileAreStoredAndListedWithoutControlCharacters() throws {
        let session = try folder.startOnOverview(["new", Self.hostileName])
        #expect(try session.leavePlanAndQuit())
        let exported = folder.temporary.file("from-elsewhere.json")
        try Fixtures.data("control-characters.json").write(to: exported)
        let imported = try Program.run(["import", exported.path], dataDir: folder.dataDir)
        #expect(imported.status == 0, "\(imported.errors)")
        let handPlaced = String(decoding: try Fixtures.data("control-characters.json"), as: UTF8.self)
            .replacingOccurrences(
                of: "c0c1c0c1-0000-4000-8000-00000000e5c0", with: "c0c1c0c1-0000-4000-8000-00000000e5c1")
        try handPlaced.write(
            toFile: folder.dataDir + "/plans/c0c1c0c1-0000-4000-8000-00000000e5c1.json", atomically: true,
            encoding: .utf8)

        for file in folder.planFiles() where !file.lastPathComponent.hasSuffix("e5c1.json") {
            let text = try String(contentsOf: file, encoding: .utf8)
            let escaped = text.replacingOccurrences(of: "\\\\", with: "")
            #expect(
                !escaped.contains("\\u00") && !text.contains("\u{7F}"),
                "\(file.lastPathComponent) holds a control character")
        }
        let list = try Program.run(["list"], dataDir: folder.dataDir)
        #expect(list.status == 0)
        #expect(list.output.contains("PWNED-TITLE"), "the name is listed, without its escapes")
        #expect(controls(in: list.output).isEmpty, "list printed control characters: \(list.output.debugDescription)")
        let json = try Program.run(["list", "--json"], dataDir: folder.dataDir)
        #expect(controls(in: json.output).isEmpty)
        let check = try Program.run(["check"], dataDir: folder.dataDir)
        #expect(controls(in: check.output + check.errors).isEmpty)
        let export = try Program.run(["export", "Imp", "--format", "md"], dataDir: folder.dataDir)
        #expect(controls(in: export.output + export.errors).isEmpty)

        let pane = try TmuxSession([Program.path, "list", "--data-dir", folder.dataDir])
        #expect(pane.waitForExit())
        try pane.waitFor("PWNED-TITLE")
        #expect(!(try pane.title()).contains("PWNED"), "list changed the window's title")
    }

    @Test func anErrorNeverPrintsAControlCharacterItWasGiven() throws {
        let unknown = try Program.run(["frob\u{1B}]0;PWNED-TITLE\u{07}"], dataDir: folder.dataDir)
        #expect(unknown.status == 2)
        #expect(controls(in: unknown.errors + unknown.output).isEmpty, "\(unknown.errors.debugDescription)")
        let missing = try Program.run(
            ["import", folder.temporary.file("x\u{1B}[2J.json").path], dataDir: folder.dataDir)
        #expect(missing.status == 1)
        #expect(controls(in: missing.errors).isEmpty, "\(missing.errors.debugDescription)")
    }

    /// Colour and screen-clearing sequences pasted into a note leave no "[31m" behind, and a CR LF is one line break,
    /// pasted (marked as a paste) or sent as it is.
    @Test func escapeSequencesPastedOrTypedIntoANoteAreDroppedWholeAndCRLFIsOneLine() throws {
        let session = try folder.start(["new", "Pat Paste"])
        try session.waitFor("[1 Overview]")
        try session.press("6", "a")
        try session.waitFor("A note")
        try session.paste("Listens and\u{1B}[31m red\r\nsecond line\u{1B}[2J\u{1B}[Hthird", exactly: true)
        try session.type(" typed\u{1B}]0;PWNED\u{07}\r\nlast")
        try session.waitFor("last")
        try session.press("C-s")
        #expect(folder.waitUntilSaved("second linethird typed"))
        let saved = try folder.savedPlan()
        let notes = try #require(saved["notes"] as? [[String: Any]])
        #expect(notes.first?["text"] as? String == "Listens and red\nsecond linethird typed\nlast")
    }
}
