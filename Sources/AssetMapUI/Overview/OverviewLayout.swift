import AssetMapCore

/// Where the overview's details and the good-life box go.
struct OverviewLayout {
    static let labelWidth = 21

    let rows: [OverviewField: Rect]
    let goodLifeBox: Rect
    let goodLifeText: Rect
    let summary: Rect

    init(content: Rect) {
        var rows: [OverviewField: Rect] = [:]
        for field in OverviewField.allCases where field != .goodLife {
            rows[field] = Rect(
                x: content.x + Self.labelWidth, y: content.y + field.rawValue,
                width: content.width - Self.labelWidth, height: 1)
        }
        let headingRow = content.y + OverviewField.goodLife.rawValue + 1
        rows[.goodLife] = Rect(x: content.x, y: headingRow, width: content.width, height: 1)
        self.rows = rows
        summary = Rect(x: content.x, y: content.maxY - 1, width: content.width, height: 1)
        goodLifeBox = Rect(x: content.x, y: headingRow + 1, width: content.width, height: summary.y - headingRow - 1)
        goodLifeText = Box.interior(goodLifeBox)
    }

    /// The width text wraps at in the field being typed in.
    func wrapWidth(for field: OverviewField) -> Int {
        field == .goodLife ? goodLifeText.width : (rows[field]?.width ?? 1)
    }
}
