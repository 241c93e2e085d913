import FoundationEssentials

/// Where everything on the ring picture goes: each connection's name on its ring, in its kind's sector,
/// with "+N more" where a ring is too crowded, plus the ring names, sector names and the person in the middle.
///
/// Slots come from the geometry alone (inner rings first, each checked against everything before it), and
/// connections fill a sector's slots in a fixed spreading order. So adding someone never moves anyone
/// already placed, unless a kind grows past a power of two and its sector widens.
public struct RingLayout: Equatable, Sendable {
    public struct Label: Equatable, Sendable {
        public var connectionID: String
        public var ring: Int
        public var kind: ConnectionKind
        public var box: Rect
        public var angle: Double
    }

    /// Connections that did not fit, shown as "+N more" in the last slot of their sector.
    public struct Overflow: Equatable, Sendable {
        public var ring: Int
        public var kind: ConnectionKind
        public var hiddenIDs: [String]
        public var box: Rect?
        public var angle: Double
        public var text: String { "+\(hiddenIDs.count) more" }
    }

    public struct Text: Equatable, Sendable {
        public var text: String
        public var box: Rect
    }

    public let area: Rect
    public let geometry: RingGeometry
    public let labelWidth: Int
    public let labels: [Label]
    public let overflows: [Overflow]
    public let ringLabels: [Text]
    public let sectorLabels: [Text]
    public let centre: Text?
    /// The angle each kind's sector starts and ends at.
    public let sectors: [(kind: ConnectionKind, start: Double, end: Double)]
    /// The cells the five ring lines pass through, worked out with the rest so drawing does no trigonometry.
    public let ringLines: [(x: Int, y: Int)]

    /// Too small an area for rings at all: everything is listed instead.
    public static let minimumWidth = 30
    public static let minimumHeight = 9

    public static func == (lhs: RingLayout, rhs: RingLayout) -> Bool {
        lhs.area == rhs.area && lhs.labels == rhs.labels && lhs.overflows == rhs.overflows
            && lhs.ringLabels == rhs.ringLabels && lhs.sectorLabels == rhs.sectorLabels && lhs.centre == rhs.centre
    }

    public var fits: Bool { area.width >= Self.minimumWidth && area.height >= Self.minimumHeight }

    public init(area: Rect, network: [Connection], centreName: String) {
        self.area = area
        geometry = RingGeometry(area: area)
        labelWidth = min(18, max(10, area.width / 7))
        sectors = Self.sectors(for: network)
        guard area.width >= Self.minimumWidth, area.height >= Self.minimumHeight else {
            ringLines = []
            labels = []
            overflows = network.isEmpty ? [] : [Overflow(ring: 1, kind: .person, hiddenIDs: network.map(\.id), box: nil, angle: 0)]
            ringLabels = []
            sectorLabels = []
            centre = nil
            return
        }
        let geometry = self.geometry
        ringLines = Connection.rings.flatMap { geometry.cells(onBoundary: $0) }
        var grid = Occupancy(area: area)
        let centreText = centreName.truncated(toWidth: max(10, Int(geometry.radiusX * geometry.boundary(0) * 2) - 1))
        let centreBox = Rect(x: Int((geometry.centreX - Double(centreText.displayWidth - 1) / 2).rounded(.down)),
                                y: Int(geometry.centreY.rounded()), width: centreText.displayWidth, height: 1)
        grid.reserve(centreBox)
        centre = Text(text: centreText, box: centreBox)
        ringLabels = Self.placeRingLabels(geometry: geometry, grid: &grid)
        sectorLabels = Self.placeSectorLabels(sectors, geometry: geometry, area: area, grid: &grid)
        var labels: [Label] = []
        var overflows: [Overflow] = []
        for ring in Connection.rings {
            var ringFill = RingFill(ring: ring)
            for sector in sectors {
                let slots = Self.slots(ring: ring, from: sector.start, to: sector.end, width: labelWidth, geometry: geometry, grid: &grid)
                let members = network.filter { $0.ring == ring && $0.kind == sector.kind }
                ringFill.fill(slots, with: members, kind: sector.kind, middle: (sector.start + sector.end) / 2)
            }
            ringFill.lendFreeSlots()
            labels += ringFill.labels
            overflows += ringFill.overflows
        }
        self.labels = labels
        self.overflows = overflows
    }

    /// Every connection is either placed or counted in an overflow: true by construction, checked in tests.
    public var placedAndHiddenIDs: [String] {
        labels.map(\.connectionID) + overflows.flatMap(\.hiddenIDs)
    }

    /// Connections whose ring and sector had no room even for "+N more"; the screen counts them in words.
    public var unplacedIDs: [String] {
        overflows.filter { $0.box == nil }.flatMap(\.hiddenIDs)
    }

    /// Sectors in a fixed order clockwise from the top, people centred at the top. A sector's share
    /// grows with its kind in steps of powers of two, so it changes rarely as people are added.
    static func sectors(for network: [Connection]) -> [(kind: ConnectionKind, start: Double, end: Double)] {
        let weights = ConnectionKind.allCases.map { kind -> Double in
            let count = network.count { $0.kind == kind }
            var step = 1
            while step < count { step *= 2 }
            return Double(step)
        }
        let total = weights.reduce(0, +)
        var start = -Double.pi * weights[0] / total
        var sectors: [(kind: ConnectionKind, start: Double, end: Double)] = []
        for (index, kind) in ConnectionKind.allCases.enumerated() {
            let end = start + 2 * Double.pi * weights[index] / total
            sectors.append((kind, start, end))
            start = end
        }
        return sectors
    }

    /// Ring names sit on the ring lines at the bottom of the picture, inner first.
    private static func placeRingLabels(geometry: RingGeometry, grid: inout Occupancy) -> [Text] {
        var placed: [Text] = []
        for ring in Connection.rings {
            let text = "\(ring) \(RingWords.short(ring))"
            let point = geometry.point(fraction: geometry.boundary(ring), angle: Double.pi)
            let box = Rect(x: Int((point.x - Double(text.displayWidth - 1) / 2).rounded(.down)), y: Int(point.y.rounded()),
                              width: text.displayWidth, height: 1)
            if grid.isFree(box, gap: 0) {
                grid.reserve(box)
                placed.append(Text(text: text, box: box))
            }
        }
        return placed
    }

    /// Sector names just outside the outer ring, at the middle of each sector.
    private static func placeSectorLabels(_ sectors: [(kind: ConnectionKind, start: Double, end: Double)], geometry: RingGeometry,
                                          area: Rect, grid: inout Occupancy) -> [Text] {
        var placed: [Text] = []
        for sector in sectors {
            let text = sector.kind.plural
            let middle = (sector.start + sector.end) / 2
            let point = geometry.point(fraction: 1.0, angle: middle)
            let outward = (x: sin(middle), y: -cos(middle))
            var x = Int((point.x - Double(text.displayWidth - 1) / 2 + outward.x * Double(text.displayWidth) / 2).rounded())
            var y = Int((point.y + outward.y).rounded())
            x = min(max(x, area.x), area.maxX - text.displayWidth)
            y = min(max(y, area.y), area.maxY - 1)
            let box = Rect(x: x, y: y, width: text.displayWidth, height: 1)
            if grid.isFree(box, gap: 1) {
                grid.reserve(box)
                placed.append(Text(text: text, box: box))
            }
        }
        return placed
    }

    /// Places for names along the middle of a ring within a sector, walking the angle finely and keeping
    /// every box that is clear of everything placed so far (with a space between names).
    static func slots(ring: Int, from start: Double, to end: Double, width: Int, geometry: RingGeometry,
                      grid: inout Occupancy) -> [(box: Rect, angle: Double)] {
        let fraction = geometry.middle(of: ring)
        let arc = (end - start) * (geometry.radiusX + geometry.radiusY) * fraction
        let samples = max(8, Int(arc * 2))
        var slots: [(box: Rect, angle: Double)] = []
        for step in 0..<samples {
            let angle = start + (end - start) * (Double(step) + 0.5) / Double(samples)
            let point = geometry.point(fraction: fraction, angle: angle)
            let box = Rect(x: Int((point.x - Double(width) / 2).rounded()), y: Int(point.y.rounded()), width: width, height: 1)
            guard grid.isFree(box, gap: 1) else { continue }
            grid.reserve(box)
            slots.append((box, angle))
        }
        return slots
    }

    /// Slot indices in the order to fill them so any number of names is spread out:
    /// the middle first, then the quarters, then the eighths (the van der Corput sequence).
    static func spreadingOrder(_ count: Int) -> [Int] {
        guard count > 0 else { return [] }
        var order: [Int] = []
        var taken = [Bool](repeating: false, count: count)
        var index = 1
        while order.count < count {
            var fraction = 0.0
            var base = 0.5
            var n = index
            while n > 0 {
                if n & 1 == 1 { fraction += base }
                base /= 2
                n >>= 1
            }
            index += 1
            var slot = min(count - 1, Int(fraction * Double(count)))
            var offset = 0
            while taken[slot] {
                offset += 1
                let up = slot + offset
                let down = slot - offset
                if up < count, !taken[up] { slot = up } else if down >= 0, !taken[down] { slot = down }
            }
            taken[slot] = true
            order.append(slot)
        }
        return order
    }
}

/// Fills one ring: each sector's own slots first, in the spreading order; then people who did not fit
/// in their own sector borrow the nearest slots the ring has left over, so no one is hidden while there is room.
struct RingFill {
    typealias Slot = (box: Rect, angle: Double)

    let ring: Int
    private(set) var labels: [RingLayout.Label] = []
    private(set) var overflows: [RingLayout.Overflow] = []
    private var free: [Slot] = []
    private var waiting: [(kind: ConnectionKind, middle: Double, members: [Connection], marker: Slot?)] = []

    init(ring: Int) {
        self.ring = ring
    }

    /// A sector's own slots; with more people than slots, the last slot in the order is kept for "+N more".
    mutating func fill(_ slots: [Slot], with members: [Connection], kind: ConnectionKind, middle: Double) {
        let order = RingLayout.spreadingOrder(slots.count)
        let shown = members.count <= slots.count ? members.count : max(0, slots.count - 1)
        for index in 0..<shown {
            place(members[index], kind: kind, in: slots[order[index]])
        }
        let markerIndex = shown < members.count && !slots.isEmpty ? order[slots.count - 1] : nil
        for (index, slot) in order.enumerated().map({ ($0.offset, slots[$0.element]) }) where index >= shown && order[index] != markerIndex {
            free.append(slot)
        }
        if shown < members.count {
            waiting.append((kind, middle, Array(members[shown...]), markerIndex.map { slots[$0] }))
        }
    }

    /// Places people who did not fit into the ring's unused slots nearest their sector, then counts the rest.
    mutating func lendFreeSlots() {
        for entry in waiting {
            free.sort { RingFill.distance($0.angle, entry.middle) < RingFill.distance($1.angle, entry.middle) }
            var available = (entry.marker.map { [$0] } ?? []) + free.prefix(entry.members.count)
            free.removeFirst(min(free.count, entry.members.count))
            let placeable = entry.members.count <= available.count ? entry.members.count : max(0, available.count - 1)
            for index in 0..<placeable {
                place(entry.members[index], kind: entry.kind, in: available[index])
            }
            available.removeFirst(placeable)
            if placeable < entry.members.count {
                let marker = available.first
                overflows.append(RingLayout.Overflow(ring: ring, kind: entry.kind, hiddenIDs: entry.members[placeable...].map(\.id),
                                                     box: marker?.box, angle: marker?.angle ?? entry.middle))
                available = Array(available.dropFirst())
            }
            free += available
        }
    }

    private mutating func place(_ connection: Connection, kind: ConnectionKind, in slot: Slot) {
        labels.append(RingLayout.Label(connectionID: connection.id, ring: ring, kind: kind, box: slot.box, angle: slot.angle))
    }

    static func distance(_ a: Double, _ b: Double) -> Double {
        let full = 2 * Double.pi
        let difference = abs((a - b).truncatingRemainder(dividingBy: full))
        return min(difference, full - difference)
    }
}

/// Which cells of the picture are already taken, for placing without overlaps.
struct Occupancy {
    let area: Rect
    private var taken: [Bool]

    init(area: Rect) {
        self.area = area
        taken = [Bool](repeating: false, count: max(0, area.width * area.height))
    }

    /// True when the box is inside the area and clear, with `gap` free cells either side.
    func isFree(_ box: Rect, gap: Int) -> Bool {
        guard box.x >= area.x, box.maxX <= area.maxX, box.y >= area.y, box.maxY <= area.maxY else { return false }
        for y in box.y..<box.maxY {
            for x in max(area.x, box.x - gap)..<min(area.maxX, box.maxX + gap) where taken[(y - area.y) * area.width + (x - area.x)] {
                return false
            }
        }
        return true
    }

    mutating func reserve(_ box: Rect) {
        for y in max(area.y, box.y)..<min(area.maxY, box.maxY) {
            for x in max(area.x, box.x)..<min(area.maxX, box.maxX) {
                taken[(y - area.y) * area.width + (x - area.x)] = true
            }
        }
    }
}
