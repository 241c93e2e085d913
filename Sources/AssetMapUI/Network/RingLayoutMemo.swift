import AssetMapCore
import Synchronization

/// The last ring layout made. A key on the Network screen asks for the same layout twice (to move the selection,
/// then to draw) and every later key asks again; it depends only on the picture's area, the key's size, the person's
/// name and who is on the map where (not on what they give or who wrote them), so the one kept is exactly the one
/// that would be made again.
enum RingLayoutMemo {
    private struct Entry: Sendable {
        let area: Rect
        let key: Size
        let network: [Connection]
        let centreName: String
        let layout: RingLayout
    }

    private static let last = Mutex<Entry?>(nil)

    static func layout(area: Rect, network: [Connection], centreName: String, key: Size) -> RingLayout {
        let kept = last.withLock { entry -> RingLayout? in
            guard let entry, entry.area == area, entry.key == key, entry.centreName == centreName,
                entry.network.count == network.count, sameOnTheMap(entry.network, network)
            else { return nil }
            return entry.layout
        }
        if let kept { return kept }
        let made = RingLayout(
            area: area, network: network, centreName: centreName, keyRoom: RingKey.room(key), namesStayOnTheirRing: true
        )
        last.withLock { $0 = Entry(area: area, key: key, network: network, centreName: centreName, layout: made) }
        return made
    }

    /// The same as far as the picture goes. The network of a plan that did not change is the very same array, which
    /// is told at once; otherwise each connection is compared where they are, without copying them.
    private static func sameOnTheMap(_ kept: [Connection], _ network: [Connection]) -> Bool {
        kept.withUnsafeBufferPointer { kept in
            network.withUnsafeBufferPointer { network in
                kept.baseAddress == network.baseAddress
                    || kept.indices.allSatisfy { sameOnTheMap(kept[$0], network[$0]) }
            }
        }
    }

    /// The same as far as the picture goes: everything a layout reads.
    private static func sameOnTheMap(_ one: Connection, _ other: Connection) -> Bool {
        one.id == other.id && one.name == other.name && one.ring == other.ring && one.kind == other.kind
            && one.feeling == other.feeling && one.placement == other.placement
    }
}
