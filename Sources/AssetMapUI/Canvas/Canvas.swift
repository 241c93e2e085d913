import AssetMapCore

/// One terminal cell: a grapheme and what it is for.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster; " " when blank, "" on the right half of a two-column grapheme.
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .normal) {
        self.text = text
        self.role = role
    }

    public static let blank = Cell(" ")
    public var isContinuation: Bool { text.isEmpty }
}

/// A cell as the canvas keeps it: one 64-bit number, the code in the low half and the role above it, with no reference
/// to count and no padding, so that making, comparing and throwing away a whole screen at every key is a matter of
/// copying and comparing plain numbers, a whole row at once when nothing on it changed.
struct PackedCell: Equatable, Sendable {
    private(set) var bits: UInt64

    init(code: UInt32, role: Role) {
        bits = UInt64(code) | UInt64(role.rawValue) << 32
    }

    /// The grapheme's only code point; `continuation` on the right half of a two-column grapheme; or, with
    /// `clusterFlag`, the index of a grapheme of several code points in the canvas's `clusters`.
    var code: UInt32 {
        get { UInt32(truncatingIfNeeded: bits) }
        set { bits = bits & 0xFFFF_FFFF_0000_0000 | UInt64(newValue) }
    }

    var role: Role {
        get { Role(rawValue: UInt8(truncatingIfNeeded: bits >> 32))! }
        set { bits = bits & 0xFFFF_FFFF | UInt64(newValue.rawValue) << 32 }
    }

    static let continuation: UInt32 = 0
    static let clusterFlag: UInt32 = 0x8000_0000
    static let space = UInt32(0x20)

    var isContinuation: Bool { code == Self.continuation }
    var isCluster: Bool { code & Self.clusterFlag != 0 }
}

/// A grid of cells that screens draw into. Plain value: tests compare whole canvases or their text lines.
public struct Canvas: Equatable, Sendable {
    public private(set) var size: Size
    /// Row after row; a flat buffer so that a screen is one allocation, whatever is drawn on it.
    private(set) var packed: [PackedCell]
    /// Graphemes of more than one code point (an accent typed separately, a flag), which cells point to.
    private var clusters: [String] = []
    /// Where the terminal's cursor should blink (inside the text field being typed in), if anywhere.
    public var cursor: Point?

    public init(size: Size, role: Role = .normal) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        packed = Array(
            repeating: PackedCell(code: PackedCell.space, role: role), count: self.size.width * self.size.height)
    }

    /// Blank again at `size`, in the same memory when the size has not changed: a frame drawn over the one before last
    /// rather than in a new screen's worth of memory at every key.
    public mutating func clear(to size: Size) {
        guard size == self.size else {
            self = Canvas(size: size)
            return
        }
        let blank = PackedCell(code: PackedCell.space, role: .normal)
        packed.withUnsafeMutableBufferPointer { $0.update(repeating: blank) }
        clusters.removeAll(keepingCapacity: true)
        cursor = nil
    }

    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        Cell(text(of: packed[y * size.width + x]), packed[y * size.width + x].role)
    }

    /// The cell's character when it is one printable ASCII byte, and its role: most of any screen, which a terminal
    /// can be sent without making the cell's text.
    public func printableASCII(at point: Point) -> (byte: UInt8, role: Role)? {
        let cell = packed[point.y * size.width + point.x]
        guard cell.code >= 0x20, cell.code < 0x7F else { return nil }
        return (UInt8(cell.code), cell.role)
    }

    func text(of cell: PackedCell) -> String {
        if cell.isContinuation { return "" }
        if cell.isCluster { return clusters[Int(cell.code & ~PackedCell.clusterFlag)] }
        return Unicode.Scalar(cell.code).map { String(Character($0)) } ?? "?"
    }

    /// Whether two cells, each of its own canvas, show the same grapheme in the same role.
    func same(_ index: Int, as other: Canvas, _ otherIndex: Int) -> Bool {
        let mine = packed[index]
        let theirs = other.packed[otherIndex]
        guard mine.isCluster, theirs.isCluster else { return mine == theirs }
        return mine.role == theirs.role && text(of: mine) == other.text(of: theirs)
    }

    public static func == (left: Canvas, right: Canvas) -> Bool {
        guard left.size == right.size, left.cursor == right.cursor else { return false }
        if left.clusters.isEmpty, right.clusters.isEmpty { return left.packed == right.packed }
        return left.packed.indices.allSatisfy { left.same($0, as: right, $0) }
    }

    /// Blanks a rectangle in the given role.
    public mutating func fill(_ rect: Rect, role: Role = .normal) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let blank = PackedCell(code: PackedCell.space, role: role)
        for y in area.y..<area.maxY {
            let row = y * size.width
            // Only the ends of a row can cut a two-column grapheme in half; the cells between are all replaced.
            if packed[row + area.x].isContinuation, area.x > 0 { packed[row + area.x - 1].code = PackedCell.space }
            if area.maxX < size.width, packed[row + area.maxX].isContinuation {
                packed[row + area.maxX].code = PackedCell.space
            }
            packed.withUnsafeMutableBufferPointer { cells in
                for x in area.x..<area.maxX { cells[row + x] = blank }
            }
        }
    }

    /// Changes the role of every cell in a rectangle, keeping the text, as for a highlighted row.
    public mutating func paint(_ rect: Rect, role: Role) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                packed[y * size.width + x].role = role
            }
        }
    }

    /// Writes text on one row from `point`, clipped to `clip` (the whole canvas by default).
    /// Control characters show as "?" so pasted or hand-written text can never move the cursor.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, at point: Point, role: Role = .normal, clip: Rect? = nil)
        -> Int
    {
        let area = (clip ?? bounds).intersection(bounds)
        guard point.y >= area.y, point.y < area.maxY else { return 0 }
        if let written = writeASCII(text, at: point, role: role, area: area) { return written }
        if let written = writeOneCodePoint(text, at: point, role: role, area: area) { return written }
        var x = point.x
        if DisplayWidth.eachScalarStandsAlone(text) {
            for scalar in text.unicodeScalars {
                let width = DisplayWidth.of(scalar)
                guard width > 0 else { continue }
                if x + width > area.maxX { break }
                if x >= area.x { place(PackedCell(code: scalar.value, role: role), width: width, x: x, y: point.y) }
                x += width
            }
            return max(0, x - point.x)
        }
        for character in text {
            var shown = character
            var width = DisplayWidth.of(character)
            if character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
                shown = "?"
                width = 1
            }
            guard width > 0 else { continue }
            if x + width > area.maxX { break }
            if x >= area.x {
                place(pack(shown, role), width: width, x: x, y: point.y)
            }
            x += width
        }
        return max(0, x - point.x)
    }

    /// Writes one character `count` times along a row, as for the edges of boxes and the rails of the ladder:
    /// the same cells as writing the repeated text, without building it or measuring every character again.
    public mutating func write(
        repeating character: Character, count: Int, at point: Point, role: Role = .normal, clip: Rect? = nil
    ) {
        guard DisplayWidth.of(character) == 1, !character.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
            write(String(repeating: character, count: max(0, count)), at: point, role: role, clip: clip)
            return
        }
        let area = (clip ?? bounds).intersection(bounds)
        guard point.y >= area.y, point.y < area.maxY else { return }
        let cell = pack(character, role)
        for x in max(point.x, area.x)..<max(max(point.x, area.x), min(point.x + count, area.maxX)) {
            place(cell, width: 1, x: x, y: point.y)
        }
    }

    /// Writes one character down a column, as for the sides of boxes: the same cells as writing it on each row.
    public mutating func write(downwards character: Character, count: Int, at point: Point, role: Role = .normal) {
        guard DisplayWidth.of(character) == 1, !character.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
            for row in 0..<max(0, count) {
                write(String(character), at: Point(x: point.x, y: point.y + row), role: role)
            }
            return
        }
        guard point.x >= 0, point.x < size.width else { return }
        let cell = pack(character, role)
        for y in max(point.y, 0)..<max(max(point.y, 0), min(point.y + count, size.height)) {
            place(cell, width: 1, x: point.x, y: y)
        }
    }

    /// Plain ASCII, the usual case, written a byte at a time without grapheme or width work.
    /// Returns nil for text that needs the general path.
    private mutating func writeASCII(_ text: some StringProtocol, at point: Point, role: Role, area: Rect) -> Int? {
        var result: Int?
        let width = size.width
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.allSatisfy(\.isPrintableASCII) else { return }
            let start = max(point.x, area.x)
            let end = min(point.x + bytes.count, area.maxX)
            result = max(0, min(point.x + bytes.count, area.maxX) - point.x)
            guard start < end else { return }
            let row = point.y * width
            packed.withUnsafeMutableBufferPointer { cells in
                // Only the ends of the run can cut a two-column grapheme in half.
                if cells[row + start].isContinuation, start > 0 { cells[row + start - 1].code = PackedCell.space }
                if end < width, cells[row + end].isContinuation { cells[row + end].code = PackedCell.space }
                for x in start..<end {
                    cells[row + x] = PackedCell(code: UInt32(bytes[x - point.x]), role: role)
                }
            }
        }
        return result
    }

    /// One code point beyond ASCII, the usual symbol (a ring's dot, a box's side, a marker), written without grapheme
    /// work: the same cell the general path makes. Returns nil for any other text.
    private mutating func writeOneCodePoint(_ text: some StringProtocol, at point: Point, role: Role, area: Rect)
        -> Int?
    {
        var scalars = text.unicodeScalars.makeIterator()
        guard let scalar = scalars.next(), scalars.next() == nil, scalar.value >= 0xA0 else { return nil }
        let width = DisplayWidth.of(scalar)
        guard width > 0, point.x + width <= area.maxX else { return 0 }
        if point.x >= area.x {
            place(PackedCell(code: scalar.value, role: role), width: width, x: point.x, y: point.y)
        }
        return width
    }

    /// A grapheme as a cell: its code point, or its place among the clusters when it has several.
    private mutating func pack(_ character: Character, _ role: Role) -> PackedCell {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first { return PackedCell(code: scalar.value, role: role) }
        clusters.append(String(character))
        return PackedCell(code: PackedCell.clusterFlag | UInt32(clusters.count - 1), role: role)
    }

    /// The text of one row; a two-column grapheme appears once.
    public func text(row y: Int) -> String {
        var line = ""
        for x in 0..<size.width {
            line += text(of: packed[y * size.width + x])
        }
        return line
    }

    /// Every row's text, for comparing screens in tests.
    public var lines: [String] {
        (0..<size.height).map { text(row: $0) }
    }

    /// Copies `columns` cells of another canvas's row `row`, from `column`, to `point`, leaving the cells as writing the
    /// text they show there would: for rows drawn once and shown again at every key without being written again.
    public mutating func copy(_ other: Canvas, row: Int = 0, from column: Int = 0, columns: Int, to point: Point) {
        let count = min(columns, other.size.width - column, size.width - point.x)
        guard count > 0, point.x >= 0, point.y >= 0, point.y < size.height, column >= 0, row >= 0,
            row < other.size.height
        else { return }
        let start = point.y * size.width + point.x
        let source = row * other.size.width + column
        // Only the ends of the copy can cut a two-column grapheme in half.
        if packed[start].isContinuation, point.x > 0 { packed[start - 1].code = PackedCell.space }
        if point.x + count < size.width, packed[start + count].isContinuation {
            packed[start + count].code = PackedCell.space
        }
        if other.clusters.isEmpty {
            packed.withUnsafeMutableBufferPointer { cells in
                other.packed.withUnsafeBufferPointer { from in
                    (cells.baseAddress! + start).update(from: from.baseAddress! + source, count: count)
                }
            }
            return
        }
        for offset in 0..<count {
            let cell = other.packed[source + offset]
            packed[start + offset] = cell.isCluster ? pack(Character(other.text(of: cell)), cell.role) : cell
        }
    }

    /// Copies stretches of rows from a canvas of the same size to the same places, as `copy` would each of them: the
    /// picture of the rings is some three hundred stretches, put on the screen again at every key.
    mutating func copy(_ other: Canvas, runs: [(y: Int, x: Int, count: Int)]) {
        guard other.size == size, !other.hasClusters else {
            for run in runs {
                copy(other, row: run.y, from: run.x, columns: run.count, to: Point(x: run.x, y: run.y))
            }
            return
        }
        let width = size.width
        let height = size.height
        packed.withUnsafeMutableBufferPointer { cells in
            other.packed.withUnsafeBufferPointer { from in
                for run in runs {
                    let count = min(run.count, width - run.x)
                    guard count > 0, run.x >= 0, run.y >= 0, run.y < height else { continue }
                    let start = run.y * width + run.x
                    // Only the ends of a stretch can cut a two-column grapheme in half.
                    if cells[start].isContinuation, run.x > 0 { cells[start - 1].code = PackedCell.space }
                    if run.x + count < width, cells[start + count].isContinuation {
                        cells[start + count].code = PackedCell.space
                    }
                    (cells.baseAddress! + start).update(from: from.baseAddress! + start, count: count)
                }
            }
        }
    }

    /// Whether any cell holds a grapheme of several code points, which compares by its text rather than its number.
    var hasClusters: Bool { !clusters.isEmpty }

    /// Copies another canvas onto this one at an offset, as for a dialog drawn over a screen.
    public mutating func overlay(_ other: Canvas, at origin: Point) {
        for y in 0..<other.size.height {
            for x in 0..<other.size.width {
                let cell = other.packed[y * other.size.width + x]
                guard !cell.isContinuation else { continue }
                let text = other.text(of: cell)
                let width = DisplayWidth.of(text)
                let target = Point(x: origin.x + x, y: origin.y + y)
                guard bounds.contains(target), target.x + max(width, 1) <= size.width else { continue }
                place(
                    cell.isCluster ? pack(Character(text), cell.role) : cell, width: max(width, 1), x: target.x,
                    y: target.y)
            }
        }
    }

    /// Puts a cell, keeping two-column graphemes whole: anything half overwritten is blanked.
    private mutating func place(_ cell: PackedCell, width: Int, x: Int, y: Int) {
        let index = y * size.width + x
        if packed[index].isContinuation, x > 0 {
            packed[index - 1].code = PackedCell.space
        }
        let end = x + width
        if end < size.width, packed[y * size.width + end].isContinuation {
            packed[y * size.width + end].code = PackedCell.space
        }
        packed[index] = cell
        if width == 2, x + 1 < size.width {
            packed[index + 1] = PackedCell(code: PackedCell.continuation, role: cell.role)
        }
    }
}
