import AssetMapCore

/// Where the three lists go: side by side on a wide terminal, one above the other on a narrow one,
/// with lines at the bottom about the one selected (two, or up to four when there is more to say).
struct StrengthsLayout {
    static let sideBySideWidth = 120

    let columns: [Rect]
    let detail: Rect

    init(content: Rect, detailRows: Int = 2) {
        let (body, detail) = content.splitBottom(detailRows)
        self.detail = detail
        if content.width >= Self.sideBySideWidth {
            let width = (body.width - 2) / 3
            columns = (0..<3).map { Rect(x: body.x + $0 * (width + 1), y: body.y, width: width, height: body.height) }
        } else {
            let height = body.height / 3
            columns = (0..<3).map { Rect(x: body.x, y: body.y + $0 * height, width: body.width, height: $0 == 2 ? body.height - 2 * height : height) }
        }
    }

    /// The rows a column has for its items, under its heading.
    func listRect(_ column: StrengthsState.Column) -> Rect {
        columns[column.rawValue].splitTop(1).rest
    }
}
