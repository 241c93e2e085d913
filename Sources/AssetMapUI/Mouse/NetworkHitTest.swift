import AssetMapCore

/// Who is drawn at a cell of the ring picture: a name or its marker. The one place a click is read against the
/// map's picture, so that when the picture is laid out differently only this needs to follow.
enum NetworkHitTest {
    static func connectionID(at point: Point, in layout: RingLayout) -> String? {
        layout.labels.first { $0.box.contains(point) }?.connectionID
    }
}
