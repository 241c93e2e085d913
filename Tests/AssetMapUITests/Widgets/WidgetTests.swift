import AssetMapCore
import Testing

@testable import AssetMapUI

@Suite struct WidgetTests {
    /// Every widget, drawn into tiny and empty areas, must simply draw less.
    @Test(arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 3, height: 2)])
    func widgetsDrawIntoTinyAreasWithoutCrashing(size: Size) {
        var canvas = Canvas(size: size)
        let area = canvas.bounds
        ListView.draw(count: 5, selection: 2, in: area, on: &canvas) { [Span("row \($0)")] }
        Box.draw(area, title: "Title", on: &canvas)
        HintBar.draw(.caseload, in: area, on: &canvas)
        HelpOverlay.draw(.overview, title: "Overview", in: area, on: &canvas)
        Dialog.draw(title: "Ask", message: "Really?", footer: "y/n", in: area, on: &canvas)
        TextFieldView.draw(TextFieldState("李伟 Zoë", multiline: true), in: area, focused: true, on: &canvas)
        TextFieldView.draw(TextFieldState("Siobhán"), in: area, focused: true, on: &canvas)
        var form = ConsentForm.make(nil, today: CalendarDay(year: 2026, month: 12, day: 3)!)
        form.fields[2].setText("Zoë")
        FormView.draw(
            form, in: area, today: CalendarDay(year: 2026, month: 12, day: 3)!, showWordingHints: true, on: &canvas)
        canvas.writeWrapped("Words to wrap here", in: area)
        FullScreenNotices.tooSmall(&canvas, keysKept: 3, qLeaves: false)
        ChangedElsewhereQuestion().draw(in: area, on: &canvas)
        FullScreenNotices.privacy(&canvas)
        if let cursor = canvas.cursor { #expect(area.contains(cursor) || area.isEmpty) }
    }

    @Test func aListShowsTheSelectedRowByMarkerAndHighlightAndScrolls() {
        var canvas = Canvas(size: Size(width: 12, height: 3))
        ListView.draw(count: 10, selection: 6, in: canvas.bounds, on: &canvas) { [Span("Item \($0)")] }
        expectLines(canvas, ["  Item 4   ↑", "  Item 5    ", "▸ Item 6   ↓"])
        #expect(canvas[3, 2].role == .selected)
        #expect(canvas[3, 1].role == .normal)
    }

    @Test func aLongListTurnsAPageAtATimeWithTheLastRowOfOnePageFirstOnTheNext() {
        let tops = (0..<10).map { ListView.firstVisibleRow(selection: $0, count: 10, height: 4) }
        #expect(tops == [0, 0, 0, 0, 3, 3, 3, 6, 6, 6])
        #expect((0..<5).map { ListView.firstVisibleRow(selection: $0, count: 5, height: 1) } == [0, 1, 2, 3, 4])
        #expect(ListView.firstVisibleRow(selection: 2, count: 3, height: 8) == 0)
        for height in 1...6 {
            for selection in 0..<20 {
                let top = ListView.firstVisibleRow(selection: selection, count: 20, height: height)
                #expect(
                    (top..<top + height).contains(selection) && top + height <= 20, "height \(height), row \(selection)"
                )
            }
        }
    }

    @Test func aListOfRowsDrawnBeforehandIsTheListOfTheirSpans() {
        let rows: [[Span]] = (0..<9).map { index in
            [
                Span("Zoë \(index)".padded(toWidth: 7), .heading),
                Span(index % 2 == 0 ? "李伟李伟李伟" : "Siobha\u{301}n Kelly", .dim),
            ]
        }
        for (selection, highlighting) in [(0, 1), (4, 2), (8, Int.max)] {
            let rect = Rect(x: 1, y: 1, width: 17, height: 5)
            var fromSpans = Canvas(size: Size(width: 20, height: 7))
            ListView.draw(count: rows.count, selection: selection, in: rect, on: &fromSpans, highlighting: highlighting)
            { rows[$0] }
            var drawn = Canvas(size: Size(width: 20, height: 7))
            ListView.draw(count: rows.count, selection: selection, in: rect, on: &drawn) {
                ListView.DrawnRow(rows[$0], width: rect.width - 2, highlighting: highlighting)
            }
            #expect(drawn == fromSpans, "row \(selection) selected")
        }
    }

    @Test func listMovementStaysInsideTheList() {
        #expect(ListView.move(0, by: .up, count: 3, page: 10) == 0)
        #expect(ListView.move(2, by: .down, count: 3, page: 10) == 2)
        #expect(ListView.move(0, by: .pageDown, count: 30, page: 10) == 9)
        #expect(ListView.move(5, by: .last, count: 30, page: 10) == 29)
        #expect(ListView.move(5, by: .up, count: 0, page: 10) == 0)
    }

    /// Words out of sight to the left are marked "…" in the first column, and the cursor never sits on the mark.
    @Test func aSingleLineFieldScrollsSidewaysToKeepTheCursorInViewAndMarksWhatIsHidden() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        TextFieldView.draw(TextFieldState("Siobhán Kelly"), in: canvas.bounds, focused: true, on: &canvas)
        expectLines(canvas, ["…elly "])
        #expect(canvas.cursor == Point(x: 5, y: 0))
        var fits = Canvas(size: Size(width: 6, height: 1))
        TextFieldView.draw(TextFieldState("Kelly"), in: fits.bounds, focused: true, on: &fits)
        expectLines(fits, ["Kelly "])
        var wide = Canvas(size: Size(width: 6, height: 1))
        TextFieldView.draw(TextFieldState("李伟李伟李"), in: wide.bounds, focused: true, on: &wide)
        #expect(wide.lines[0].hasPrefix("…"))
        #expect(wide.cursor.map { $0.x >= 1 && $0.x <= 5 } == true)
    }

    @Test func aMultiLineFieldWrapsAndFollowsTheCursor() {
        var canvas = Canvas(size: Size(width: 10, height: 2))
        TextFieldView.draw(
            TextFieldState("the quick brown fox jumps", multiline: true), in: canvas.bounds, focused: true, on: &canvas)
        expectLines(canvas, ["brown fox↑", "jumps     "])
        #expect(canvas.cursor == Point(x: 5, y: 1))
    }

    @Test func theHintBarShowsWhatFitsFromTheKeyTable() {
        var canvas = Canvas(size: Size(width: 40, height: 1))
        HintBar.draw(.caseload, in: canvas.bounds, on: &canvas)
        expectLines(canvas, ["? Help  a New plan  Enter Open  / Find  "])
        #expect(canvas[0, 0].role == .hintKey)
    }

    /// Whatever the screen under it shows, nothing of it is left touching a form's frame, where it would read as a
    /// stray letter of the form.
    @Test func aFormOverAFullScreenClearsTheColumnsBesideIt() {
        var canvas = Canvas(size: Size(width: 110, height: 24))
        for y in 0..<24 { canvas.write(String(repeating: "s", count: 110), at: Point(x: 0, y: y)) }
        let form = SnapshotForm.make()
        let area = Rect(x: 0, y: 2, width: 100, height: 20)
        FormView.draw(form, in: area, today: CalendarDay(iso: "2026-01-02")!, showWordingHints: false, on: &canvas)
        let box = FormLayout(form, in: area).box
        for y in box.y..<box.maxY {
            for x in [box.x - 2, box.x - 1, box.maxX, box.maxX + 1] {
                #expect(canvas[x, y].text == " ", "column \(x) of row \(y) still shows the screen beneath")
            }
        }
        #expect(box.x >= 2 && box.maxX + 2 < 110)
        #expect(canvas[box.maxX + 2, box.y].text == "s", "only the columns beside the form are cleared")
    }
}
