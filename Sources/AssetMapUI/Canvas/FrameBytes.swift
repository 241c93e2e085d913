import AssetMapCore

/// How this terminal is told to do the few things a frame needs, looked up once in its description.
public struct TerminalCodes: Sendable {
    /// Moving the cursor: the ANSI form nearly every terminal uses, made here, or the terminal's own.
    public enum CursorAddress: Sendable {
        case ansi
        case other(@Sendable (_ row: Int, _ column: Int) -> [UInt8])
    }

    public var cursorAddress: CursorAddress
    /// For each role, everything that sets it from any other: attributes off, then its own on.
    public var styles: [Role: [UInt8]]
    /// Attributes off, as a frame leaves them.
    public var plain: [UInt8]
    public var clearScreen: [UInt8]
    public var hideCursor: [UInt8]
    public var showCursor: [UInt8]
    /// Whether the last cell of the last row can be written without the screen scrolling up.
    public var writesLastCell: Bool
    /// Roles whose blank looks like a plain one (no background colour, underline or reverse): a space in one of them can
    /// be written in any other of them without changing style.
    public var plainBlanks: [Role] = []

    public init(
        cursorAddress: CursorAddress, styles: [Role: [UInt8]], plain: [UInt8], clearScreen: [UInt8],
        hideCursor: [UInt8], showCursor: [UInt8], writesLastCell: Bool
    ) {
        self.cursorAddress = cursorAddress
        self.styles = styles
        self.plain = plain
        self.clearScreen = clearScreen
        self.hideCursor = hideCursor
        self.showCursor = showCursor
        self.writesLastCell = writesLastCell
    }
}

/// The bytes that turn the screen the terminal shows into the next one: only the cells that changed, each reached by
/// moving the cursor only where the one before did not leave it, each style set only where it changes, all in one
/// buffer to be written at once. Made here rather than by ncurses, which would compare the screens again itself.
public struct FrameBytes {
    private let codes: TerminalCodes
    /// Styles looked up by a role's number rather than in a dictionary for every cell.
    private let styleBytes: [[UInt8]]
    /// Each role's style when the terminal's are plain already: its own part, without turning attributes off first.
    private let fromPlain: [[UInt8]]
    /// Roles that look like a cleared screen: a space in one of them needs no sending after the screen is cleared.
    private let looksCleared: [Bool]
    /// Roles whose blank looks like a plain one, by number.
    private let blankLooksPlain: [Bool]
    private var cursorShown = true

    public init(codes: TerminalCodes) {
        self.codes = codes
        var styleBytes = [[UInt8]](repeating: codes.plain, count: Int(Role.allCases.map(\.rawValue).max() ?? 0) + 1)
        for role in Role.allCases { styleBytes[Int(role.rawValue)] = codes.styles[role] ?? codes.plain }
        self.styleBytes = styleBytes
        fromPlain = styleBytes.map { $0.starts(with: codes.plain) ? Array($0.dropFirst(codes.plain.count)) : $0 }
        looksCleared = styleBytes.map { $0 == codes.plain }
        var blankLooksPlain = looksCleared
        for role in codes.plainBlanks { blankLooksPlain[Int(role.rawValue)] = true }
        self.blankLooksPlain = blankLooksPlain
    }

    /// The bytes for `canvas`, given the canvas the terminal shows (nil for a screen to be drawn whole, as at the start
    /// or after a resize).
    public mutating func frame(from shown: Canvas?, to canvas: Canvas) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(shown == nil ? canvas.size.width * canvas.size.height * 2 : 512)
        if cursorShown {
            out += codes.hideCursor
            cursorShown = false
        }
        let fresh = shown == nil || shown?.size != canvas.size
        if fresh { out += codes.plain + codes.clearScreen }
        let width = canvas.size.width
        let lastCell = canvas.size.width * canvas.size.height - 1
        // What each cell needs, taken out of `self` once: the closure would otherwise copy it at every cell.
        let styles = styleBytes
        let fromPlain = fromPlain
        let cleared = looksCleared
        let plainBlank = blankLooksPlain
        let address = codes.cursorAddress
        let writesLastCell = codes.writesLastCell
        var at = -1
        var role: Role?
        canvas.packed.withUnsafeBufferPointer { cells in
            CanvasDiff.forEachChange(from: fresh ? nil : shown, to: canvas) { point in
                let index = point.y * width + point.x
                if index == lastCell, !writesLastCell { return }
                let cell = cells[index]
                if fresh, cell.code == PackedCell.space, cleared[Int(cell.role.rawValue)] { return }
                if at != index {
                    // A few cells left as they were, that look the same in the terminal's present style, are sent
                    // again rather than jumped: fewer bytes than moving the cursor ("Person number 67" is one run).
                    if let role, at >= 0, at < index, at / width == point.y,
                        index - at < Self.addressLength(point, address),
                        (at..<index).allSatisfy({
                            Self.looksTheSame(cells[$0], in: role, plainBlank) && cells[$0].code < 0x7F
                        })
                    {
                        for gap in at..<index { out.append(UInt8(cells[gap].code)) }
                    } else {
                        Self.moveCursor(to: point, by: address, in: &out)
                    }
                }
                if !(role.map { Self.looksTheSame(cell, in: $0, plainBlank) } ?? false) {
                    // After a plain style, the attributes are off already.
                    let from = role.map { cleared[Int($0.rawValue)] } == true ? fromPlain : styles
                    out += from[Int(cell.role.rawValue)]
                    role = cell.role
                }
                let columns = Self.append(cell, of: canvas, to: &out)
                // A cell written in the last column leaves the cursor where terminals differ: it is moved again.
                at = point.x + columns < width ? index + columns : -1
            }
        }
        if role != nil { out += codes.plain }
        if let cursor = canvas.cursor {
            Self.moveCursor(to: cursor, by: codes.cursorAddress, in: &out)
            out += codes.showCursor
            cursorShown = true
        }
        return out
    }

    /// What undoes the frames: the screen cleared (nothing personal left on it), attributes off, the cursor shown.
    public mutating func farewell() -> [UInt8] {
        cursorShown = true
        return codes.plain + codes.clearScreen + codes.showCursor
    }

    private static func moveCursor(to point: Point, by address: TerminalCodes.CursorAddress, in out: inout [UInt8]) {
        switch address {
        case .ansi:
            out += [0x1B, UInt8(ascii: "[")]
            appendNumber(point.y + 1, to: &out)
            out.append(UInt8(ascii: ";"))
            appendNumber(point.x + 1, to: &out)
            out.append(UInt8(ascii: "H"))
        case .other(let address):
            out += address(point.y, point.x)
        }
    }

    /// How many bytes moving the cursor to `point` takes: for an address of an unusual form, as few as any could.
    private static func addressLength(_ point: Point, _ address: TerminalCodes.CursorAddress) -> Int {
        guard case .ansi = address else { return 4 }
        func digits(_ number: Int) -> Int { number < 10 ? 1 : number < 100 ? 2 : number < 1000 ? 3 : 4 }
        return 4 + digits(point.y + 1) + digits(point.x + 1)
    }

    /// Whether a cell looks as it should when written in the terminal's present style: its own, or for a blank, one
    /// that looks just as plain. Only a printable character: a cell's code below a space is a wide one's right half.
    private static func looksTheSame(_ cell: PackedCell, in pen: Role, _ plainBlank: [Bool]) -> Bool {
        guard cell.code >= 0x20 else { return false }
        return cell.role == pen
            || (cell.code == PackedCell.space && plainBlank[Int(cell.role.rawValue)] && plainBlank[Int(pen.rawValue)])
    }

    private static func appendNumber(_ number: Int, to out: inout [UInt8]) {
        if number >= 10 { appendNumber(number / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(number % 10))
    }

    /// The cell's text as UTF-8; the columns it takes.
    private static func append(_ cell: PackedCell, of canvas: Canvas, to out: inout [UInt8]) -> Int {
        if cell.code >= 0x20, cell.code < 0x7F {
            out.append(UInt8(cell.code))
            return 1
        }
        // One code point (a ring's dot, a box's side, a letter with an accent): its UTF-8 made without a string.
        if !cell.isCluster, !cell.isContinuation, let scalar = Unicode.Scalar(cell.code) {
            out.append(contentsOf: UTF8.encode(scalar)!)
            return max(1, DisplayWidth.of(scalar))
        }
        let text = canvas.text(of: cell)
        out += text.utf8
        return max(1, DisplayWidth.of(text))
    }
}
