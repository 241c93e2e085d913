import AssetMapCore
import FoundationEssentials

/// Moving about the rings as feels natural on a circle: left and right go around a ring,
/// up goes towards the centre and down outwards, each to the nearest name on that ring.
enum RingNavigation {
    struct Item: Equatable {
        var selection: NetworkState.Selection
        var ring: Int
        var angle: Double
    }

    /// Every name and "+N more" marker on the picture, by ring and then clockwise from the top.
    static func items(_ layout: RingLayout) -> [Item] {
        let labels = layout.labels.map { Item(selection: .connection($0.connectionID), ring: $0.ring, angle: normalised($0.angle)) }
        let overflows = layout.overflows.filter { $0.box != nil }.map {
            Item(selection: .overflow(ring: $0.ring, kind: $0.kind), ring: $0.ring, angle: normalised($0.angle))
        }
        return (labels + overflows).sorted { ($0.ring, $0.angle) < ($1.ring, $1.angle) }
    }

    /// Where the selection is on the picture; a connection hidden in "+N more" is where its marker is.
    static func current(_ selection: NetworkState.Selection?, in layout: RingLayout, items: [Item]) -> Item? {
        if let item = items.first(where: { $0.selection == selection }) { return item }
        guard case .connection(let id)? = selection, let overflow = layout.overflows.first(where: { $0.hiddenIDs.contains(id) }) else {
            return nil
        }
        return items.first { $0.selection == .overflow(ring: overflow.ring, kind: overflow.kind) }
    }

    static func move(_ selection: NetworkState.Selection?, by command: Command, in layout: RingLayout) -> NetworkState.Selection? {
        let items = items(layout)
        guard let here = current(selection, in: layout, items: items) else { return items.first?.selection }
        switch command {
        case .left, .right:
            let ring = items.filter { $0.ring == here.ring }
            guard let index = ring.firstIndex(of: here), ring.count > 1 else { return here.selection }
            let next = command == .right ? (index + 1) % ring.count : (index + ring.count - 1) % ring.count
            return ring[next].selection
        case .up, .down:
            let rings = command == .up ? Array((1..<here.ring).reversed()) : Array((here.ring + 1)..<6)
            for ring in rings {
                let candidates = items.filter { $0.ring == ring }
                if let nearest = candidates.min(by: { distance($0.angle, here.angle) < distance($1.angle, here.angle) }) {
                    return nearest.selection
                }
            }
            return here.selection
        case .first:
            return items.first?.selection
        case .last:
            return items.last?.selection
        default:
            return here.selection
        }
    }

    static func normalised(_ angle: Double) -> Double {
        let full = 2 * Double.pi
        let value = angle.truncatingRemainder(dividingBy: full)
        return value < 0 ? value + full : value
    }

    static func distance(_ a: Double, _ b: Double) -> Double {
        let difference = abs(a - b)
        return min(difference, 2 * Double.pi - difference)
    }
}
