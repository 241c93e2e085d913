import AssetMapCore
import AssetMapUI
import Testing

@Suite struct TextFieldStateTests {
    func typed(_ text: String, multiline: Bool = false) -> TextFieldState {
        var field = TextFieldState("", multiline: multiline)
        for character in text { _ = field.handle(.character(character), wrapWidth: 10) }
        return field
    }

    @Test func typingBackspaceDeleteAndMovingTheCursor() {
        var field = typed("Zoë")
        _ = field.handle(.left, wrapWidth: 10)
        _ = field.handle(.backspace, wrapWidth: 10)
        #expect(field.text == "Zë")
        _ = field.handle(.home, wrapWidth: 10)
        _ = field.handle(.delete, wrapWidth: 10)
        #expect(field.text == "ë")
        _ = field.handle(.end, wrapWidth: 10)
        _ = field.handle(.character("!"), wrapWidth: 10)
        #expect(field.text == "ë!")
        #expect(field.cursor == 2)
    }

    @Test func controlKeysDeleteToTheEndsAndByWord() {
        var field = typed("walk by the sea")
        _ = field.handle(.control("w"), wrapWidth: 40)
        #expect(field.text == "walk by the ")
        _ = field.handle(.control("a"), wrapWidth: 40)
        _ = field.handle(.right, wrapWidth: 40)
        _ = field.handle(.control("k"), wrapWidth: 40)
        #expect(field.text == "w")
        _ = field.handle(.control("u"), wrapWidth: 40)
        #expect(field.text == "")
    }

    @Test func anAccentTypedAfterItsLetterJoinsIt() {
        var field = typed("Zoe")
        _ = field.handle(.character("\u{308}"), wrapWidth: 10)
        #expect(field.text == "Zoë")
        #expect(field.characters.count == 3)
        #expect(field.cursor == 3)
    }

    @Test func pastedTextLosesControlCharactersAndASingleLineLosesNewLines() {
        var single = TextFieldState()
        _ = single.handle(.paste("one\ntwo\u{07}"), wrapWidth: 10)
        #expect(single.text == "one two")
        var multi = TextFieldState("", multiline: true)
        _ = multi.handle(.paste("one\ntwo"), wrapWidth: 10)
        #expect(multi.text == "one\ntwo")
        #expect(TextFieldState("a\u{1B}b").text == "ab")
    }

    @Test func enterMakesANewLineOnlyInAMultiLineField() {
        var single = typed("a")
        let usedBySingle = single.handle(.enter, wrapWidth: 10)
        var multi = typed("a", multiline: true)
        let usedByMulti = multi.handle(.enter, wrapWidth: 10)
        #expect(!usedBySingle)
        #expect(usedByMulti)
        #expect(multi.text == "a\n")
    }

    @Test func upAndDownMoveBetweenWrappedLinesKeepingTheColumn() {
        var field = TextFieldState("the quick brown fox", multiline: true)
        // Wrapped at 10: "the quick" / "brown fox"; the cursor starts at the end.
        _ = field.handle(.up, wrapWidth: 10)
        #expect(field.cursor == 9)
        _ = field.handle(.home, wrapWidth: 10)
        #expect(field.cursor == 0)
        _ = field.handle(.down, wrapWidth: 10)
        #expect(field.cursor == 10)
        _ = field.handle(.end, wrapWidth: 10)
        #expect(field.cursor == 19)
        _ = field.handle(.down, wrapWidth: 10)
        #expect(field.cursor == 19)
    }

    @Test func aPasteLongerThanTheLimitIsCutAndSaysSo() {
        var field = TextFieldState("", multiline: false, limit: 3)
        _ = field.handle(.paste("abcdef"), wrapWidth: 10)
        #expect(field.text == "abc")
        #expect(field.refusal == "Only 3 of the 6 characters fitted here (up to 3); the rest was left out.")
        _ = field.handle(.character("g"), wrapWidth: 10)
        #expect(field.text == "abc")
        #expect(field.refusal == "Nothing more fits here: up to 3 characters can be typed.")
        _ = field.handle(.backspace, wrapWidth: 10)
        #expect(field.refusal == nil)
    }

    @Test func aTextFromTheFileLongerThanTheLimitIsHeldWholeAndCanBeShortened() {
        let name = String(repeating: "Ann ", count: 1_249) + "Lee"
        var single = TextFieldState(name)
        #expect(single.text == name, "4,999 characters in a one-line field, none cut")
        _ = single.handle(.backspace, wrapWidth: 40)
        #expect(single.text == String(name.dropLast()))
        let note = String(repeating: "a long note ", count: 2_908) + "END-OF-NOTE"
        var multi = TextFieldState(note, multiline: true)
        #expect(multi.text.count == 34_907)
        _ = multi.handle(.character("!"), wrapWidth: 60)
        #expect(multi.text == note + "!")
    }

    @Test func aTextTooLongToHoldIsKeptAsItCameAndOnlyRead() {
        let huge = String(repeating: "x", count: TextFieldState.largest) + "END"
        var field = TextFieldState(huge, multiline: true)
        for key in [Key.backspace, .character("a"), .paste("more"), .enter, .control("k")] {
            let used = field.handle(key, wrapWidth: 60)
            #expect(used)
            #expect(field.text == huge)
            #expect(field.refusal?.hasPrefix("This text is too long to change here") == true)
        }
        let moved = field.handle(.down, wrapWidth: 60)
        #expect(moved, "it can still be moved through and read")
        #expect(field.refusal == nil)
        var single = TextFieldState(huge)
        let enterUsed = single.handle(.enter, wrapWidth: 60)
        #expect(!enterUsed, "Enter still moves on from a one-line field")
    }

    @Test func aTextTooLongToHoldSaysSoInTheFieldItself() {
        let field = TextFieldState(String(repeating: "long words ", count: 20_000), multiline: true)
        var canvas = Canvas(size: Size(width: 40, height: 4))
        TextFieldView.draw(field, in: Rect(x: 0, y: 0, width: 40, height: 4), focused: true, on: &canvas)
        #expect(canvas.lines[0].hasPrefix("long words long words long words long"))
        #expect(canvas.lines[3].hasPrefix("… too long to change here; kept whole"))
        for size in [Size(width: 1, height: 1), Size(width: 0, height: 0)] {
            var small = Canvas(size: size)
            TextFieldView.draw(
                field, in: Rect(x: 0, y: 0, width: size.width, height: size.height), focused: true, on: &small)
        }
    }

    @Test func aCharacterTypedIntoALongTextIsQuickAndJoinsItsAccent() {
        var field = TextFieldState(String(repeating: "word ", count: 30_000) + "Zoe", multiline: true)
        _ = field.handle(.character("\u{308}"), wrapWidth: 60)
        #expect(field.text.hasSuffix("Zoë"))
        #expect(field.cursor == field.characters.count)
        for _ in 0..<3 { _ = field.handle(.left, wrapWidth: 60) }
        _ = field.handle(.character("A"), wrapWidth: 60)
        #expect(field.text.hasSuffix("AZoë"))
    }

    @Test func keysThatAreNotForTypingAreLeftForTheCaller() {
        var field = typed("a")
        let used = [Key.tab, .escape, .control("s"), .up].map { field.handle($0, wrapWidth: 10) }
        #expect(used == [false, false, false, false])
        #expect(field.text == "a")
    }
}

@Suite struct TextWrapTests {
    @Test func wrapsAtSpacesAndBreaksLongWords() {
        #expect(TextWrap.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWrap.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(TextWrap.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
        #expect(TextWrap.wrap("", width: 10) == [""])
        #expect(TextWrap.wrap("end\n", width: 10) == ["end", ""])
    }

    @Test func wideCharactersWrapByColumns() {
        #expect(TextWrap.wrap("李伟李伟李", width: 4) == ["李伟", "李伟", "李"])
        #expect(TextWrap.wrap("李", width: 1) == ["李"])
    }
}
