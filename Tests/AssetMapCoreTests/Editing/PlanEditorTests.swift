import AssetMapCore
import Foundation
import TestSupport
import Testing

@Suite struct PlanEditorTests {
    let now = Samples.later.addingTimeInterval(0.75)

    @Test func anAcceptedChangeSetsUpdatedAtToTheWholeSecond() throws {
        var editor = PlanEditor(plan: Samples.plan())
        try editor.apply(.setGoodLife("Sea"), now: now)
        #expect(editor.plan.updatedAt == Samples.later)
        #expect(editor.past.map(\.summary) == ["changing what a good life looks like"])
    }

    @Test func movedToANewIDEveryVersionUndoAndRedoBringBackHasIt() throws {
        var editor = PlanEditor(plan: Samples.plan())
        try editor.apply(.setGoodLife("Sea"), now: now)
        try editor.apply(.addConnection(Samples.connection("c1", "Mum", ring: 1)), now: now)
        _ = editor.undo(now: now)
        editor.moveToNewID("copy")
        #expect(editor.plan.id == "copy")
        #expect(editor.undo(now: now) != nil)
        #expect(editor.plan.id == "copy" && editor.plan.goodLife == "")
        _ = editor.redo(now: now)
        _ = editor.redo(now: now)
        #expect(editor.plan.id == "copy" && editor.plan.network.count == 1)
    }

    @Test func undoAndRedoWalkBackAndForthThroughSeveralChanges() throws {
        var editor = PlanEditor(plan: Samples.plan())
        let original = editor.plan
        try editor.apply(.addConnection(Samples.connection("c1", "Mum", ring: 1)), now: now)
        let afterOne = editor.plan
        try editor.apply(.moveConnectionRing(id: "c1", inwards: false), now: now)
        try editor.apply(.setGoodLife("Sea"), now: now)
        #expect(editor.undo(now: now) == "changing what a good life looks like")
        #expect(editor.undo(now: now) == "moving someone to another ring")
        #expect(editor.plan.network == afterOne.network)
        #expect(editor.undo(now: now) == "adding to the map")
        #expect(editor.plan.network == original.network)
        #expect(editor.undo(now: now) == nil)
        #expect(editor.redo(now: now) == "adding to the map")
        #expect(editor.redo(now: now) == "moving someone to another ring")
        #expect(editor.plan.network[0].ring == 2)
        #expect(editor.canRedo)
    }

    @Test func aNewChangeClearsWhatCouldBeRedone() throws {
        var editor = PlanEditor(plan: Samples.plan())
        try editor.apply(.setGoodLife("A"), now: now)
        editor.undo(now: now)
        try editor.apply(.addNote(Note(id: "n", date: Samples.day("2026-01-02"), text: "Hi")), now: now)
        #expect(!editor.canRedo)
    }

    @Test func typingIsUndoneInOneGoNotLetterByLetter() throws {
        var editor = PlanEditor(plan: Samples.plan())
        for text in ["W", "Wa", "Wal", "Walk"] { try editor.apply(.setGoodLife(text), now: now) }
        #expect(editor.past.count == 1)
        editor.breakCoalescing()
        try editor.apply(.setGoodLife("Walks"), now: now)
        #expect(editor.past.count == 2)
        editor.undo(now: now)
        #expect(editor.plan.goodLife == "Walk")
        editor.undo(now: now)
        #expect(editor.plan.goodLife == "")
    }

    @Test func aRejectedOrEmptyChangeLeavesTheHistoryAlone() throws {
        var editor = PlanEditor(plan: Samples.plan())
        #expect(throws: EditRejection.self) { try editor.apply(.deleteNote(id: "none"), now: now) }
        try editor.apply(.setGoodLife(""), now: now)
        #expect(editor.past.isEmpty)
        #expect(editor.plan == Samples.plan())
    }

    @Test func historyIsCappedSoMemoryStaysSmall() throws {
        var editor = PlanEditor(plan: Samples.plan())
        for index in 0..<(PlanEditor.undoLimit + 20) {
            try editor.apply(.addNote(Note(id: "n\(index)", date: Samples.day("2026-01-02"), text: "note")), now: now)
        }
        #expect(editor.past.count == PlanEditor.undoLimit)
    }
}
