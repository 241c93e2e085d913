import FoundationEssentials

/// The ring picture as SVG, from the same `RingLayout` the screen uses: each terminal cell becomes
/// an 8 by 16 box. The area grows until everyone fits, so every connection has its own labelled element.
public enum SVGRings {
    static let cellWidth = 8.0
    static let cellHeight = 16.0

    public static func render(_ plan: Plan) -> String {
        let layout = bestLayout(plan)
        let width = Double(layout.area.width) * cellWidth
        let hidden = layout.overflows.flatMap(\.hiddenIDs).compactMap { id in plan.network.first { $0.id == id } }
        let height = Double(layout.area.height + (hidden.isEmpty ? 0 : hidden.count + 2)) * cellHeight
        var svg = [#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(format(width)) \#(format(height))" role="img" aria-labelledby="map-title" class="rings">"#]
        svg.append(#"<title id="map-title">The people and places in \#(HTMLText.escape(plan.person.displayName))'s life, on five rings</title>"#)
        let geometry = layout.geometry
        for ring in Connection.rings {
            let fraction = geometry.boundary(ring)
            svg.append(#"<ellipse class="ring" cx="\#(x(geometry.centreX + 0.5))" cy="\#(y(geometry.centreY + 0.5))" rx="\#(format(geometry.radiusX * fraction * cellWidth))" ry="\#(format(geometry.radiusY * fraction * cellHeight))"/>"#)
        }
        if let centre = layout.centre {
            svg.append(text(HTMLText.escape(plan.person.displayName), box: centre.box, className: "centre"))
        }
        for label in layout.ringLabels { svg.append(text(HTMLText.escape(label.text), box: label.box, className: "ring-label")) }
        for label in layout.sectorLabels { svg.append(text(HTMLText.escape(label.text), box: label.box, className: "sector-label")) }
        for label in layout.labels {
            guard let connection = plan.network.first(where: { $0.id == label.connectionID }) else { continue }
            let shown = connection.feeling.symbol + " " + connection.name.truncated(toWidth: label.box.width - 3)
            svg.append(labelled(connection, text(HTMLText.escape(shown), box: label.box, className: "name \(connection.feeling.rawValue)")))
        }
        if !hidden.isEmpty {
            let top = layout.area.maxY + 1
            svg.append(text("Also on the map, not drawn above:", box: Rect(x: 0, y: top, width: 40, height: 1), className: "ring-label", anchor: "start"))
            for (row, connection) in hidden.enumerated() {
                let box = Rect(x: 2, y: top + 1 + row, width: 60, height: 1)
                let shown = "\(connection.feeling.symbol) \(connection.name) (ring \(connection.ring))"
                svg.append(labelled(connection, text(HTMLText.escape(shown), box: box, className: "name \(connection.feeling.rawValue)", anchor: "start")))
            }
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// The screen's layout at a size big enough for everyone to be drawn, within reason.
    /// Starts as small as a small map needs (so the text prints large) and grows until everyone fits.
    static func bestLayout(_ plan: Plan) -> RingLayout {
        var width = 64
        var height = 24
        var layout = RingLayout(area: Rect(x: 0, y: 0, width: width, height: height), network: plan.network, centreName: plan.person.displayName)
        for _ in 0..<9 where !layout.overflows.isEmpty {
            width = width * 5 / 4
            height = height * 5 / 4
            layout = RingLayout(area: Rect(x: 0, y: 0, width: width, height: height), network: plan.network, centreName: plan.person.displayName)
        }
        return layout
    }

    /// A connection's own element, named for screen readers: "Mum, ring 1 (closest to me), mixed".
    static func labelled(_ connection: Connection, _ body: String) -> String {
        let label = HTMLText.escape("\(connection.name), ring \(connection.ring) (\(RingWords.short(connection.ring))), \(connection.feeling.words)")
        return #"<g class="connection" aria-label="\#(label)"><title>\#(label)</title>\#(body)</g>"#
    }

    static func text(_ escaped: String, box: Rect, className: String, anchor: String = "middle") -> String {
        let left = anchor == "middle" ? Double(box.x) + Double(box.width) / 2 : Double(box.x)
        return #"<text class="\#(className)" x="\#(format(left * cellWidth))" y="\#(format((Double(box.y) + 0.8) * cellHeight))" text-anchor="\#(anchor)">\#(escaped)</text>"#
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
        text.split(separator: "\n", omittingEmptySubsequences: true).map { "<p>\(escape(String($0)))</p>" }.joined(separator: "\n")
    }
}
