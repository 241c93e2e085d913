import AssetMapCore

/// Where the three lists go: side by side on a wide terminal, one above the other on a narrow one,
/// with lines at the bottom about the one selected (two, or up to four when there is more to say).
/// One above the other, each list gets the lines its rows need while there is room, and when there is not,
/// a fair share: a short list gives what it does not need to a long one.
struct StrengthsLayout {
    static let sideBySideWidth = 120

    let columns: [Rect]
    let detail: Rect
    /// One above the other, a line is kept apart under each list before the next heading.
    let keepsLineApart: Bool

    /// `needs` are the lines each list's rows take, wrapped to the width of the content; without them the
    /// lists share the height equally.
    init(content: Rect, detailRows: Int = 2, needs: [Int]? = nil) {
        let (body, detail) = content.splitBottom(detailRows)
        self.detail = detail
        keepsLineApart = !Self.isSideBySide(content)
        if Self.isSideBySide(content) {
            let width = (body.width - 2) / 3
            columns = (0..<3).map { Rect(x: body.x + $0 * (width + 1), y: body.y, width: width, height: body.height) }
        } else {
            // A heading, the rows, and a line apart from the next list.
            let heights =
                needs.map { Self.share(body.height, among: $0.map { 1 + max(1, $0) + 1 }) }
                ?? [body.height / 3, body.height / 3, body.height - 2 * (body.height / 3)]
            var y = body.y
            columns = heights.map { height in
                defer { y += height }
                return Rect(x: body.x, y: y, width: body.width, height: height)
            }
        }
    }

    static func isSideBySide(_ content: Rect) -> Bool { content.width >= sideBySideWidth }

    /// The width the lists' rows wrap to, before the heights are known.
    static func listWidth(in content: Rect) -> Int {
        isSideBySide(content) ? (content.width - 2) / 3 : content.width
    }

    /// Heights adding up to `total`: the smallest needs are met first while each has its fair share of what is
    /// left, and what no list needs goes to the last.
    static func share(_ total: Int, among needs: [Int]) -> [Int] {
        var heights = Array(repeating: 0, count: needs.count)
        var left = max(0, total)
        for (done, index) in needs.indices.sorted(by: { needs[$0] < needs[$1] }).enumerated() {
            heights[index] = min(needs[index], left / (needs.count - done))
            left -= heights[index]
        }
        if let last = heights.indices.last { heights[last] += left }
        return heights
    }

    /// The rows a column has for its items, under its heading.
    func listRect(_ column: StrengthsState.Column) -> Rect {
        let list = columns[column.rawValue].splitTop(1).rest
        return keepsLineApart && list.height > 1 ? list.splitBottom(1).rest : list
    }
}
