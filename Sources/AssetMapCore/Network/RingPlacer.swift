import FoundationEssentials

/// Puts each connection on its ring at its own place in its kind's slice, in the order they were added: the whole
/// name where it is clear, else a short marker whose whole name goes in the key, else a little way round the
/// ring. Nobody already placed is ever moved for someone placed after, so adding someone leaves everyone else
/// where they were.
struct RingPlacer {
    let geometry: RingGeometry
    let area: Rect
    /// How many whole names round the ring's middle are tried either way before a marker is used instead.
    static let wholeNameNudges = 8

    struct Result {
        var labels: [RingLayout.Label] = []
        var hidden: [ConnectionKind: [String]] = [:]
        var keyLinesUsed = 0
    }

    /// `keyLines` is how many lines the key has for markers' names, nil for as many as are needed.
    func place(_ network: [Connection], on grid: inout RingGrid, keyLines: Int?, lineCount: (String) -> Int) -> Result {
        var result = Result()
        var markers = 0
        for connection in network {
            let kindIndex = Int8(ConnectionKind.allCases.firstIndex(of: connection.kind) ?? 0)
            let name = RingLayout.shown(connection.name)
            let whole = connection.feeling.symbol + " " + name
            let anchors = self.anchors(for: connection, sector: kindIndex, grid: grid)
            func label(_ text: String, box: Rect, angle: Double, marker: Int?) -> RingLayout.Label {
                RingLayout.Label(connectionID: connection.id, name: name, ring: connection.ring, kind: connection.kind,
                                 feeling: connection.feeling, box: box, text: text, marker: marker, angle: angle)
            }
            let near = anchors.prefix { $0.step <= Self.wholeNameNudges }
            if let (box, angle) = firstClear(whole, at: near, sector: kindIndex, grid: grid) {
                grid.take(box)
                result.labels.append(label(whole, box: box, angle: angle, marker: nil))
                continue
            }
            let marker = connection.feeling.symbol + String(markers + 1)
            let cost = lineCount(marker + " " + name)
            if keyLines.map({ result.keyLinesUsed + cost <= $0 }) ?? true,
               let (box, angle) = firstClear(marker, at: anchors[...], sector: kindIndex, grid: grid) {
                grid.take(box)
                markers += 1
                result.keyLinesUsed += cost
                result.labels.append(label(marker, box: box, angle: angle, marker: markers))
                continue
            }
            if let (box, angle) = firstClear(whole, at: anchors.dropFirst(near.count), sector: kindIndex, grid: grid) {
                grid.take(box)
                result.labels.append(label(whole, box: box, angle: angle, marker: nil))
                continue
            }
            result.hidden[connection.kind, default: []].append(connection.id)
        }
        return result
    }

    struct Anchor {
        var x: Int
        var y: Int
        var angle: Double
        /// How many steps round the ring from the connection's own place.
        var step: Int
    }

    /// The connection's own place first, then places a step at a time either way round its ring within the slice,
    /// each also a little inside and outside the ring's middle where that is another row.
    func anchors(for connection: Connection, sector: Int8, grid: RingGrid) -> [Anchor] {
        let own = RingSectors.angle(of: connection.kind, placement: connection.placementOrDefault)
        let (start, end) = RingSectors.range(of: connection.kind)
        let middle = geometry.middle(of: connection.ring)
        let band = geometry.boundary(connection.ring) - geometry.boundary(connection.ring - 1)
        let step = 1 / (geometry.radiusX * middle)
        var anchors: [Anchor] = []
        var seen = Set<Point>()
        var index = 0
        while true {
            let turns = index == 0 ? [own] : [own + Double(index) * step, own - Double(index) * step]
            let inside = turns.filter { $0 >= start && $0 <= end }
            if inside.isEmpty { break }
            for angle in inside {
                for offset in [0, -0.3 * band, 0.3 * band] {
                    let point = geometry.point(fraction: middle + offset, angle: angle)
                    let cell = Point(x: Int(point.x.rounded()), y: Int(point.y.rounded()))
                    guard grid.sector(x: cell.x, y: cell.y) == sector, seen.insert(cell).inserted else { continue }
                    anchors.append(Anchor(x: cell.x, y: cell.y, angle: angle, step: index))
                }
            }
            index += 1
        }
        return anchors
    }

    /// The first box for the text, at the first of the places where one is clear. The text always covers its
    /// place; on the right of the picture it runs rightwards from there, on the left it ends there, and at the
    /// top and bottom it is centred on it, or slid along when that is not clear.
    func firstClear(_ text: String, at anchors: ArraySlice<Anchor>, sector: Int8, grid: RingGrid) -> (Rect, Double)? {
        let width = text.displayWidth
        guard width + 2 <= area.width else { return nil }
        for anchor in anchors {
            let side = sin(anchor.angle)
            let preferred = side > 0.35 ? anchor.x - 1 : side < -0.35 ? anchor.x - width : anchor.x - 1 - (width - 1) / 2
            let lowest = anchor.x - width
            let highest = anchor.x - 1
            for shift in 0...width {
                for x in shift == 0 ? [preferred] : [preferred + shift, preferred - shift] where x >= lowest && x <= highest {
                    let box = Rect(x: x, y: anchor.y, width: width + 2, height: 1)
                    if grid.isClear(box, sector: sector) { return (box, anchor.angle) }
                }
            }
        }
        return nil
    }
}
