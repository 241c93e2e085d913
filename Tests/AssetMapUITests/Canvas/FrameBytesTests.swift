import AssetMapCore
import Testing

@testable import AssetMapUI

@Suite struct FrameBytesTests {
    /// Readable stand-ins for a terminal's codes, so a frame reads as what it does.
    private static let codes = TerminalCodes(
        cursorAddress: .ansi, styles: [.dim: Array("<dim>".utf8), .selected: Array("<sel>".utf8)],
        plain: Array("<plain>".utf8), clearScreen: Array("<clear>".utf8), hideCursor: Array("<hide>".utf8),
        showCursor: Array("<show>".utf8), writesLastCell: true)

    private func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).replacing("\u{1B}[", with: "^")
    }

    /// What is sent for a change to a screen already shown: `draw` makes the screen, `change` changes it.
    private func sent(_ size: Size, _ draw: (inout Canvas) -> Void, then change: (inout Canvas) -> Void) -> String {
        var frames = FrameBytes(codes: Self.codes)
        var before = Canvas(size: size)
        draw(&before)
        _ = frames.frame(from: nil, to: before)
        var after = before
        change(&after)
        return text(frames.frame(from: before, to: after))
    }

    @Test func aFirstFrameClearsTheScreenAndSendsOnlyWhatIsNotBlank() {
        var frames = FrameBytes(codes: Self.codes)
        var canvas = Canvas(size: Size(width: 10, height: 3))
        canvas.write("Zoë", at: Point(x: 2, y: 0))
        canvas.write("ok", at: Point(x: 0, y: 2), role: .dim)
        #expect(text(frames.frame(from: nil, to: canvas)) == "<hide><plain><clear>^1;3H<plain>Zoë^3;1H<dim>ok<plain>")
    }

    @Test func aLaterFrameSendsTheChangedCellsMovingOnlyWhereItMustAndSettingEachStyleOnce() {
        var frames = FrameBytes(codes: Self.codes)
        var before = Canvas(size: Size(width: 12, height: 2))
        before.write("Robin Hale", at: Point(x: 0, y: 0))
        _ = frames.frame(from: nil, to: before)
        var after = before
        after.write("Rob", at: Point(x: 0, y: 0), role: .selected)
        after.write("Y", at: Point(x: 6, y: 0))
        after.write("  ", at: Point(x: 0, y: 1), role: .selected)
        #expect(text(frames.frame(from: before, to: after)) == "^1;1H<sel>Rob^1;7H<plain>Y^2;1H<sel>  <plain>")
        #expect(frames.frame(from: after, to: after).isEmpty, "nothing changed, nothing sent")
    }

    @Test func aFewCellsLeftAsTheyWereAreSentAgainRatherThanJumpedButNeverOntoTheNextRow() {
        let bytes = sent(Size(width: 30, height: 2)) { before in
            before.write("Person number 67", at: Point(x: 0, y: 0))
            before.write("ab", at: Point(x: 28, y: 0))
        } then: { after in
            after.write("E", at: Point(x: 1, y: 0))
            after.write("Q", at: Point(x: 3, y: 0))
            after.write("8", at: Point(x: 15, y: 0))
            after.write("X", at: Point(x: 27, y: 0))
            after.write("c", at: Point(x: 0, y: 1))
        }
        // The "r" between is sent again; "on number 6" is longer than a move; "ab" at the row's end is not sent to
        // reach the next row.
        #expect(bytes == "^1;2H<plain>ErQ^1;16H8^1;28HX^2;1Hc<plain>")
    }

    @Test func aBlankIsWrittenInAnyStyleWhoseBlankLooksTheSameAndAfterPlainOnlyAStylesOwnPartIsSent() {
        var codes = Self.codes
        codes.styles = [
            .dim: Array("<plain><dim>".utf8), .selected: Array("<plain><rev>".utf8),
            .border: Array("<plain><blue>".utf8),
        ]
        codes.plainBlanks = [.dim, .border]
        var frames = FrameBytes(codes: codes)
        var canvas = Canvas(size: Size(width: 12, height: 1))
        canvas.write("·· a", at: Point(x: 0, y: 0), role: .border)
        canvas.write(" b", at: Point(x: 4, y: 0), role: .dim)
        canvas.write(" c", at: Point(x: 6, y: 0), role: .selected)
        canvas.write(" d", at: Point(x: 8, y: 0))
        // The blank before b is written in blue; the one before c in reverse, where it shows; the one before d is left
        // to the cleared screen and jumped, a plain blank not looking like a reversed one.
        #expect(
            text(frames.frame(from: nil, to: canvas))
                == "<hide><plain><clear>^1;1H<plain><blue>·· a <plain><dim>b<plain><rev> c^1;10H<plain>d<plain>")
        var after = canvas
        after.write("D", at: Point(x: 9, y: 0))
        after.write("e", at: Point(x: 11, y: 0), role: .border)
        #expect(text(frames.frame(from: canvas, to: after)) == "^1;10H<plain>D <blue>e<plain>")
    }

    @Test func wideCharactersMoveTheCursorTwoColumnsAndTheLastColumnIsFollowedByAMove() {
        let bytes = sent(Size(width: 6, height: 2)) { before in
            before.write("abcdef", at: Point(x: 0, y: 0))
        } then: { after in
            after.write("李x", at: Point(x: 1, y: 0))
            after.write("XY", at: Point(x: 4, y: 0))
            after.write("Z", at: Point(x: 0, y: 1))
        }
        #expect(bytes == "^1;2H<plain>李xXY^2;1HZ<plain>")
    }

    @Test func theCursorIsShownWhereSomeoneTypesAndHiddenAgainAfter() {
        var frames = FrameBytes(codes: Self.codes)
        var typing = Canvas(size: Size(width: 5, height: 1))
        typing.cursor = Point(x: 3, y: 0)
        #expect(text(frames.frame(from: nil, to: typing)) == "<hide><plain><clear>^1;4H<show>")
        var done = typing
        done.cursor = nil
        done.write("a", at: Point(x: 0, y: 0))
        #expect(text(frames.frame(from: typing, to: done)) == "<hide>^1;1H<plain>a<plain>")
        #expect(text(frames.farewell()) == "<plain><clear><show>")
    }

    @Test func theLastCellIsLeftAloneOnATerminalThatWouldScrollAndATerminalsOwnAddressingIsUsed() {
        var codes = Self.codes
        codes.writesLastCell = false
        codes.cursorAddress = .other { row, column in Array("<\(row),\(column)>".utf8) }
        var frames = FrameBytes(codes: codes)
        var canvas = Canvas(size: Size(width: 3, height: 2))
        canvas.write("abc", at: Point(x: 0, y: 1))
        #expect(text(frames.frame(from: nil, to: canvas)) == "<hide><plain><clear><1,0><plain>ab<plain>")
    }

    @Test func aResizedCanvasIsDrawnWhole() {
        var frames = FrameBytes(codes: Self.codes)
        var small = Canvas(size: Size(width: 3, height: 1))
        small.write("abc", at: Point(x: 0, y: 0))
        _ = frames.frame(from: nil, to: small)
        var large = Canvas(size: Size(width: 4, height: 1))
        large.write("abc", at: Point(x: 0, y: 0))
        #expect(text(frames.frame(from: small, to: large)) == "<plain><clear>^1;1H<plain>abc<plain>")
    }
}
