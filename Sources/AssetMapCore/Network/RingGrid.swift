import FoundationEssentials

/// The cells of the ring picture while it is laid out: which are taken by words, which draw a slice's edge,
/// and which slice each cell is in, so a name is only ever put where it is clear and inside its own slice.
struct RingGrid {
    private static let free: UInt8 = 0
    private static let taken: UInt8 = 1
    private static let edge: UInt8 = 2
    /// The slice of a cell inside the person's own disc in the middle, where no name goes.
    static let middle: Int8 = -1

    let area: Rect
    private var state: [UInt8]
    private let sectors: [Int8]

    init(area: Rect, geometry: RingGeometry) {
        self.area = area
        state = [UInt8](repeating: Self.free, count: area.width * area.height)
        let inner = geometry.boundary(0) * geometry.boundary(0)
        // Which side of each edge a cell is on, by the sign of a cross product rather than an angle for every cell:
        // a cell is in a slice when it is at or past the slice's first edge and short of the next.
        let edges = RingSectors.edges.map { (sin: sin($0), cos: cos($0)) }
        var sectors = [Int8](repeating: Self.middle, count: area.width * area.height)
        var past = [Bool](repeating: false, count: edges.count)
        for y in area.y..<area.maxY {
            let up = (geometry.centreY - Double(y)) / geometry.radiusY
            for x in area.x..<area.maxX {
                let across = (Double(x) - geometry.centreX) / geometry.radiusX
                guard across * across + up * up >= inner else { continue }
                for (index, edge) in edges.enumerated() { past[index] = across * edge.cos - up * edge.sin >= 0 }
                let slice = past.indices.first { past[$0] && !past[($0 + 1) % past.count] } ?? 0
                sectors[(y - area.y) * area.width + (x - area.x)] = Int8(slice)
            }
        }
        self.sectors = sectors
    }

    private func index(_ x: Int, _ y: Int) -> Int? {
        guard x >= area.x, x < area.maxX, y >= area.y, y < area.maxY else { return nil }
        return (y - area.y) * area.width + (x - area.x)
    }

    func sector(x: Int, y: Int) -> Int8? {
        index(x, y).map { sectors[$0] }
    }

    /// Whether every cell of the box is inside the picture and clear, and, given a slice, inside that slice.
    func isClear(_ box: Rect, sector: Int8? = nil) -> Bool {
        guard box.width > 0, box.x >= area.x, box.maxX <= area.maxX, box.y >= area.y, box.maxY <= area.maxY else {
            return false
        }
        for y in box.y..<box.maxY {
            var cell = (y - area.y) * area.width + (box.x - area.x)
            for _ in 0..<box.width {
                if state[cell] != Self.free { return false }
                if let sector, sectors[cell] != sector { return false }
                cell += 1
            }
        }
        return true
    }

    /// One cell: inside the picture, clear, and in the slice.
    func isClear(x: Int, y: Int, sector: Int8) -> Bool {
        guard let cell = index(x, y) else { return false }
        return state[cell] == Self.free && sectors[cell] == sector
    }

    mutating func take(_ box: Rect) {
        for y in max(area.y, box.y)..<min(area.maxY, box.maxY) {
            for x in max(area.x, box.x)..<min(area.maxX, box.maxX) {
                state[(y - area.y) * area.width + (x - area.x)] = Self.taken
            }
        }
    }

    /// Clears the box again, for a label taken back off the picture.
    mutating func release(_ box: Rect) {
        for y in max(area.y, box.y)..<min(area.maxY, box.maxY) {
            for x in max(area.x, box.x)..<min(area.maxX, box.maxX) {
                state[(y - area.y) * area.width + (x - area.x)] = Self.free
            }
        }
    }

    mutating func markEdge(x: Int, y: Int) {
        if let cell = index(x, y) { state[cell] = Self.edge }
    }
}
