import AssetMapCore
import AssetMapUI
import Testing

@Suite struct MouseDecoderTests {
    func decode(_ text: String) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.feed(Array(text.utf8)) + decoder.flush()
    }

    func press(_ x: Int, _ y: Int, _ button: MouseEvent.Button = .left) -> Key {
        .mouse(MouseEvent(.press(button), at: Point(x: x, y: y)))
    }

    @Test func anSGRPressIsAClickAtTheCellCountedFromNought() {
        #expect(decode("\u{1B}[<0;10;5M") == [press(9, 4)])
        #expect(decode("\u{1B}[<0;1;1M") == [press(0, 0)])
        #expect(decode("\u{1B}[<2;300;120M") == [press(299, 119, .right)])
        #expect(decode("\u{1B}[<1;3;3M") == [press(2, 2, .middle)])
    }

    @Test func releasesAndMovementSayNothing() {
        #expect(decode("\u{1B}[<0;10;5m").isEmpty)
        #expect(decode("\u{1B}[<32;10;5M").isEmpty)
        #expect(decode("\u{1B}[<35;10;5M").isEmpty)
        #expect(decode("\u{1B}[<0;10;5M\u{1B}[<0;10;5m") == [press(9, 4)])
    }

    @Test func theWheelTurnsUpAndDown() {
        #expect(decode("\u{1B}[<64;3;2M") == [.mouse(MouseEvent(.wheelUp, at: Point(x: 2, y: 1)))])
        #expect(decode("\u{1B}[<65;3;2M") == [.mouse(MouseEvent(.wheelDown, at: Point(x: 2, y: 1)))])
        #expect(decode("\u{1B}[<66;3;2M").isEmpty, "sideways")
    }

    @Test func shiftAltAndCtrlDoNotChangeWhichButton() {
        #expect(decode("\u{1B}[<4;10;5M\u{1B}[<8;10;5M\u{1B}[<16;10;5M") == [press(9, 4), press(9, 4), press(9, 4)])
    }

    @Test func aReportCutInTwoByTheReadIsOneClick() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(Array("\u{1B}[<0;1".utf8)).isEmpty)
        #expect(decoder.isWaiting)
        #expect(decoder.feed(Array("0;5Ma".utf8)) == [press(9, 4), .character("a")])
    }

    @Test func brokenReportsAreDroppedWithoutTypingAnything() {
        #expect(decode("\u{1B}[<0;;5M").isEmpty)
        #expect(decode("\u{1B}[<0;10M").isEmpty)
        #expect(decode("\u{1B}[<0;0;5M").isEmpty)
        #expect(decode("\u{1B}[<0;10;5;7Mq") == [.character("q")])
    }

    @Test func theOlderX10FormIsReadToo() {
        // Button, column and row each plus 32: a press at column 10, row 5.
        #expect(
            decode("\u{1B}[M" + String(UnicodeScalar(32)) + String(UnicodeScalar(42)) + String(UnicodeScalar(37))) == [
                press(9, 4)
            ])
        #expect(decode("\u{1B}[M" + String(UnicodeScalar(35)) + "*%").isEmpty, "a release")
        var decoder = KeyDecoder()
        #expect(decoder.feed(Array("\u{1B}[M ".utf8)).isEmpty, "waits for the rest")
        #expect(decoder.feed(Array("*%".utf8)) == [press(9, 4)])
    }

    @Test func keysAroundClicksAreUntouched() {
        #expect(decode("a\u{1B}[<0;10;5M\u{1B}[Ab") == [.character("a"), press(9, 4), .up, .character("b")])
    }

    @Test func aSecondPressOnTheSameCellSoonAfterIsADoubleClick() {
        var clicks = DoubleClicks()
        let click = MouseEvent(.press(.left), at: Point(x: 4, y: 4))
        #expect(clicks.count(click, atMilliseconds: 1000).clicks == 1)
        #expect(clicks.count(click, atMilliseconds: 1300).clicks == 2)
        #expect(clicks.count(click, atMilliseconds: 1400).clicks == 1, "a third press starts again")
        #expect(clicks.count(click, atMilliseconds: 2000).clicks == 1, "too late")
        #expect(
            clicks.count(MouseEvent(.press(.left), at: Point(x: 5, y: 4)), atMilliseconds: 2100).clicks == 1,
            "another cell")
        #expect(clicks.count(MouseEvent(.wheelDown, at: Point(x: 5, y: 4)), atMilliseconds: 2200).clicks == 1)
    }
}
