import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

/// A long text shown to read (a note, the good life) is drawn from as much of its beginning as shows, and shows
/// exactly what drawing the whole text shows.
@Suite struct TextToReadTests {
    /// Texts whose beginning could be wrapped or joined differently from the whole: long lines with and without spaces,
    /// empty lines, accents typed separately, characters with no width, CR LF, wide characters, flags, joined emoji,
    /// and texts too long to hold.
    static let texts: [String] = [
        "",
        "A short note.",
        String(repeating: "word ", count: 20_000),
        String(repeating: "x", count: 100_000),
        String(repeating: "\n", count: 500) + "After many empty lines",
        String(repeating: "e\u{301}", count: 5_000),
        String(repeating: "\u{200B}", count: 3_000) + "seen at last",
        String(repeating: "a line\r\n", count: 3_000),
        String(repeating: "李", count: 5_000),
        String(repeating: "🇬🇧", count: 3_000),
        String(repeating: "👩‍👩‍👧 ", count: 2_000),
        String(repeating: "x", count: TextFieldState.largest + 1),
        String(repeating: "ë", count: 150_000),
    ]

    static let sizes = [
        Size(width: 1, height: 1), Size(width: 7, height: 3), Size(width: 40, height: 6), Size(width: 76, height: 14),
    ]

    func expectSameAsTheWholeText(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for size in Self.sizes {
            var whole = Canvas(size: size)
            TextFieldView.draw(TextFieldState(text, multiline: true), in: whole.bounds, focused: false, on: &whole)
            var beginning = Canvas(size: size)
            TextFieldView.drawBeginning(of: text, in: beginning.bounds, on: &beginning)
            #expect(beginning.lines == whole.lines, "at \(size.width)x\(size.height)", sourceLocation: sourceLocation)
            #expect(beginning == whole, "at \(size.width)x\(size.height)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: texts) func theBeginningOfATextShowsWhatTheWholeTextShows(_ text: String) {
        expectSameAsTheWholeText(text)
    }

    /// Around the length of the first beginning tried (64 characters at 7x3), where the cut falls inside a word,
    /// at a space, at a new line and inside an accented letter.
    @Test func textsCutNearTheirFirstBeginningShowTheSameToo() {
        for length in 40...140 {
            for unit in ["ab ", "abc\n", "e\u{301}f ", "  \n\n"] {
                expectSameAsTheWholeText(String(String(repeating: unit, count: length).prefix(length)))
            }
        }
    }

    @Test func aNotesListLineIsTheFirstLineWithWordsAsFarAsItShows() {
        #expect(NotesScreen.firstLine(of: "\n\nFirst words\nsecond line", width: 40) == "First words")
        #expect(NotesScreen.firstLine(of: "", width: 40) == "")
        #expect(NotesScreen.firstLine(of: "\n\n", width: 40) == "")
        #expect(
            NotesScreen.firstLine(of: String(repeating: "x", count: 100_000), width: 10)
                == String(repeating: "x", count: 11))
        #expect(
            NotesScreen.firstLine(of: "李李李李李李", width: 4) == "李李李",
            "a column past the width, so what shows is cut where it was")
    }

    @Test func aNoteOfAHundredThousandCharactersShowsItsStartInTheListAndTheBox() {
        var plan = Samples.plan()
        let long = "Talked about the allotment. " + String(repeating: "More words about the week. ", count: 3_710)
        plan.notes = [
            Note(id: "n1", date: Samples.day("2026-01-01"), text: long),
            Note(id: "n2", date: Samples.day("2025-12-01"), text: "A short one."),
        ]
        #expect(long.count > 100_000)
        let driver = ScreenDriver(showing: plan, part: "6")
        let lines = driver.screen.lines
        #expect(lines[3] == " ▸ 1 January 2026    Talked about the allotment. More words about the week. Mor ")
        #expect(lines[4].hasPrefix("   1 December 2025   A short one."))
        #expect(lines[7] == " │ Talked about the allotment. More words about the week. More words about    │ ")
        #expect(lines[20].hasSuffix("↓ more │ "), "the box says there is more")
    }

    /// The date of a new note is today already: the words typed go into the note, not after the date.
    @Test func aNewNoteStartsOnItsWordsWithTheDateAlreadyToday() {
        let driver = ScreenDriver(showing: Samples.plan(), part: "6")
        driver.press(.character("a"))
        driver.type("First meeting")
        driver.press(.control("s"))
        #expect(driver.state.plan?.plan.notes.map(\.text) == ["First meeting"])
        #expect(driver.state.plan?.plan.notes.first?.date == driver.today)
        driver.press(.character("a"), .backTab, .control("u"))
        driver.type("yesterday")
        driver.press(.tab)
        driver.type("Phoned")
        driver.press(.control("s"))
        #expect(
            driver.state.plan?.plan.notes.first { $0.text == "Phoned" }?.date == driver.today.adding(days: -1),
            "Shift-Tab goes up to the date")
        driver.press(.character("e"))
        guard case .form(let change)? = driver.state.modals.last else {
            Issue.record("no form")
            return
        }
        #expect(change.focus == 0, "a note being changed opens as it is laid out, on its date")
    }
}
