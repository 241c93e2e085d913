import AssetMapCore

/// Who is drawn at a cell of the ring picture: a name, or a "+N more" marker. The one place a click is read
/// against the map's picture, so that when the picture is laid out differently only this needs to follow.
enum NetworkHitTest {
    static func selection(at point: Point, in layout: RingLayout) -> NetworkState.Selection? {
        if let label = layout.labels.first(where: { $0.box.contains(point) }) {
            return .connection(label.connectionID)
        }
        if let overflow = layout.overflows.first(where: { $0.box?.contains(point) == true }) {
            return .overflow(ring: overflow.ring, kind: overflow.kind)
        }
        return nil
    }
}
