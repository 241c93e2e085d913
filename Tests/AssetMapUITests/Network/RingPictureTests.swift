import TestSupport
import Testing

@testable import AssetMapCore
@testable import AssetMapUI

/// The picture and its key are kept drawn with no one marked and only the marks drawn at each key; what shows must be
/// what drawing everything in turn shows, whatever was under them.
@Suite struct RingPictureTests {
    /// The picture drawn part after part, each label with its mark, as it was drawn before it was kept.
    func drawnInTurn(_ layout: RingLayout, selectedID: String?, knows: Set<String>, on canvas: inout Canvas) {
        let clip = layout.area
        for cell in layout.ringLines { canvas.write("·", at: cell, role: .ring, clip: clip) }
        for edge in layout.edges { canvas.write(String(edge.character), at: edge.point, role: .border, clip: clip) }
        for number in layout.ringNumbers {
            canvas.write(number.text, at: Point(x: number.box.x, y: number.box.y), role: .ringLabel, clip: clip)
        }
        for line in layout.centre {
            canvas.write(line.text, at: Point(x: line.box.x, y: line.box.y), role: .centre, clip: clip)
        }
        for text in layout.sectorLabels {
            canvas.write(text.text, at: Point(x: text.box.x, y: text.box.y), role: .sectorLabel, clip: clip)
        }
        for label in layout.labels {
            let mark: RingPicture.Mark =
                label.connectionID == selectedID ? .selected : knows.contains(label.connectionID) ? .known : .none
            RingPicture.drawLabel(label, mark: mark, on: &canvas)
        }
    }

    /// The key's lines drawn in turn, the selected one highlighted, as the key was drawn before it was kept.
    func keyDrawnInTurn(_ layout: RingLayout, selectedID: String?, in rect: Rect, on canvas: inout Canvas) {
        for (offset, line) in RingKey.lines(layout, width: rect.width).prefix(rect.height).enumerated() {
            let y = rect.y + offset
            switch line {
            case .ring(let ring):
                canvas.write("\(ring) \(RingWords.short(ring))", at: Point(x: rect.x, y: y), role: .heading, clip: rect)
            case .entry(let entry, let text, let first):
                let selected = entry.connectionID == selectedID
                let row = Rect(x: rect.x + 1, y: y, width: rect.width - 1, height: 1)
                canvas.write(text, at: Point(x: row.x, y: y), role: selected ? .selected : .normal, clip: row)
                if first, !selected {
                    canvas.write(
                        entry.mark, at: Point(x: row.x, y: y), role: RingPicture.role(for: entry.feeling), clip: row)
                }
                if selected, first { canvas.write("▸", at: Point(x: rect.x, y: y), role: .selected, clip: rect) }
            case .note(let text):
                canvas.write(text, at: Point(x: rect.x, y: y), role: .dim, clip: rect)
            }
        }
    }

    /// Something already where the picture goes, which only what the picture draws may cover.
    func scribbled(_ size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        for y in stride(from: 0, to: size.height, by: 3) {
            canvas.write(String(repeating: "李e\u{301}", count: size.width / 3), at: Point(x: y % 2, y: y), role: .dim)
        }
        return canvas
    }

    @Test(arguments: [
        (Size(width: 80, height: 24), 12), (Size(width: 200, height: 60), 150), (Size(width: 120, height: 40), 40),
    ])
    func aKeyWithOneSelectedIsWhatDrawingEachLineInTurnShows(size: Size, people: Int) throws {
        let screen = NetworkSamples.screen(size)
        let layout = NetworkSamples.layout(NetworkSamples.network(people), size: size)
        let key = try #require(screen.key)
        let ids = RingKey.lines(layout, width: key.width).compactMap { line -> String? in
            if case .entry(let entry, _, true) = line { entry.connectionID } else { nil }
        }
        for selected in [nil, ids.first, ids.last, "c0", "not on the map"] as [String?] {
            var kept = scribbled(size)
            var inTurn = kept
            RingKey.draw(layout, selectedID: selected, in: key, on: &kept)
            keyDrawnInTurn(layout, selectedID: selected, in: key, on: &inTurn)
            #expect(
                kept == inTurn, "\(people) people at \(size.width)x\(size.height), \(selected ?? "no one") selected")
        }
    }

    @Test(arguments: [
        (Size(width: 80, height: 24), 12), (Size(width: 200, height: 60), 150), (Size(width: 120, height: 40), 40),
    ])
    func aMarkedPictureIsWhatDrawingEverythingInTurnShows(size: Size, people: Int) {
        let layout = NetworkSamples.layout(NetworkSamples.network(people), size: size, centreName: "Zoë Ní Bhriain")
        let ids = layout.labels.map(\.connectionID)
        for (selected, knows) in [
            (nil, []), (ids.first, Set(ids.suffix(3))), (ids.last, Set(ids.prefix(2))), ("not on the map", []),
        ]
            as [(String?, Set<String>)]
        {
            var kept = scribbled(size)
            var inTurn = kept
            RingPicture.draw(layout, selectedID: selected, knows: knows, on: &kept)
            drawnInTurn(layout, selectedID: selected, knows: knows, on: &inTurn)
            #expect(
                kept == inTurn, "\(people) people at \(size.width)x\(size.height), \(selected ?? "no one") selected")
        }
    }
}
