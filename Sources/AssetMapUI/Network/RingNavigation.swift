import AssetMapCore
import FoundationEssentials
import Synchronization

/// Moving about the rings as feels natural on a circle: left and right go around a ring,
/// up goes towards the centre and down outwards, each to the nearest name on that ring.
enum RingNavigation {
    struct Item: Equatable, Sendable {
        var id: String
        var ring: Int
        var angle: Double
    }

    /// Everyone drawn on the picture, by ring and then clockwise from the top; sorted once for the last layout, as every
    /// arrow key on the map asks.
    static func items(_ layout: RingLayout) -> [Item] {
        if let kept = lastItems.withLock({ last in last.flatMap { $0.layout == layout ? $0.items : nil } }) {
            return kept
        }
        let items = layout.labels.map { Item(id: $0.connectionID, ring: $0.ring, angle: normalised($0.angle)) }
            .sorted { ($0.ring, $0.angle) < ($1.ring, $1.angle) }
        lastItems.withLock { $0 = (layout, items) }
        return items
    }

    private static let lastItems = Mutex<(layout: RingLayout, items: [Item])?>(nil)

    /// The one to select after a key; someone not drawn stays selected until a key moves to someone who is.
    static func move(_ selectedID: String?, by command: Command, in layout: RingLayout) -> String? {
        let items = items(layout)
        guard let here = items.first(where: { $0.id == selectedID }) else { return items.first?.id ?? selectedID }
        switch command {
        case .left, .right:
            let ring = items.filter { $0.ring == here.ring }
            guard let index = ring.firstIndex(of: here), ring.count > 1 else { return here.id }
            let next = command == .right ? (index + 1) % ring.count : (index + ring.count - 1) % ring.count
            return ring[next].id
        case .up, .down:
            let rings = command == .up ? Array((1..<here.ring).reversed()) : Array((here.ring + 1)..<6)
            for ring in rings {
                let candidates = items.filter { $0.ring == ring }
                if let nearest = candidates.min(by: { distance($0.angle, here.angle) < distance($1.angle, here.angle) })
                {
                    return nearest.id
                }
            }
            return here.id
        case .first:
            return items.first?.id
        case .last:
            return items.last?.id
        default:
            return here.id
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
