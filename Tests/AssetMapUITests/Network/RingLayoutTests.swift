import TestSupport
import Testing

@testable import AssetMapCore
@testable import AssetMapUI

@Suite struct RingLayoutTests {
    static let screens = [
        (9, Size(width: 80, height: 24)), (20, Size(width: 120, height: 40)), (40, Size(width: 200, height: 60)),
    ]

    /// Every cell a label takes, the blank cell either side included.
    static func cells(_ box: Rect) -> [Point] {
        (box.x..<box.maxX).map { Point(x: $0, y: box.y) }
    }

    /// The key beside the picture as drawn, in one string with no spaces, so a name wrapped over lines is found whole.
    static func keyText(_ layout: RingLayout, size: Size) -> String {
        let screen = NetworkSamples.screen(size)
        var canvas = Canvas(size: size)
        RingKey.draw(layout, selectedID: nil, in: try! #require(screen.key), on: &canvas)
        return canvas.lines.joined().filter { !$0.isWhitespace }
    }

    /// What must hold for any map at any size: nothing written over anything else, everyone in their own slice,
    /// and every name whole on the ring or in the key; only when the key is full is anyone left undrawn.
    /// With `onTheirRing`, every whole name also stays inside its ring's outer line, as it must whenever the key had room.
    static func expectReadable(
        _ layout: RingLayout, _ network: [Connection], size: Size, _ what: String, onTheirRing: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let furniture = layout.sectorLabels.map(\.box) + layout.centre.map(\.box) + layout.ringNumbers.map(\.box)
        let ringCells = Set(layout.ringLines)
        let edgeCells = Set(layout.edges.map(\.point))
        var taken = Set<Point>()
        for label in layout.labels {
            let box = label.box
            #expect(
                box.x >= layout.area.x && box.maxX <= layout.area.maxX && box.y >= layout.area.y
                    && box.maxY <= layout.area.maxY,
                "\(label.name) outside the picture, \(what)", sourceLocation: sourceLocation)
            for cell in cells(box) {
                #expect(
                    taken.insert(cell).inserted, "\(label.name) overlaps another label, \(what)",
                    sourceLocation: sourceLocation)
                #expect(
                    !ringCells.contains(cell), "\(label.name) is over a ring line, \(what)",
                    sourceLocation: sourceLocation)
                #expect(
                    !edgeCells.contains(cell), "\(label.name) is over a slice's edge, \(what)",
                    sourceLocation: sourceLocation)
            }
            #expect(
                !furniture.contains { $0.intersects(box) }, "\(label.name) is over a heading, \(what)",
                sourceLocation: sourceLocation)
            for cell in cells(Rect(x: box.x + 1, y: box.y, width: box.width - 2, height: 1)) {
                let kind = RingSectors.kind(at: layout.geometry.polar(x: cell.x, y: cell.y).angle)
                #expect(
                    kind == label.kind, "\(label.name) strays out of the \(label.kind.plural) slice, \(what)",
                    sourceLocation: sourceLocation)
            }
        }
        let key = keyText(layout, size: size)
        let keyRect = NetworkSamples.screen(size).key!
        let keyLines =
            RingLayout.keyHeadings
            + layout.keyEntries.map { TextWrap.wrap($0.keyText, width: keyRect.width - 1).count }
            .reduce(0, +) + 1
        for connection in network {
            let name = RingLayout.shown(connection.name)
            if let label = layout.labels.first(where: { $0.connectionID == connection.id }) {
                if label.marker == nil {
                    #expect(
                        label.text == connection.feeling.symbol + " " + name, "\(name) cut on the ring, \(what)",
                        sourceLocation: sourceLocation)
                    if onTheirRing {
                        #expect(
                            staysOnItsRing(label, layout),
                            "\(name) crosses the outer line of ring \(label.ring), \(what)",
                            sourceLocation: sourceLocation)
                    }
                } else {
                    let entry = layout.keyEntries.first { $0.connectionID == connection.id }
                    let position = network.firstIndex { $0.id == connection.id }! + 1
                    // A number in brackets, never read as a feeling symbol, and the person's place in the list.
                    #expect(
                        label.text == "[\(position)]" && label.marker == position,
                        "\(name)'s marker is \(label.text), \(what)",
                        sourceLocation: sourceLocation)
                    #expect(
                        entry?.token == label.text, "\(name)'s marker is not in the key, \(what)",
                        sourceLocation: sourceLocation)
                    #expect(
                        key.contains("\(label.text)\(connection.feeling.symbol)\(name)".filter { !$0.isWhitespace }),
                        "\(name) not whole in the key, \(what)", sourceLocation: sourceLocation)
                }
            } else if let entry = layout.notDrawn.first(where: { $0.connectionID == connection.id }) {
                #expect(
                    key.contains(entry.keyText.filter { !$0.isWhitespace }), "\(name) not whole in the key, \(what)",
                    sourceLocation: sourceLocation)
            } else {
                #expect(
                    layout.hiddenIDs.contains(connection.id), "\(name) is nowhere, \(what)",
                    sourceLocation: sourceLocation)
                // The key keeps a line for each slice with someone left out, and one saying where to see them.
                #expect(
                    keyLines + layout.hidden.count + 1 >= keyRect.height,
                    "\(name) left out with room in the key, \(what)",
                    sourceLocation: sourceLocation)
            }
        }
        #expect(
            layout.sectorLabels.map(\.text) == ["People", "Groups", "Places", "Services", "Pets"], "\(what)",
            sourceLocation: sourceLocation)
    }

    /// Whether a whole name's words stay inside the outer line of its ring (ring 5 has nothing beyond it).
    static func staysOnItsRing(_ label: RingLayout.Label, _ layout: RingLayout) -> Bool {
        guard label.ring < 5 else { return true }
        let line = Set(layout.geometry.cells(onBoundary: label.ring).map { Point(x: $0.x, y: $0.y) })
        return (label.box.x + 1..<label.box.maxX - 1).allSatisfy { x in
            layout.geometry.polar(x: x, y: label.box.y).fraction <= layout.geometry.boundary(label.ring)
                && !line.contains(Point(x: x, y: label.box.y))
        }
    }

    @Test func randomMapsAtEverySizeAreReadable() {
        var numbers = SeededNumbers(seed: 20_261_203)
        let extraNames = [
            "Jo", "Dr Ngozi Chukwuemeka-Adebayo", "The Tuesday Lunch Club at St Mary's", "Zoë", "Ángel", "김민준",
            "Line one\nLine two", "Mrs O'Neil", "Food bank (Hill Street)", "Bea",
        ]
        var hiddenMaps = 0
        for round in 0..<120 {
            let count = Int.random(in: 1...60, using: &numbers)
            let size = Size(
                width: Int.random(in: 80...250, using: &numbers), height: Int.random(in: 24...80, using: &numbers))
            let network = (0..<count).map { index -> Connection in
                let sample = NetworkSamples.people.randomElement(using: &numbers)!
                let name =
                    Int.random(in: 0..<4, using: &numbers) == 0
                    ? extraNames.randomElement(using: &numbers)! : sample.name
                let placement: Double? = Bool.random(using: &numbers) ? Double.random(in: 0..<1, using: &numbers) : nil
                return Connection(
                    id: "r\(round)-\(index)", name: name, ring: Int.random(in: 1...5, using: &numbers),
                    kind: ConnectionKind.allCases.randomElement(using: &numbers)!,
                    feeling: Feeling.allCases.randomElement(using: &numbers)!, placement: placement)
            }
            let centre = ["Zoë", "Alexandria Catherine Wilhelmina Montgomery-Fitzgerald", "Robin"].randomElement(
                using: &numbers)!
            let layout = NetworkSamples.layout(network, size: size, centreName: centre)
            Self.expectReadable(layout, network, size: size, "round \(round): \(count) at \(size.width)x\(size.height)")
            if !layout.hidden.isEmpty { hiddenMaps += 1 }
        }
        // Most maps of up to 60 have everyone drawn; the rest are crowded small windows.
        #expect(hiddenMaps < 30, "\(hiddenMaps) of 120 maps left someone undrawn")
    }

    @Test(arguments: screens)
    func theMapsOfTheIssueShowEveryNameWhole(count: Int, size: Size) {
        let network = NetworkSamples.network(count)
        let layout = NetworkSamples.layout(network, size: size)
        Self.expectReadable(layout, network, size: size, "\(count) at \(size.width)x\(size.height)", onTheirRing: true)
        #expect(layout.hidden.isEmpty)
    }

    @Test(arguments: screens)
    func addingSomeoneLeavesEveryoneElseWhereTheyWere(count: Int, size: Size) {
        for (index, kind) in ConnectionKind.allCases.enumerated() {
            var network = NetworkSamples.network(count)
            let before = NetworkSamples.layout(network, size: size)
            network.append(
                Connection(id: "new-\(index)", name: "Newcomer Number \(index)", ring: index + 1, kind: kind))
            let after = NetworkSamples.layout(network, size: size)
            for label in before.labels {
                #expect(
                    after.labels.first { $0.connectionID == label.connectionID } == label,
                    "\(label.name) moved when a \(kind) came")
            }
            #expect(after.placedAndHiddenIDs.contains("new-\(index)"))
        }
    }

    @Test func aPlaceRoundTheRingIsKeptAtEverySizeAndComesFromTheFile() {
        var network = NetworkSamples.network(9)
        network[4].placement = 0.5
        for size in [Size(width: 120, height: 40), Size(width: 200, height: 60)] {
            let layout = NetworkSamples.layout(network, size: size)
            let label = try! #require(layout.labels.first { $0.connectionID == network[4].id })
            #expect(abs(label.angle - RingSectors.angle(of: .group, placement: 0.5)) < 0.001)
        }
        let start = RingSectors.range(of: .place)
        #expect(RingSectors.angle(of: .place, placement: 0) > start.start)
        #expect(RingSectors.angle(of: .place, placement: 0.99) < start.end)
        #expect(RingSectors.kind(at: RingSectors.angle(of: .pet, placement: 0.3)) == .pet)
    }

    /// The screen, the earlier map in then-and-now (half the width) and the HTML picture all draw each person from
    /// their own placement: at it, or a little way round when something is already there.
    @Test func theScreenThenAndNowAndTheCopyUseTheSamePlaces() {
        let network = NetworkSamples.network(20)
        let layouts = [
            NetworkSamples.layout(network, size: Size(width: 120, height: 40)),
            RingLayout(
                area: Rect(x: 1, y: 6, width: 77, height: 31), network: network, centreName: "Zoë",
                namesStayOnTheirRing: true),
            RingLayout(area: SVGRings.area, network: network, centreName: "Zoë"),
        ]
        for layout in layouts {
            #expect(layout.labels.count >= 18)
            for label in layout.labels {
                let connection = network.first { $0.id == label.connectionID }!
                let own = RingSectors.angle(of: connection.kind, placement: connection.placementOrDefault)
                #expect(abs(label.angle - own) < 0.4, "\(label.name) drawn away from their place")
            }
        }
    }

    @Test func everySliceIsNamedWhenEmptyAndItsEdgesAreDrawn() {
        for (_, size) in Self.screens {
            let layout = NetworkSamples.layout([], size: size)
            #expect(layout.sectorLabels.map(\.text) == ["People", "Groups", "Places", "Services", "Pets"])
            #expect(layout.edges.count > 5 * 3)
            #expect(layout.ringNumbers.map(\.text) == ["1", "2", "3", "4", "5"])
        }
    }

    @Test func aLongNameInTheMiddleIsWrappedBeforeItIsCut() {
        let name = "Alexandria Catherine Wilhelmina Montgomery-Fitzgerald"
        let wide = NetworkSamples.layout([], size: Size(width: 200, height: 60), centreName: name)
        #expect(wide.centre.count > 1)
        #expect(wide.centre.map(\.text).joined(separator: " ") == name)
        let small = NetworkSamples.layout([], size: Size(width: 80, height: 24), centreName: name)
        #expect(small.centre.first?.text == "Alexandria")
        #expect(small.centre.allSatisfy { $0.text.displayWidth <= small.centre[0].box.width || $0.text.hasSuffix("…") })
    }

    @Test func aTinyAreaPlacesNothingAndCountsEveryone() {
        let layout = RingLayout(
            area: Rect(x: 0, y: 0, width: 20, height: 5), network: NetworkSamples.network(3), centreName: "Zoë")
        #expect(!layout.fits)
        #expect(layout.labels.isEmpty)
        #expect(layout.hiddenIDs.count == 3)
        #expect(RingLayout(area: Rect(x: 0, y: 0, width: 0, height: 0), network: [], centreName: "").labels.isEmpty)
    }

    @Test func wideCharactersAreMeasuredByColumns() {
        let network = [Connection(id: "w", name: "李伟李伟", ring: 2, kind: .person)]
        let size = Size(width: 120, height: 40)
        let layout = NetworkSamples.layout(network, size: size)
        let label = try! #require(layout.labels.first)
        #expect(label.text == "+ 李伟李伟")
        #expect(label.box.width == "+ 李伟李伟".displayWidth + 2)
        var canvas = Canvas(size: size)
        RingPicture.draw(layout, selectedID: "w", on: &canvas)
        let drawn = (label.box.x..<label.box.maxX).map { canvas[$0, label.box.y].text }.joined()
        #expect(drawn == "[+ 李伟李伟]")
    }

    /// The map of the person who reported it: a pet on ring 3 and a doctor on ring 4 whose names are long.
    static func reportedMap() -> [Connection] {
        [
            Samples.connection("mam", "Mam", ring: 1), Samples.connection("aoife", "Aoife (sister)", ring: 1),
            Samples.connection("marg", "Dr Marguerite Fitzgerald-O'Sullivan Ní Bhriain", ring: 4, kind: .service),
            Samples.connection("choir", "St Anne's Community Choir", ring: 3, kind: .group),
            Samples.connection("lib", "Oakfield Library", ring: 3, kind: .place),
            Samples.connection("mog", "Mog (my cat)", ring: 3, kind: .pet),
            Samples.connection("housing", "Housing office", ring: 4, kind: .service, feeling: .draining),
            Samples.connection("tom", "Tom next door", ring: 3, feeling: .mixed),
            Samples.connection("garden", "Community garden on Elm Street", ring: 5, kind: .place),
            Samples.connection("bob", "Bob Okoro", ring: 2, feeling: .mixed),
        ]
    }

    /// Dr Marguerite's marker went from 2 to 1 when Mog was changed: markers are numbered by place in the plan's list.
    @Test func aMarkerKeepsItsNumberWhenSomeoneElseIsChanged() {
        let size = Size(width: 80, height: 24)
        var network = Self.reportedMap()
        let before = NetworkSamples.layout(network, size: size)
        let doctor = try! #require(before.labels.first { $0.connectionID == "marg" })
        #expect(doctor.text == "[3]")
        for name in ["Mog", "Mog (my lovely old cat, who sleeps on the radiator)"] {
            network[5].name = name
            let after = NetworkSamples.layout(network, size: size)
            #expect(after.labels.first { $0.connectionID == "marg" }?.text == "[3]", "with Mog called \(name)")
            Self.expectReadable(after, network, size: size, "Mog called \(name)", onTheirRing: true)
        }
    }

    /// At 200x60 a long name on the left ran out past the outer rings, so a pet on ring 3 looked as if it were on ring 5.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)])
    func wholeNamesStayInsideTheirRingsOuterLine(size: Size) {
        let network = Self.reportedMap()
        let layout = NetworkSamples.layout(network, size: size)
        Self.expectReadable(
            layout, network, size: size, "the reported map at \(size.width)x\(size.height)", onTheirRing: true)
        #expect(layout.hidden.isEmpty && layout.notDrawn.isEmpty)
    }
}
