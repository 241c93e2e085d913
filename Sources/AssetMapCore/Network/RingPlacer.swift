import FoundationEssentials

/// Puts each connection on its ring at its own place in its kind's slice, in the order they were added: the whole
/// name where it is clear and stays inside its ring's outer line (so it reads as on that ring, not the next one
/// out), else a short marker ("[7]", their place in the order they were added) whose whole name goes in the key, else a
/// little way round the ring; with no room anywhere on their ring, their whole name goes in the key alone while it has room. Nobody
/// already placed is ever moved for someone placed after, so adding someone leaves everyone else where they were.
struct RingPlacer {
    let geometry: RingGeometry
    let area: Rect
    /// For each cell of the area, a bit for each ring whose outer line passes through it (none for ring 5, which
    /// has nothing further out), when whole names must stay inside them; empty when they need not.
    private let outerLines: [UInt8]
    /// Each ring's outer edge, by ring number, worked out once rather than for every cell asked about.
    private let edges: [Double]
    private let namesStayOnTheirRing: Bool

    init(geometry: RingGeometry, area: Rect, namesStayOnTheirRing: Bool) {
        self.geometry = geometry
        self.area = area
        self.namesStayOnTheirRing = namesStayOnTheirRing
        edges = (0...Connection.rings.upperBound).map { geometry.boundary($0) }
        var lines: [UInt8] = []
        if namesStayOnTheirRing {
            lines = [UInt8](repeating: 0, count: area.width * area.height)
            for ring in Connection.rings.dropLast() {
                for cell in geometry.cells(onBoundary: ring) where area.contains(Point(x: cell.x, y: cell.y)) {
                    lines[(cell.y - area.y) * area.width + (cell.x - area.x)] |= 1 << UInt8(ring)
                }
            }
        }
        outerLines = lines
    }
    /// How many steps round the ring either way a whole name is tried before a marker is used instead.
    static let wholeNameNudges = 8

    struct Result {
        var labels: [RingLayout.Label] = []
        var notDrawn: [RingLayout.KeyEntry] = []
        var hidden: [ConnectionKind: [String]] = [:]
        var keyLinesUsed = 0
        /// Everyone given a line in the key, in the order they were, with the lines each takes.
        var listed: [(id: String, kind: ConnectionKind, lines: Int)] = []
    }

    /// A ring's slice, for remembering the narrowest text that found no room anywhere in it: the picture only
    /// fills up, so nothing as wide can find room there later, and a crowded map is not searched again and again.
    private struct Slice: Hashable {
        var ring: Int
        var kind: ConnectionKind
    }

    /// `keyLines` is how many lines the key has for markers' names, nil for as many as are needed.
    func place(_ network: [Connection], on grid: inout RingGrid, keyLines: Int?, lineCount: (String) -> Int) -> Result {
        var result = Result()
        var full: [Slice: Int] = [:]
        for (position, connection) in network.enumerated() {
            let sector = Int8(ConnectionKind.allCases.firstIndex(of: connection.kind) ?? 0)
            let slice = Slice(ring: connection.ring, kind: connection.kind)
            let name = RingLayout.shown(connection.name)
            let whole = connection.feeling.symbol + " " + name
            var walk = AnchorWalk(connection: connection, geometry: geometry)
            func label(_ text: String, box: Rect, angle: Double, marker: Int?) -> RingLayout.Label {
                RingLayout.Label(
                    connectionID: connection.id, name: name, ring: connection.ring, kind: connection.kind,
                    feeling: connection.feeling, box: box, text: text, marker: marker, angle: angle)
            }
            func fits(_ text: String, upTo steps: Int, onRing ring: Int? = nil) -> (Rect, Double)? {
                let width = text.displayWidth
                if let narrowest = full[slice], width >= narrowest { return nil }
                if let found = firstClear(width, along: &walk, upTo: steps, sector: sector, grid: grid, onRing: ring) {
                    return found
                }
                if steps == .max { full[slice] = min(full[slice] ?? .max, width) }
                return nil
            }
            if let (box, angle) = fits(
                whole, upTo: Self.wholeNameNudges, onRing: namesStayOnTheirRing ? connection.ring : nil)
            {
                grid.take(box)
                result.labels.append(label(whole, box: box, angle: angle, marker: nil))
                continue
            }
            // Numbered by their place in the order they were added, which changing someone else leaves as it is.
            let number = position + 1
            let marker = RingLayout.marker(number)
            let cost = lineCount(
                RingLayout.KeyEntry.text(marker: marker, feeling: connection.feeling, name: name, isDrawn: true))
            let keyHasRoom = keyLines.map { result.keyLinesUsed + cost <= $0 } ?? true
            walk.restart()
            if keyHasRoom, let (box, angle) = fits(marker, upTo: .max) {
                grid.take(box)
                result.keyLinesUsed += cost
                result.listed.append((connection.id, connection.kind, cost))
                result.labels.append(label(marker, box: box, angle: angle, marker: number))
                continue
            }
            // Where not even a marker fits, nor would the whole name, which is wider.
            if !keyHasRoom, let (box, angle) = fits(whole, upTo: .max) {
                grid.take(box)
                result.labels.append(label(whole, box: box, angle: angle, marker: nil))
                continue
            }
            let entry = RingLayout.KeyEntry(
                connectionID: connection.id, name: name, ring: connection.ring, feeling: connection.feeling,
                token: "", isDrawn: false)
            let listing = lineCount(entry.keyText)
            if keyLines.map({ result.keyLinesUsed + listing <= $0 }) ?? true {
                result.keyLinesUsed += listing
                result.listed.append((connection.id, connection.kind, listing))
                result.notDrawn.append(entry)
            } else {
                result.hidden[connection.kind, default: []].append(connection.id)
            }
        }
        return result
    }

    /// The first box for text this wide at the places the walk comes to, up to `steps` steps from the connection's
    /// own place. The text always covers its place; on the right of the picture it runs rightwards from there, on
    /// the left it ends there, and at the top and bottom it is centred on it, or slid along when that is not clear.
    /// Given a ring, the words must also stay inside that ring's outer line, slid along as far as that needs.
    func firstClear(
        _ width: Int, along walk: inout AnchorWalk, upTo steps: Int, sector: Int8, grid: RingGrid,
        onRing ring: Int? = nil
    ) -> (Rect, Double)? {
        guard width + 2 <= area.width else { return nil }
        while let anchor = walk.next(upTo: steps) {
            guard grid.sector(x: anchor.x, y: anchor.y) == sector,
                grid.isClear(x: anchor.x, y: anchor.y, sector: sector)
            else { continue }
            // How far the clear cells in the slice run either side of the place, as far as a box could reach.
            var left = anchor.x
            while anchor.x - left <= width, grid.isClear(x: left - 1, y: anchor.y, sector: sector) { left -= 1 }
            var right = anchor.x
            while right - anchor.x <= width, grid.isClear(x: right + 1, y: anchor.y, sector: sector) { right += 1 }
            let lowest = max(left, anchor.x - width)
            let highest = min(right - width - 1, anchor.x - 1)
            guard lowest <= highest else { continue }
            let side = sin(anchor.angle)
            let preferred = min(
                max(
                    side > 0.35 ? anchor.x - 1 : side < -0.35 ? anchor.x - width : anchor.x - 1 - (width - 1) / 2,
                    lowest), highest)
            guard let ring else { return (Rect(x: preferred, y: anchor.y, width: width + 2, height: 1), anchor.angle) }
            // The nearest place to the preferred one first, the left one before the right at the same distance.
            func box(_ x: Int) -> Rect { Rect(x: x, y: anchor.y, width: width + 2, height: 1) }
            for distance in 0...(highest - lowest) {
                let left = preferred - distance
                let right = preferred + distance
                if left >= lowest, staysOnRing(box(left), ring: ring) { return (box(left), anchor.angle) }
                if distance > 0, right <= highest, staysOnRing(box(right), ring: ring) {
                    return (box(right), anchor.angle)
                }
            }
        }
        return nil
    }

    /// Whether the words in a box (the blank cells either side aside) stay inside the ring's outer line.
    func staysOnRing(_ box: Rect, ring: Int) -> Bool {
        guard !outerLines.isEmpty, ring < Connection.rings.upperBound else { return true }
        let edge = edges[ring]
        let bit = UInt8(1) << UInt8(ring)
        return (box.x + 1..<box.maxX - 1).allSatisfy { x in
            let inArea = area.contains(Point(x: x, y: box.y))
            let onLine = inArea && outerLines[(box.y - area.y) * area.width + (x - area.x)] & bit != 0
            return geometry.fraction(x: x, y: box.y) <= edge && !onLine
        }
    }
}

/// The places tried for a connection, in order: their own place, then a step at a time either way round their ring
/// within their slice, each also a little inside and outside the ring's middle where that is another row. Made only
/// as far as they are needed.
struct AnchorWalk {
    struct Anchor {
        var x: Int
        var y: Int
        var angle: Double
    }

    private let geometry: RingGeometry
    private let own: Double
    private let start: Double
    private let end: Double
    private let middle: Double
    private let band: Double
    private let step: Double
    private var index = 0
    private var pending: [Anchor] = []
    private var last: Point?

    init(connection: Connection, geometry: RingGeometry) {
        self.geometry = geometry
        own = RingSectors.angle(of: connection.kind, placement: connection.placementOrDefault)
        (start, end) = RingSectors.range(of: connection.kind)
        middle = geometry.middle(of: connection.ring)
        band = geometry.boundary(connection.ring) - geometry.boundary(connection.ring - 1)
        step = 1 / (geometry.radiusX * middle)
    }

    /// Back to the connection's own place.
    mutating func restart() {
        index = 0
        pending = []
        last = nil
    }

    /// Each place's distance out from the ring's middle, as a share of the ring's width.
    private static let offsets: [Double] = [0, -0.3, 0.3, -0.4, 0.4]

    /// The next place no more than `steps` steps round from their own, or nil when there are no more.
    mutating func next(upTo steps: Int) -> Anchor? {
        while pending.isEmpty {
            guard index <= steps else { return nil }
            let clockwise = own + Double(index) * step
            let anticlockwise = own - Double(index) * step
            let first = clockwise >= start && clockwise <= end
            let second = index > 0 && anticlockwise >= start && anticlockwise <= end
            if !first, !second { return nil }
            index += 1
            for (angle, inside) in [(clockwise, first), (anticlockwise, second)] where inside {
                // The sums as `RingGeometry.point` makes them, with the sine and cosine worked out once.
                let (sine, cosine) = (sin(angle), cos(angle))
                for offset in Self.offsets {
                    let fraction = middle + offset * band
                    let cell = Point(
                        x: Int((geometry.centreX + geometry.radiusX * fraction * sine).rounded()),
                        y: Int((geometry.centreY - geometry.radiusY * fraction * cosine).rounded()))
                    guard cell != last else { continue }
                    last = cell
                    pending.append(Anchor(x: cell.x, y: cell.y, angle: angle))
                }
            }
            pending.reverse()
        }
        return pending.popLast()
    }
}
