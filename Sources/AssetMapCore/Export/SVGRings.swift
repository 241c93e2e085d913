import FoundationEssentials

/// The ring picture as SVG, laid out by the same `RingLayout` as the screen from the same placements, so everyone
/// is where they are on screen: each terminal cell becomes an 8 by 16 box. The picture's size is fixed, so its
/// words print at the same size however many are on the map: a name that has no room is shown by a marker, and
/// the key under the picture gives the whole name.
public enum SVGRings {
    static let cellWidth = 8.0
    static let cellHeight = 16.0
    /// Cells across and down: printed across an A4 page, 12 px text comes out at about 12 pt.
    static let area = Rect(x: 0, y: 0, width: 66, height: 25)
    /// For a map with someone who would not fit even by a marker: more cells, whose words still print at 9 pt or
    /// more as the picture then keeps its full size on the page rather than shrinking to leave room for the words.
    static let crowdedArea = Rect(x: 0, y: 0, width: 78, height: 30)

    public struct Picture {
        public var svg: String
        /// The whole names of those shown by a marker, ring by ring, as HTML; nil when every name is on the picture.
        public var key: String?
    }

    public static func render(_ plan: Plan) -> Picture {
        var layout = RingLayout(area: area, network: plan.network, centreName: plan.person.displayName)
        let crowded = !layout.notDrawn.isEmpty
        if crowded {
            layout = RingLayout(area: crowdedArea, network: plan.network, centreName: plan.person.displayName)
        }
        let area = layout.area
        let byID = Dictionary(plan.network.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let width = Double(area.width) * cellWidth
        let height = Double(area.height) * cellHeight
        var svg = [
            #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(format(width)) \#(format(height))" role="img" aria-labelledby="map-title" class="\#(crowded ? "rings crowded" : "rings")">"#
        ]
        svg.append(
            #"<title id="map-title">The people and places in \#(HTMLText.escape(plan.person.displayName))'s life, on five rings</title>"#
        )
        let geometry = layout.geometry
        for ring in Connection.rings {
            let fraction = geometry.boundary(ring)
            svg.append(
                #"<ellipse class="ring" cx="\#(x(geometry.centreX + 0.5))" cy="\#(y(geometry.centreY + 0.5))" rx="\#(format(geometry.radiusX * fraction * cellWidth))" ry="\#(format(geometry.radiusY * fraction * cellHeight))"/>"#
            )
        }
        for angle in RingSectors.edges {
            let inner = geometry.point(fraction: geometry.boundary(0), angle: angle)
            let outer = geometry.point(fraction: 1, angle: angle)
            svg.append(
                #"<line class="edge" x1="\#(x(inner.x + 0.5))" y1="\#(y(inner.y + 0.5))" x2="\#(x(outer.x + 0.5))" y2="\#(y(outer.y + 0.5))"/>"#
            )
        }
        svg += knowsLines(plan, layout: layout)
        for line in layout.centre { svg.append(text(HTMLText.escape(line.text), box: line.box, className: "centre")) }
        for number in layout.ringNumbers { svg.append(text(number.text, box: number.box, className: "ring-label")) }
        for label in layout.sectorLabels {
            svg.append(text(HTMLText.escape(label.text), box: label.box, className: "sector-label"))
        }
        for label in layout.labels {
            guard let connection = byID[label.connectionID] else { continue }
            let box = Rect(x: label.box.x + 1, y: label.box.y, width: label.box.width - 2, height: 1)
            let className = "name \(connection.feeling.rawValue)" + (label.marker == nil ? "" : " marker")
            svg.append(labelled(connection, text(HTMLText.escape(label.text), box: box, className: className)))
        }
        svg.append("</svg>")
        return Picture(svg: svg.joined(separator: "\n"), key: key(layout, plan: plan))
    }

    /// "Ring 3: [4] + Knit and Natter group, [7] ~ Oakfield Library · Ring 5: …", for each ring with a marker on it or
    /// someone with no room on the picture, in one paragraph to keep page one to its page.
    static func key(_ layout: RingLayout, plan: Plan) -> String? {
        let entries = layout.keyEntries
        guard !entries.isEmpty else { return nil }
        var rings: [String] = []
        for ring in Connection.rings {
            let names = entries.filter { $0.ring == ring }.map { entry in
                let name = HTMLText.escape(entry.name) + (entry.isDrawn ? "" : " (not drawn)")
                return
                    #"<span class="\#(entry.feeling.rawValue)"><strong>\#(HTMLText.escape(entry.mark))</strong> \#(name)</span>"#
            }
            if !names.isEmpty { rings.append("Ring \(ring): \(names.joined(separator: ", "))") }
        }
        return #"<p class="map-key">"# + rings.joined(separator: " · ") + "</p>"
    }

    /// A thin line between two people on the map who know each other, under the names.
    static func knowsLines(_ plan: Plan, layout: RingLayout) -> [String] {
        let labels = Dictionary(layout.labels.map { ($0.connectionID, $0) }, uniquingKeysWith: { first, _ in first })
        return plan.links.compactMap { link in
            guard let a = labels[link.a], let b = labels[link.b] else { return nil }
            let from = layout.geometry.point(fraction: layout.geometry.middle(of: a.ring), angle: a.angle)
            let to = layout.geometry.point(fraction: layout.geometry.middle(of: b.ring), angle: b.angle)
            return
                #"<line class="knows" x1="\#(x(from.x + 0.5))" y1="\#(y(from.y + 0.5))" x2="\#(x(to.x + 0.5))" y2="\#(y(to.y + 0.5))"/>"#
        }
    }

    /// A connection's own element, named for screen readers: "Mum, ring 1 (closest to me), mixed".
    static func labelled(_ connection: Connection, _ body: String) -> String {
        let label = HTMLText.escape(
            "\(connection.name), ring \(connection.ring) (\(RingWords.short(connection.ring))), \(connection.feeling.words)"
        )
        return #"<g class="connection" aria-label="\#(label)"><title>\#(label)</title>\#(body)</g>"#
    }

    static func text(_ escaped: String, box: Rect, className: String, anchor: String = "middle") -> String {
        let left = anchor == "middle" ? Double(box.x) + Double(box.width) / 2 : Double(box.x)
        return
            #"<text class="\#(className)" x="\#(format(left * cellWidth))" y="\#(format((Double(box.y) + 0.8) * cellHeight))" text-anchor="\#(anchor)">\#(escaped)</text>"#
    }

    static func x(_ cells: Double) -> String { format(cells * cellWidth) }
    static func y(_ cells: Double) -> String { format(cells * cellHeight) }

    static func format(_ value: Double) -> String {
        String(printf: "%.1f", value)
    }
}

/// Text made safe for HTML and XML: the five characters with meanings are written as entities.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Control characters are not allowed in XML at all; they could only come from a hand-written file.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += "?"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Paragraphs from text with line breaks.
    public static func paragraphs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { "<p>\(escape(String($0)))</p>" }.joined(
            separator: "\n")
    }
}
