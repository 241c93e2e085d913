import Foundation
import SwiftCSV
import TestSupport
import Testing

@testable import AssetMapCore

/// The ring picture in the HTML copy: the screen's placements, whole names or markers with a key, never a cut name.
@Suite struct SVGRingsTests {
    static let names = [
        "Aoife (sister)", "Mam", "Ciara", "Biscuit the dog", "Knit and Natter group", "Oakfield Library",
        "Housing office", "St Anne's Community Choir", "Dr Okafor (GP)", "Femi Adeyemi", "Femi Okonkwo",
        "Alexandria Catherine Wilhelmina Montgomery-Fitzgerald", "Zoë & \"Jo\" <friends>", "李伟",
    ]

    static func plan(_ count: Int) -> Plan {
        var plan = Samples.plan()
        plan.network = (0..<count).map { index in
            Connection(
                id: "c\(index)", name: names[index % names.count] + (index >= names.count ? " \(index)" : ""),
                ring: index % 5 + 1, kind: ConnectionKind.allCases[index % 5 == 0 ? 0 : index % 3],
                feeling: Feeling.allCases[index % 3])
        }
        return plan
    }

    /// The texts of the picture's elements of a class, with the entities turned back into characters.
    static func texts(_ svg: String, class name: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<text class=\"\(name)[^\"]*\"[^>]*>([^<]*)</text>")
        return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map {
            unescape(String(svg[Range($0.range(at: 1), in: svg)!]))
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test(arguments: [9, 20, 40, 150])
    func everyNameIsWholeOnThePictureOrInItsKey(count: Int) throws {
        let plan = Self.plan(count)
        let picture = SVGRings.render(plan)
        let names = Self.texts(picture.svg, class: "name")
        let key = Self.unescape(picture.key ?? "")
        for connection in plan.network {
            let whole = connection.feeling.symbol + " " + connection.name
            if names.contains(whole) { continue }
            let mark = { (marker: String) in
                "<strong>\(marker) \(connection.feeling.symbol)</strong> \(connection.name)</span>"
            }
            if let marker = names.first(where: { key.contains(mark($0)) }) {
                // A number in brackets, never read as a feeling symbol.
                #expect(
                    marker.first == "[" && marker.last == "]"
                        && marker.dropFirst().dropLast().allSatisfy { $0.isNumber })
            } else {
                #expect(
                    key.contains("<strong>\(connection.feeling.symbol)</strong> \(connection.name) (not drawn)</span>"),
                    "\(connection.name) is not whole on the picture, nor in the key")
            }
        }
        #expect(!names.contains { $0.contains("…") })
        #expect(Self.texts(picture.svg, class: "sector-label") == ["People", "Groups", "Places", "Services", "Pets"])
        if count <= 20 {
            #expect(names.filter { $0.count <= 4 }.count < count / 3, "most names are written on the picture")
        }
    }

    @Test func theMapIsOneSizeUnlessSomeoneWouldNotFitEvenByAMarker() throws {
        let few = SVGRings.render(Self.plan(3)).svg
        let twenty = SVGRings.render(try PlanImporter.read(Fixtures.data("take-home-20-people-12-checks.json"))).svg
        #expect(few.contains(#"viewBox="0 0 528.0 400.0""#) && twenty.contains(#"viewBox="0 0 528.0 400.0""#))
        // Four on ring 1 of one slice, the last with a two-figure marker ("[16]"), leave no room for it there.
        let ringOneFull = Self.plan(20)
        #expect(!RingLayout(area: SVGRings.area, network: ringOneFull.network, centreName: "Zoë").notDrawn.isEmpty)
        #expect(SVGRings.render(ringOneFull).svg.contains(#"class="rings crowded""#))
        let crowded = SVGRings.render(Self.plan(150)).svg
        #expect(crowded.contains(#"viewBox="0 0 624.0 480.0""#) && crowded.contains(#"class="rings crowded""#))
    }

    @Test func whoKnowsWhomIsDrawnAndListed() throws {
        var plan = Self.plan(9)
        plan.links = [ConnectionLink(id: "l1", a: "c0", b: "c1"), ConnectionLink(id: "l2", a: "c2", b: "c0")]
        let picture = SVGRings.render(plan)
        #expect(picture.svg.components(separatedBy: #"<line class="knows""#).count == 3)
        let html = try Exporter.render(
            plan, as: .html, directory: CommunityDirectory(), made: Samples.day("2026-11-25"))
        #expect(html.contains("knows: Mam, Ciara"))
        let markdown = try Exporter.render(
            plan, as: .md, directory: CommunityDirectory(), made: Samples.day("2026-11-25"))
        #expect(markdown.contains("knows: Mam, Ciara"))
        let csv = try CSV<Enumerated>(string: CSVExporter.connections(plan))
        #expect(csv.rows[0].last == "Mam; Ciara")
        #expect(csv.rows[1].last == "Aoife (sister)")
        var privateMam = plan
        privateMam.network[1].isPrivate = true
        let kept = try Exporter.render(
            privateMam, as: .html, directory: CommunityDirectory(), made: Samples.day("2026-11-25"))
        #expect(kept.contains("knows: Ciara") && !kept.contains("Mam"))
    }
}
