import FoundationEssentials

/// Where everything on the ring picture goes: five named slices with drawn edges, the person in the middle, the
/// ring numbers, and each connection on their ring at their own place (`placement`) in their kind's slice, by whole
/// name where it is clear, else by a short marker whose whole name is in the key beside the picture.
///
/// Everything about the picture but the names comes from its size alone, and names are placed in the order they
/// were added, each only where nothing is yet: so adding someone moves no one, and neither does a new window size
/// beyond what its rings' new size means. Ring lines are left out under and beside every word.
public struct RingLayout: Equatable, Sendable {
    public struct Label: Equatable, Sendable {
        public var connectionID: String
        /// The name as written on screen: whole, with anything that is not text made a space.
        public var name: String
        public var ring: Int
        public var kind: ConnectionKind
        public var feeling: Feeling
        /// The cells taken: the text with a blank cell either side.
        public var box: Rect
        /// "+ Aoife Ní Bhriain", or "[7]" when the whole name is in the key instead.
        public var text: String
        /// The number in the key, when the name is not written on the ring: their place in the plan's list, so it stays
        /// the same when someone else changes.
        public var marker: Int?
        /// Where they sit round the ring, in radians clockwise from the top.
        public var angle: Double
    }

    public struct Text: Equatable, Sendable {
        public var text: String
        public var box: Rect
    }

    /// A line of the key: the whole name of someone shown by a marker, or of someone there was no room to draw.
    public struct KeyEntry: Equatable, Sendable {
        public var connectionID: String
        public var name: String
        public var ring: Int
        public var feeling: Feeling
        /// The marker on the picture ("[7]"), or nothing for someone not drawn.
        public var token: String
        public var isDrawn: Bool

        /// "[7] + Aoife Ní Bhriain", or "+ Aoife Ní Bhriain (not drawn)".
        public var keyText: String { Self.text(marker: token, feeling: feeling, name: name, isDrawn: isDrawn) }

        /// The marker and the feeling symbol, as the key begins: "[7] +", or "+".
        public var mark: String { token.isEmpty ? feeling.symbol : token + " " + feeling.symbol }

        static func text(marker: String, feeling: Feeling, name: String, isDrawn: Bool) -> String {
            (marker.isEmpty ? "" : marker + " ") + feeling.symbol + " " + name + (isDrawn ? "" : " (not drawn)")
        }
    }

    /// A marker on the picture: a number in brackets, which cannot be read as a feeling symbol ("+1" read as "plus one").
    public static func marker(_ number: Int) -> String { "[\(number)]" }

    /// Connections in one slice that there was no room to draw, nor to list in the key.
    public struct Hidden: Equatable, Sendable {
        public var kind: ConnectionKind
        public var ids: [String]
        public var text: String { "+\(ids.count) more in \(kind.plural)" }
    }

    public struct EdgeCell: Equatable, Sendable {
        public var point: Point
        public var character: Character
    }

    /// How much room the key beside the picture has: its lines, and how many lines an entry takes there.
    public struct KeyRoom {
        public var lines: Int
        public var lineCount: (String) -> Int

        public init(lines: Int, lineCount: @escaping (String) -> Int) {
            self.lines = lines
            self.lineCount = lineCount
        }
    }

    public let area: Rect
    public let geometry: RingGeometry
    public let labels: [Label]
    /// Those with no room on the picture, listed whole in the key instead.
    public let notDrawn: [KeyEntry]
    /// By slice, clockwise from the top.
    public let hidden: [Hidden]
    /// The cells of the five ring lines that are drawn: none under or beside a word.
    public let ringLines: [Point]
    public let edges: [EdgeCell]
    /// The ring numbers, 1 to 5, on the edge at the bottom.
    public let ringNumbers: [Text]
    public let sectorLabels: [Text]
    /// The person's name in the middle, wrapped over as many lines as it needs and has.
    public let centre: [Text]

    /// Too small an area for rings at all: everything is listed instead.
    public static let minimumWidth = 30
    public static let minimumHeight = 9

    public var fits: Bool { area.width >= Self.minimumWidth && area.height >= Self.minimumHeight }

    /// The key's lines: one heading for each ring, then its markers' names.
    public static let keyHeadings = Connection.rings.count

    /// With `namesStayOnTheirRing`, a whole name that would cross its ring's outer line (and so look as if it were on
    /// a ring further out) is shown by its marker instead, as on screen, where a line's cells are coarse.
    public init(
        area: Rect, network: [Connection], centreName: String, keyRoom: KeyRoom? = nil,
        aspect: Double = 2.6, namesStayOnTheirRing: Bool = false
    ) {
        self.area = area
        // A little room either side of the rings for names that run out past them.
        let margin = max(2, area.width / 12)
        let geometry = RingGeometry(
            area: Rect(x: area.x + margin, y: area.y, width: area.width - 2 * margin, height: area.height),
            aspect: aspect)
        self.geometry = geometry
        guard area.width >= Self.minimumWidth, area.height >= Self.minimumHeight else {
            labels = []
            notDrawn = []
            hidden = Self.byKind(
                ConnectionKind.allCases.reduce(into: [:]) { hidden, kind in
                    hidden[kind] = network.filter { $0.kind == kind }.map(\.id)
                })
            ringLines = []
            edges = []
            ringNumbers = []
            sectorLabels = []
            centre = []
            return
        }
        var grid = RingGrid(area: area, geometry: geometry)
        let centre = Self.centre(centreName, geometry: geometry, grid: &grid)
        self.centre = centre
        // Edges stop a cell short of the name in the middle, so they never read as part of it.
        var edges = Self.edges(geometry: geometry, area: area).filter { edge in
            !centre.contains {
                Rect(x: $0.box.x - 2, y: $0.box.y, width: $0.box.width + 4, height: 1).contains(edge.point)
            }
        }
        for edge in edges { grid.markEdge(x: edge.point.x, y: edge.point.y) }
        ringNumbers = Self.ringNumbers(geometry: geometry, edges: &edges, grid: &grid)
        self.edges = edges
        sectorLabels = ConnectionKind.allCases.map { Self.sectorLabel($0, geometry: geometry, area: area, grid: &grid) }

        let placer = RingPlacer(geometry: geometry, area: area, namesStayOnTheirRing: namesStayOnTheirRing)
        let keyLines = keyRoom.map { max(0, $0.lines - Self.keyHeadings) }
        var result = placer.place(network, on: &grid, keyLines: keyLines, lineCount: keyRoom?.lineCount ?? { _ in 1 })
        // When some cannot be drawn, the key keeps a line for each slice that says so and one for the list: the last
        // to be given a line in the key make way, and their markers leave the picture.
        while let keyLines, !result.hidden.isEmpty, result.keyLinesUsed + result.hidden.count + 1 > keyLines,
            let last = result.listed.popLast()
        {
            result.keyLinesUsed -= last.lines
            if let index = result.labels.firstIndex(where: { $0.connectionID == last.id }) {
                grid.release(result.labels.remove(at: index).box)
            }
            result.notDrawn.removeAll { $0.connectionID == last.id }
            result.hidden[last.kind, default: []].append(last.id)
        }
        labels = result.labels
        notDrawn = result.notDrawn
        hidden = Self.byKind(result.hidden)
        ringLines = Connection.rings.flatMap { geometry.cells(onBoundary: $0) }
            .map { Point(x: $0.x, y: $0.y) }
            .filter { grid.isClear(Rect(x: $0.x, y: $0.y, width: 1, height: 1)) }
    }

    /// Every connection is on the picture, in the key, or counted as not drawn: true by construction, checked in tests.
    public var placedAndHiddenIDs: [String] {
        labels.map(\.connectionID) + notDrawn.map(\.connectionID) + hidden.flatMap(\.ids)
    }

    public var hiddenIDs: [String] { hidden.flatMap(\.ids) }

    /// The key's lines, by ring: those with markers by number, then those not drawn.
    public var keyEntries: [KeyEntry] {
        let markers = labels.filter { $0.marker != nil }.sorted {
            ($0.ring, $0.marker ?? 0) < ($1.ring, $1.marker ?? 0)
        }.map {
            KeyEntry(
                connectionID: $0.connectionID, name: $0.name, ring: $0.ring, feeling: $0.feeling, token: $0.text,
                isDrawn: true)
        }
        return Connection.rings.flatMap { ring in
            markers.filter { $0.ring == ring } + notDrawn.filter { $0.ring == ring }
        }
    }

    /// A name as it can be written on one line: line breaks, tabs and other control characters become spaces.
    public static func shown(_ name: String) -> String {
        // The control characters (general category Cc) by their code points: asking each letter its category costs
        // more than laying out its name.
        func isControl(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) }
        guard name.unicodeScalars.contains(where: isControl) else { return name }
        return String(String.UnicodeScalarView(name.unicodeScalars.map { isControl($0) ? " " : $0 }))
    }

    private static func byKind(_ hidden: [ConnectionKind: [String]]) -> [Hidden] {
        ConnectionKind.allCases.compactMap { kind in
            hidden[kind].flatMap { $0.isEmpty ? nil : Hidden(kind: kind, ids: $0) }
        }
    }

    /// The five edges between slices, from the person's disc out to the outer ring: a cell for each row it crosses,
    /// or for each column where it runs nearly flat, so it reads as a line without filling whole rows.
    private static func edges(geometry: RingGeometry, area: Rect) -> [EdgeCell] {
        var cells: [EdgeCell] = []
        var seen = Set<Point>()
        let aspect = geometry.radiusX / geometry.radiusY
        for angle in RingSectors.edges {
            let character = RingSectors.edgeCharacter(angle: angle, aspect: aspect)
            let inner = geometry.point(fraction: geometry.boundary(0), angle: angle)
            let outer = geometry.point(fraction: 1, angle: angle)
            // One cell for each row the edge crosses, or for each column where it runs nearly flat.
            let byColumn = character == "─"
            let (from, to) = byColumn ? (inner.x, outer.x) : (inner.y, outer.y)
            let first = Int(from.rounded())
            let last = Int(to.rounded())
            for along in stride(from: first, through: last, by: first <= last ? 1 : -1) {
                let share = to == from ? 0 : min(max((Double(along) - from) / (to - from), 0), 1)
                let across = byColumn ? inner.y + (outer.y - inner.y) * share : inner.x + (outer.x - inner.x) * share
                let cell =
                    byColumn ? Point(x: along, y: Int(across.rounded())) : Point(x: Int(across.rounded()), y: along)
                guard area.contains(cell), seen.insert(cell).inserted else { continue }
                cells.append(EdgeCell(point: cell, character: character))
            }
        }
        return cells
    }

    /// Each ring's number where the edge at the bottom crosses the ring's middle, in place of that bit of edge.
    private static func ringNumbers(geometry: RingGeometry, edges: inout [EdgeCell], grid: inout RingGrid) -> [Text] {
        var numbers: [Text] = []
        for ring in Connection.rings {
            let point = geometry.point(fraction: geometry.middle(of: ring), angle: Double.pi)
            let box = Rect(x: Int(point.x.rounded()), y: Int(point.y.rounded()), width: 1, height: 1)
            guard !numbers.contains(where: { $0.box == box }), grid.area.contains(Point(x: box.x, y: box.y)) else {
                continue
            }
            edges.removeAll { $0.point == Point(x: box.x, y: box.y) }
            grid.take(box)
            numbers.append(Text(text: String(ring), box: box))
        }
        return numbers
    }

    /// The person's name, wrapped to the width of ring 1 before anything is cut, centred on the middle.
    private static func centre(_ name: String, geometry: RingGeometry, grid: inout RingGrid) -> [Text] {
        let width = max(6, Int(2 * geometry.radiusX * geometry.boundary(1)) + 1)
        let most = max(1, min(4, Int(2 * geometry.radiusY * geometry.boundary(1))))
        var lines = wrapped(shown(name), width: width)
        if lines.count > most {
            lines = Array(lines.prefix(most))
            lines[most - 1] = (lines[most - 1] + " …").truncated(toWidth: width)
        }
        let top = Int(geometry.centreY.rounded()) - (lines.count - 1) / 2
        return lines.enumerated().map { row, line in
            let x = Int((geometry.centreX - Double(line.displayWidth - 1) / 2).rounded(.down))
            let text = Text(text: line, box: Rect(x: x, y: top + row, width: line.displayWidth, height: 1))
            grid.take(Rect(x: x - 1, y: top + row, width: line.displayWidth + 2, height: 1))
            return text
        }
    }

    /// A slice's name just outside the outer ring at its middle, or as near there as is clear. Always placed.
    private static func sectorLabel(_ kind: ConnectionKind, geometry: RingGeometry, area: Rect, grid: inout RingGrid)
        -> Text
    {
        let text = kind.plural
        let width = text.displayWidth
        let (start, end) = RingSectors.range(of: kind)
        let sector = Int8(ConnectionKind.allCases.firstIndex(of: kind) ?? 0)
        var fallback: Rect?
        for fraction in [1.1, 1.0, 1.2, 1.35, 0.92] {
            for turn in [0, -0.12, 0.12, -0.24, 0.24] {
                let angle = (start + end) / 2 + turn * (end - start)
                let point = geometry.point(fraction: fraction, angle: angle)
                let side = sin(angle)
                let x =
                    side > 0.3
                    ? Int(point.x.rounded())
                    : side < -0.3
                        ? Int(point.x.rounded()) - width + 1
                        : Int((point.x - Double(width - 1) / 2).rounded())
                let y = min(max(Int(point.y.rounded()), area.y), area.maxY - 1)
                let box = Rect(x: x - 1, y: y, width: width + 2, height: 1)
                if fallback == nil {
                    fallback = Rect(
                        x: min(max(box.x, area.x), area.maxX - box.width), y: y, width: box.width, height: 1)
                }
                if grid.isClear(box, sector: sector) {
                    grid.take(box)
                    return Text(text: text, box: Rect(x: x, y: y, width: width, height: 1))
                }
            }
        }
        let box = fallback ?? Rect(x: area.x, y: area.y, width: width + 2, height: 1)
        grid.take(box)
        return Text(text: text, box: Rect(x: box.x + 1, y: box.y, width: width, height: 1))
    }

    /// Words on lines of at most `width` columns; a word longer than a line is broken after a hyphen, or else
    /// where the line ends.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            if !line.isEmpty, line.displayWidth + 1 + word.displayWidth <= width {
                line += " " + word
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = ""
            while word.displayWidth > width {
                var head = ""
                for character in word {
                    if (head + String(character)).displayWidth > width { break }
                    head.append(character)
                }
                if let hyphen = head.dropLast().lastIndex(of: "-") { head = String(head[...hyphen]) }
                if head.isEmpty { head = String(word.prefix(1)) }
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            line = word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
