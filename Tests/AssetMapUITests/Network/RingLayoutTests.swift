@testable import AssetMapCore
@testable import AssetMapUI
import Testing
import TestSupport

@Suite struct RingLayoutTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]
    static let counts = [0, 1, 7, 40, 150]

    @Test(arguments: sizes, counts)
    func nothingOverlapsAndEverythingIsInside(size: Size, count: Int) {
        let area = NetworkSamples.pictureArea(size)
        let layout = RingLayout(area: area, network: NetworkSamples.network(count), centreName: "Zoë Ní Bhriain")
        var boxes = layout.labels.map(\.box) + layout.overflows.compactMap(\.box)
        boxes += layout.ringLabels.map(\.box) + layout.sectorLabels.map(\.box) + [layout.centre?.box].compactMap { $0 }
        for box in boxes {
            #expect(box.x >= area.x && box.maxX <= area.maxX && box.y >= area.y && box.maxY <= area.maxY, "\(box) outside \(area)")
        }
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] {
                let apart = box.maxX <= other.x || other.maxX <= box.x || box.maxY <= other.y || other.maxY <= box.y
                #expect(apart, "\(box) overlaps \(other) at \(size.width)x\(size.height) with \(count)")
            }
        }
    }

    @Test(arguments: sizes, counts)
    func everyConnectionIsPlacedOrCountedOnce(size: Size, count: Int) {
        let network = NetworkSamples.network(count)
        let layout = RingLayout(area: NetworkSamples.pictureArea(size), network: network, centreName: "Zoë")
        #expect(layout.placedAndHiddenIDs.sorted() == network.map(\.id).sorted())
        for label in layout.labels {
            let connection = network.first { $0.id == label.connectionID }
            #expect(connection?.ring == label.ring)
            #expect(connection?.kind == label.kind)
        }
    }

    @Test func aTypicalMapShowsEveryoneAtTheLargerSizes() {
        for size in Self.sizes.dropFirst() {
            let layout = RingLayout(area: NetworkSamples.pictureArea(size), network: NetworkSamples.network(20), centreName: "Zoë")
            #expect(layout.overflows.isEmpty, "\(size)")
        }
    }

    @Test func aCrowdedMapSaysHowManyMoreAndAlwaysShowsTheCount() {
        let layout = RingLayout(area: NetworkSamples.pictureArea(Size(width: 200, height: 60)), network: NetworkSamples.network(150),
                                centreName: "Zoë")
        #expect(!layout.overflows.isEmpty)
        #expect(layout.overflows.allSatisfy { $0.box != nil })
        #expect(layout.labels.count > 60)
    }

    /// Each case adds a kind whose sector keeps its size (a count that is not a power of two).
    @Test(arguments: [(7, ConnectionKind.pet), (40, ConnectionKind.person), (150, ConnectionKind.place)])
    func addingSomeoneMovesNoOneAlreadyThere(count: Int, kind: ConnectionKind) {
        let area = NetworkSamples.pictureArea(Size(width: 120, height: 40))
        var network = NetworkSamples.network(count)
        let before = RingLayout(area: area, network: network, centreName: "Zoë")
        let sameSector = network.count { $0.kind == kind }
        network.append(Connection(id: "new", name: "Newcomer", ring: 3, kind: kind))
        let after = RingLayout(area: area, network: network, centreName: "Zoë")
        #expect(sameSector == 0 || sameSector & (sameSector - 1) != 0, "this case's sector would widen")
        let placedAfter = Dictionary(after.labels.map { ($0.connectionID, $0.box) }, uniquingKeysWith: { first, _ in first })
        for label in before.labels {
            if let box = placedAfter[label.connectionID] {
                #expect(box == label.box, "\(label.connectionID) moved")
            } else {
                #expect(after.overflows.contains { $0.hiddenIDs.contains(label.connectionID) })
            }
        }
    }

    @Test func theRingsLookRoundOnATerminal() {
        let geometry = RingGeometry(area: Rect(x: 0, y: 0, width: 200, height: 41))
        #expect(geometry.radiusY == 20)
        #expect(geometry.radiusX == 44)
        let narrow = RingGeometry(area: Rect(x: 0, y: 0, width: 41, height: 41))
        #expect(narrow.radiusX == 20)
    }

    @Test func theSpreadingOrderStartsInTheMiddleAndUsesEverySlotOnce() {
        #expect(RingLayout.spreadingOrder(7).first == 3)
        for count in 0..<40 {
            #expect(RingLayout.spreadingOrder(count).sorted() == Array(0..<count))
        }
        #expect(Array(RingLayout.spreadingOrder(8).prefix(3)) == [4, 2, 6])
    }

    @Test func aTinyAreaPlacesNothingAndCountsEveryone() {
        let layout = RingLayout(area: Rect(x: 0, y: 0, width: 20, height: 5), network: NetworkSamples.network(3), centreName: "Zoë")
        #expect(!layout.fits)
        #expect(layout.labels.isEmpty)
        #expect(layout.unplacedIDs.count == 3)
        #expect(RingLayout(area: Rect(x: 0, y: 0, width: 0, height: 0), network: [], centreName: "").labels.isEmpty)
    }

    @Test func doubleWidthNamesAreCutByColumnsInTheirLabels() {
        var plan = Samples.plan()
        plan.network = [Connection(id: "w", name: "李伟李伟李伟李伟李伟李伟", ring: 2, kind: .person)]
        let area = NetworkSamples.pictureArea(Size(width: 80, height: 24))
        let layout = RingLayout(area: area, network: plan.network, centreName: "Zoë")
        var canvas = Canvas(size: Size(width: 80, height: 24))
        RingPicture.draw(layout, plan: plan, selection: nil, on: &canvas)
        let label = try! #require(layout.labels.first)
        let text = (label.box.x..<label.box.maxX).map { canvas[$0, label.box.y].text }.joined()
        #expect(text.displayWidth <= label.box.width)
        #expect(text.contains("…"))
        #expect(text.hasPrefix(" + 李伟"))
    }
}
