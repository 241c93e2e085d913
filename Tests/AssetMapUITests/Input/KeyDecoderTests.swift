import AssetMapUI
import Testing

@Suite struct KeyDecoderTests {
    func decode(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.feed(bytes) + decoder.flush()
    }

    func decode(_ text: String) -> [Key] {
        decode(Array(text.utf8))
    }

    @Test func arrowsInBothCursorKeyModes() {
        #expect(decode("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [.up, .down, .right, .left])
        #expect(decode("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD") == [.up, .down, .right, .left])
        #expect(decode("\u{1B}[1;5A") == [.up])
    }

    @Test func homeEndPageKeysAndTheirVariants() {
        #expect(
            decode("\u{1B}[H\u{1B}[F\u{1B}OH\u{1B}OF\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~")
                == [.home, .end, .home, .end, .home, .end, .home, .end])
        #expect(decode("\u{1B}[5~\u{1B}[6~\u{1B}[3~\u{1B}[2~") == [.pageUp, .pageDown, .delete, .insert])
    }

    @Test func tabShiftTabEnterBackspaceAndControlKeys() {
        #expect(decode("\t\u{1B}[Z\r\n\n\u{7F}\u{08}") == [.tab, .backTab, .enter, .enter, .backspace, .backspace])
        #expect(decode("\u{12}\u{13}\u{01}") == [.control("r"), .control("s"), .control("a")])
    }

    @Test func functionKeys() {
        #expect(decode("\u{1B}OP\u{1B}[15~\u{1B}[24~") == [.function(1), .function(5), .function(12)])
    }

    /// A terminal set to Latin-1 sends "ë" as the one byte 0xEB, which in UTF-8 starts a three-byte letter.
    @Test func aLatin1LetterTypedAloneOrBeforeOthersIsNotLostWithoutASign() {
        #expect(
            decode([0x5A, 0x6F, 0xEB, 0x4C, 0x61]) == [
                .character("Z"), .character("o"), .character("\u{FFFD}"), .character("L"), .character("a"),
            ])
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x5A, 0x6F, 0xEB]) == [.character("Z"), .character("o")])
        #expect(decoder.feed([0x4C]) == [.character("\u{FFFD}"), .character("L")])
        var alone = KeyDecoder()
        #expect(alone.feed([0xEB]).isEmpty)
        #expect(alone.flush() == [.character("\u{FFFD}")])
    }

    @Test func utf8LettersEvenWhenSplitAcrossReads() {
        var decoder = KeyDecoder()
        let bytes = Array("Zoë李😀".utf8)
        var keys: [Key] = []
        for byte in bytes { keys += decoder.feed([byte]) }
        #expect(keys == [.character("Z"), .character("o"), .character("ë"), .character("李"), .character("😀")])
    }

    @Test func aLoneEscapeWaitsThenIsEscape() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.isWaiting)
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.isWaiting)
    }

    @Test func escapeQuicklyFollowedByALetterIsBothKeys() {
        #expect(decode("\u{1B}q") == [.escape, .character("q")])
        #expect(decode("\u{1B}\u{1B}") == [.escape, .escape])
    }

    @Test func anArrowSplitAcrossReadsIsStillAnArrow() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B, 0x5B]).isEmpty)
        #expect(decoder.feed([0x41]) == [.up])
    }

    @Test func bracketedPasteComesAsOneKeyWithoutControlCharacters() {
        let keys = decode("\u{1B}[200~Line one\r\nLine\u{07} two\u{1B}[31m\tend\u{1B}[201~x")
        #expect(keys == [.paste("Line one\nLine two end"), .character("x")])
    }

    /// Colour, clearing the screen, a window title: whole sequences go, not only their Esc, and a pasted CR LF is
    /// one line break.
    @Test func pastedEscapeSequencesAreDroppedWhole() {
        #expect(PasteText.clean("Listens and\u{1B}[31m red") == "Listens and red")
        #expect(PasteText.clean("second line\u{1B}[2J\u{1B}[Hthird") == "second linethird")
        #expect(PasteText.clean("a\u{1B}]0;title\u{07}b\u{1B}]8;;http://x\u{1B}\\c\u{9B}1mD\u{1B}cE") == "abcDcE")
        #expect(PasteText.clean("one\r\ntwo\rthree\n\nfour") == "one\ntwo\nthree\n\nfour")
        #expect(PasteText.clean("never ended \u{1B}]kept words") == "never ended kept words")
    }

    @Test func typedEscapeSequencesAndCRLFOutsideAPaste() {
        #expect(decode("a\u{1B}[31mb") == [.character("a"), .character("b")])
        #expect(decode("a\u{1B}]0;PWNED\u{07}b") == [.character("a"), .character("b")])
        #expect(decode("a\u{1B}]0;PWNED\u{1B}\\b") == [.character("a"), .character("b")])
        #expect(
            decode("x\r\ny\r\rz\n") == [
                .character("x"), .enter, .character("y"), .enter, .enter, .character("z"), .enter,
            ])
        #expect(decode("\u{1B}]") == [.escape, .character("]")], "Esc and then ] typed are keys")
        var decoder = KeyDecoder()
        #expect(decoder.feed(Array("x\r".utf8)) == [.character("x"), .enter])
        #expect(decoder.feed(Array("\ny".utf8)) == [.character("y")], "a CR LF cut in two by the read is still one")
    }

    @Test func aPasteSplitAcrossReadsIsJoined() {
        var decoder = KeyDecoder()
        var keys = decoder.feed(Array("\u{1B}[200~Sio".utf8))
        keys += decoder.feed(Array("bhán\u{1B}[20".utf8))
        keys += decoder.feed(Array("1~".utf8))
        #expect(keys == [.paste("Siobhán")])
    }

    @Test func bytesThatAreNotUTF8AreTypedAsTheReplacementCharacterAndUnknownSequencesDropped() {
        #expect(
            decode([0xFF, 0x41, 0xC3, 0x28, 0x00]) == [
                .character("\u{FFFD}"), .character("A"), .character("\u{FFFD}"), .character("("),
            ])
        #expect(decode("\u{1B}[<0;10;5X") == [])
        #expect(decode("\u{1B}[99~a") == [.character("a")])
    }

    @Test func anyBytesAtAllDecodeWithoutCrashing() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var decoder = KeyDecoder()
            let alphabet: [UInt8] = [0x1B, 0x5B, 0x4F, 0x7E, 0x32, 0x30, 0x31, 0xC3, 0xFF]
            let count = Int.random(in: 0..<64, using: &generator)
            var bytes: [UInt8] = []
            for _ in 0..<count { bytes.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]) }
            _ = decoder.feed(bytes)
            _ = decoder.flush()
        }
    }
}
