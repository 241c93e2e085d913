import AssetMapCore

/// Who is at a cell of the map: a name or marker on the ring picture, or a whole name in the key beside it. The one
/// place a click is read against the map, so when the map is drawn differently only this needs to follow.
enum NetworkHitTest {
    static func connection(at point: Point, in layout: NetworkLayout, rings: RingLayout) -> String? {
        if let label = rings.labels.first(where: { $0.box.contains(point) }) { return label.connectionID }
        guard let key = layout.key, key.contains(point) else { return nil }
        let lines = RingKey.lines(rings, width: key.width)
        guard point.y - key.y < lines.count, case .entry(let entry, _, _) = lines[point.y - key.y] else { return nil }
        return entry.connectionID
    }
}
