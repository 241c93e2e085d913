import AssetMapUI
import Testing

@testable import AssetMapCore

@Suite struct CanvasTests {
    @Test func textIsWrittenAndClippedAtTheEdge() {
        var canvas = Canvas(size: Size(width: 8, height: 2))
        #expect(canvas.write("Hello, world", at: Point(x: 2, y: 0)) == 6)
        canvas.write("x", at: Point(x: 0, y: 5))
        expectLines(canvas, ["  Hello,", "        "])
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverCutInHalf() {
        var canvas = Canvas(size: Size(width: 5, height: 1))
        #expect(canvas.write("李伟李", at: Point(x: 0, y: 0)) == 4)
        expectLines(canvas, ["李伟 "])
        #expect(canvas[1, 0].isContinuation)
        canvas.write("a", at: Point(x: 1, y: 0))
        expectLines(canvas, [" a伟 "])
        canvas.write("b", at: Point(x: 2, y: 0))
        expectLines(canvas, [" ab  "])
    }

    @Test func aRepeatedCharacterGivesTheSameCellsAsTheRepeatedText() {
        for (character, start, count) in [
            ("═", 1, 4), ("─", -2, 5), ("═", 5, 9), ("李", 0, 3), ("x", 2, 0), ("\u{7}", 0, 2),
        ] as [(Character, Int, Int)] {
            var repeated = Canvas(size: Size(width: 8, height: 2))
            var written = repeated
            repeated.write("李伟李伟", at: Point(x: 0, y: 1))
            written.write("李伟李伟", at: Point(x: 0, y: 1))
            repeated.write(
                repeating: character, count: count, at: Point(x: start, y: 1), role: .border,
                clip: Rect(x: 0, y: 0, width: 7, height: 2))
            written.write(
                String(repeating: character, count: count), at: Point(x: start, y: 1), role: .border,
                clip: Rect(x: 0, y: 0, width: 7, height: 2))
            #expect(repeated == written, "\(character) × \(count) from \(start)")
        }
    }

    @Test func aCharacterWrittenDownAColumnGivesTheSameCellsAsWritingItOnEachRow() {
        for (character, x, y, count) in [
            ("│", 2, -1, 4), ("│", 0, 1, 9), ("李", 1, 0, 2), ("│", 8, 0, 2), ("\u{7}", 3, 0, 2),
        ] as [(Character, Int, Int, Int)] {
            var downwards = Canvas(size: Size(width: 8, height: 3))
            downwards.write("李伟李伟", at: Point(x: 0, y: 1))
            var rowByRow = downwards
            downwards.write(downwards: character, count: count, at: Point(x: x, y: y), role: .border)
            for row in 0..<count {
                rowByRow.write(String(character), at: Point(x: x, y: y + row), role: .border)
            }
            #expect(downwards == rowByRow, "\(character) × \(count) from \(x), \(y)")
        }
    }

    @Test func accentsTypedAsTwoCodePointsStayOneCell() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        #expect(canvas.write("Zoe\u{308}!", at: Point(x: 0, y: 0)) == 4)
        #expect(canvas[2, 0].text == "e\u{308}")
        #expect(canvas[3, 0].text == "!")
    }

    @Test func emojiAreTwoColumnsWide() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.write("🐕x", at: Point(x: 0, y: 0))
        expectLines(canvas, ["🐕x "])
    }

    @Test func controlCharactersShowAsQuestionMarksAndNeverMoveTheCursor() {
        var canvas = Canvas(size: Size(width: 8, height: 1))
        canvas.write("a\u{1B}[2Jb\tc", at: Point(x: 0, y: 0))
        expectLines(canvas, ["a?[2Jb?c"])
    }

    @Test func fillingHalfOfAWideCharacterBlanksTheWholeOfIt() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.write("李伟", at: Point(x: 0, y: 0))
        canvas.fill(Rect(x: 1, y: 0, width: 2, height: 1))
        expectLines(canvas, ["    "])
    }

    @Test func aClearedCanvasIsANewOneWhateverWasOnIt() {
        var canvas = Canvas(size: Size(width: 6, height: 2))
        canvas.write("Zoe\u{301} 李", at: Point(x: 0, y: 1), role: .selected)
        canvas.fill(Rect(x: 0, y: 0, width: 3, height: 1), role: .title)
        canvas.cursor = Point(x: 2, y: 1)
        var same = canvas
        same.clear(to: Size(width: 6, height: 2))
        #expect(same == Canvas(size: Size(width: 6, height: 2)))
        #expect(same.cursor == nil)
        canvas.clear(to: Size(width: 3, height: 4))
        #expect(canvas == Canvas(size: Size(width: 3, height: 4)))
        canvas.write("e\u{301}", at: Point(x: 0, y: 0))
        expectLines(canvas, ["e\u{301}  ", "   ", "   ", "   "])
    }

    @Test func paintingKeepsTextAndChangesRole() {
        var canvas = Canvas(size: Size(width: 3, height: 1))
        canvas.write("abc", at: Point(x: 0, y: 0))
        canvas.paint(Rect(x: 1, y: 0, width: 5, height: 1), role: .selected)
        #expect(canvas[0, 0].role == .normal)
        #expect(canvas[2, 0] == Cell("c", .selected))
    }

    @Test func overlayCopiesCellsAtAnOffset() {
        var base = Canvas(size: Size(width: 4, height: 2))
        var top = Canvas(size: Size(width: 2, height: 1))
        top.write("李", at: Point(x: 0, y: 0))
        base.overlay(top, at: Point(x: 1, y: 1))
        expectLines(base, ["    ", " 李 "])
    }

    /// Rows drawn once and copied leave the cells writing the same text there leaves, wide characters and
    /// accents typed apart at the ends included.
    @Test func aCopiedRowGivesTheSameCellsAsWritingItsText() {
        for (text, x) in [("Zoë Ní Bhriain", 1), ("李伟李伟李", 2), ("李伟李伟李", 3), ("Zoe\u{308} 🐕 \u{1B}x", 0), ("", 4)]
            as [(String, Int)]
        {
            for underneath in ["", "李伟李伟李伟", "e\u{301}e\u{301}"] {
                var written = Canvas(size: Size(width: 9, height: 2))
                written.write(underneath, at: Point(x: 0, y: 1))
                var copied = written
                let count = written.write(text, at: Point(x: x, y: 1), role: .dim)
                var line = Canvas(size: Size(width: 9 - x, height: 1))
                line.write(text, at: Point(x: 0, y: 0), role: .dim)
                copied.copy(line, columns: count, to: Point(x: x, y: 1))
                #expect(copied == written, "\(text) at \(x) over \(underneath)")
            }
        }
    }

    @Test func aSymbolOfOneCodePointIsClippedAndMeasuredLikeAnyText() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        let clip = Rect(x: 1, y: 0, width: 4, height: 1)
        #expect(canvas.write("·", at: Point(x: 0, y: 0), clip: clip) == 1, "before the clip: counted, not drawn")
        #expect(canvas.write("李", at: Point(x: 4, y: 0), clip: clip) == 0, "half of it would be outside")
        #expect(canvas.write("李", at: Point(x: 3, y: 0), clip: clip) == 2)
        #expect(canvas.write("\u{301}", at: Point(x: 1, y: 0), clip: clip) == 0, "an accent alone takes no room")
        #expect(canvas.write("│", at: Point(x: 1, y: 0), role: .border, clip: clip) == 1)
        #expect(canvas.write("\u{85}", at: Point(x: 2, y: 0), clip: clip) == 1, "a control character shows as ?")
        expectLines(canvas, [" │?李 "])
        #expect(canvas[1, 0].role == .border)
    }

    @Test func onlyCellsThatChangedAreSentWithOrWithoutAccentsTypedApart() {
        for accent in ["", "e\u{301}"] {
            var before = Canvas(size: Size(width: 6, height: 3))
            before.write("abc" + accent, at: Point(x: 0, y: 0))
            before.write("李伟", at: Point(x: 0, y: 2))
            var after = before
            after.write("x", at: Point(x: 1, y: 0))
            after.write("a", at: Point(x: 1, y: 2))
            #expect(
                CanvasDiff.changes(from: before, to: after) == [
                    Point(x: 1, y: 0), Point(x: 0, y: 2), Point(x: 1, y: 2),
                ],
                "with \(accent.isEmpty ? "no accent" : "an accent typed apart")")
            #expect(CanvasDiff.changes(from: after, to: after) == [])
        }
    }

    @Test func truncationCountsColumnsNotCharacters() {
        #expect("Siobhán Kelly".truncated(toWidth: 8) == "Siobhán…")
        #expect("李伟李伟".truncated(toWidth: 5) == "李伟…")
        #expect("short".truncated(toWidth: 10) == "short")
        #expect("abc".truncated(toWidth: 0) == "")
        #expect("李".padded(toWidth: 4).displayWidth == 4)
        #expect("Plain words".truncated(toWidth: 6) == "Plain…")
        #expect("Plain words".truncated(toWidth: 11) == "Plain words")
        #expect("Plain"[...].truncated(toWidth: 1) == "…")
        #expect("Plain".padded(toWidth: 7) == "Plain  ")
        #expect("Plain words".padded(toWidth: 3) == "Pl…")
        #expect("tab\there".displayWidth == 8, "a control character shows as one \"?\"")
    }

    @Test func spacesAreTrimmedFromBothEndsOnly() {
        #expect("  Zoë  \n".trimmed == "Zoë")
        #expect("Zoë Ní".trimmed == "Zoë Ní")
        #expect(" \t ".trimmed.isEmpty)
        #expect(Connection(id: "c", name: "A", ring: 1, gives: " \n").givesSupport == false)
        #expect(Connection(id: "c", name: "A", ring: 1, receives: " a lift ").receivesSupport)
    }

    @Test func displayWidthsMatchTheTerminal() {
        #expect("Zoë".displayWidth == 3)
        #expect("Zoe\u{308}".displayWidth == 3)
        #expect("李伟".displayWidth == 4)
        #expect("😀".displayWidth == 2)
        #expect("ｈｉ".displayWidth == 4)
        #expect("\u{200B}".displayWidth == 0)
        #expect("Siobhán".displayWidth == 7)
    }

    /// Symbols measured without the character tables are measured as the tables measure them.
    @Test func symbolsMeasuredQuicklyHaveTheWidthTheTablesGive() {
        for value in Array(0x2010...0x2027) + Array(0x2190...0x22FF) + Array(0x2500...0x25FC) {
            let scalar = Unicode.Scalar(UInt32(value))!
            let fromTables = DisplayWidth.isZeroWidth(scalar) ? 0 : DisplayWidth.isWide(scalar.value) ? 2 : 1
            #expect(DisplayWidth.of(scalar) == fromTables, "U+\(String(value, radix: 16))")
        }
    }

    /// Text taken a code point at a time must have been one grapheme a code point: every code point said to stand
    /// alone stays a grapheme of its own between letters, beside itself, and before a new line.
    @Test func codePointsSaidToStandAloneAreEachAGrapheme() {
        let standing = (0x20...0x9FFF).compactMap(Unicode.Scalar.init).filter(DisplayWidth.standsAlone)
        #expect(standing.count > 20000)
        for scalar in standing {
            let text = "a\(scalar)\(scalar)b\n"
            #expect(text.count == 5, "U+\(String(scalar.value, radix: 16))")
        }
        for text in [
            "Zoe\u{308}", "tab\there", "\u{1F1EC}\u{1F1E7}", "\u{2764}\u{FE0F}", "a\u{200D}b", "\r\n", "\u{AD}",
        ] {
            #expect(!DisplayWidth.eachScalarStandsAlone(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// Text drawn, measured, cut and wrapped a code point at a time gives what the grapheme at a time gives.
    @Test func textTakenACodePointAtATimeLooksAsItWouldAGraphemeAtATime() {
        let texts = [
            "Zoë – on rings 1–5", "Siobhán Ní Bhriain", "李伟 and Ελένη and Андрей", "♥ helps me  ★ I help  ✓ done",
            "→ next: ring the allotment society", "Łódź · Dvořák · Ẓ", "─┼═",
        ]
        for text in texts {
            #expect(DisplayWidth.eachScalarStandsAlone(text), "\(text)")
            #expect(text.displayWidth == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text)")
            for width in [1, 4, 9, 30] {
                var cut = ""
                var used = 0
                for character in text {
                    let w = DisplayWidth.of(character)
                    if used + w > width - 1 { break }
                    cut.append(character)
                    used += w
                }
                let expected = text.displayWidth <= width ? text : cut + "…"
                #expect(text.truncated(toWidth: width) == expected, "\(text) at \(width)")
                #expect(
                    TextWrap.wrap(text, width: width)
                        == TextWrap.wrap(text + "\u{301}", width: width).map {
                            $0.unicodeScalars.last == "\u{301}" ? String($0.unicodeScalars.dropLast()) : $0
                        }, "\(text) wrapped at \(width)")
            }
            var byScalars = Canvas(size: Size(width: 40, height: 1))
            var byCharacters = byScalars
            byScalars.write(text, at: Point(x: 3, y: 0), role: .dim, clip: Rect(x: 5, y: 0, width: 30, height: 1))
            // A zero-width space, in none of the ranges, sends the text the grapheme way; it adds no column.
            byCharacters.write(
                text + "\u{200B}", at: Point(x: 3, y: 0), role: .dim, clip: Rect(x: 5, y: 0, width: 30, height: 1))
            #expect(byScalars == byCharacters, "\(text)")
        }
    }
}

@Suite struct GeometryTests {
    @Test func rectanglesSplitAndNeverGoNegative() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 5)
        #expect(rect.splitTop(2).rest == Rect(x: 0, y: 2, width: 10, height: 3))
        #expect(rect.splitBottom(9).rest.height == 0)
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).isEmpty)
        #expect(rect.inset(by: 3).isEmpty)
        #expect(rect.centred(width: 4, height: 1) == Rect(x: 3, y: 2, width: 4, height: 1))
        #expect(rect.row(7).isEmpty)
    }
}
