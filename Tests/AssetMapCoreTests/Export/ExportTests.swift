import Foundation
import SwiftCSV
import TestSupport
import Testing

@testable import AssetMapCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads XML with a real parser, noting every element and its attributes.
final class XMLReader: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""

    static func read(_ xml: String) -> (reader: XMLReader, ok: Bool, error: String) {
        let reader = XMLReader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        let ok = parser.parse()
        return (reader, ok, parser.parserError.map { "\($0) at line \(parser.lineNumber)" } ?? "")
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append((elementName, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}

@Suite struct ExportTests {
    static let made = Samples.day("2026-11-25")
    static let demo = DemoPlan.make(today: made, now: Samples.later, newID: { UUID().uuidString.lowercased() })
    static let directory = CommunityDirectory(entries: [
        CommunityAsset(id: "d1", name: "Tuesday walks & tea", what: "A <gentle> walk")
    ])

    static var plans: [Plan] {
        var awkward = Samples.fullPlan()
        awkward.person.name = "Zoë \"Zo\" O'Brien & 李伟 <test>"
        awkward.network[0].name = "Mum, Dad & \"the kids\""
        awkward.network[1].gives = "Line one\nLine two, with a comma"
        awkward.network[2].name = "=HYPERLINK(\"x\")"
        return [demo, Samples.plan(), awkward]
    }

    @Test(arguments: plans)
    func theHTMLIsWellFormedAndHasEveryConnectionLabelledInTheSVG(plan: Plan) throws {
        let html = try Exporter.render(plan, as: .html, directory: Self.directory, made: Self.made)
        let (reader, ok, error) = XMLReader.read(html)
        #expect(ok, "not well-formed: \(error)")
        #expect(reader.text.contains(plan.person.name))
        let labelled = reader.elements.filter { $0.name == "g" && $0.attributes["class"] == "connection" }
        #expect(labelled.count == plan.network.count)
        for connection in plan.network {
            #expect(
                labelled.contains {
                    $0.attributes["aria-label"]?.hasPrefix(connection.name + ", ring \(connection.ring)") == true
                },
                "\(connection.name) has no labelled element")
            #expect(reader.text.contains(connection.name))
        }
        #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(html.contains("@media print"))
        #expect(reader.text.contains("made on 25 November 2026"))
    }

    @Test func theHTMLHasTheWholeTakeHome() throws {
        let html = try Exporter.render(Self.demo, as: .html, directory: Self.directory, made: Self.made)
        for part in [
            "What a good life looks like for me", "My map", "My next steps", "Who to contact",
            "Everyone on my map, ring by ring", "What I'm good at and what I have",
            "What my worker can bring", "My goals", "Volunteer at the repair café", "◀ on this rung now", "In the way",
            "Taking a chance", "How I have been feeling (WELL12)", "I get all the sleep I need", "Better since",
            "Stepping back",
        ] {
            #expect(html.contains(HTMLText.escape(part)), "missing: \(part)")
        }
    }

    @Test(arguments: plans)
    func theMarkdownSaysTheSame(plan: Plan) throws {
        let markdown = try Exporter.render(plan, as: .md, directory: Self.directory, made: Self.made)
        #expect(markdown.hasPrefix("# "))
        for heading in [
            "## What a good life looks like for me", "## My next steps", "## Who to contact",
            "## The people and places in my life", "## Strengths", "## My goals",
            "## How I have been feeling (WELL12)",
        ] {
            #expect(markdown.contains("\n\(heading)\n"))
        }
        for connection in plan.network {
            let feeling = "\(connection.feeling.symbol) \(connection.feeling.words)"
            #expect(markdown.contains("- **\(MarkdownText.inline(connection.name))** (\(feeling)): "))
        }
        #expect(!markdown.contains("<test>"))
    }

    @Test(arguments: plans)
    func theConnectionsCSVReadsBackWithTheSameValues(plan: Plan) throws {
        let csv = try CSV<Enumerated>(string: CSVExporter.connections(plan))
        #expect(csv.header == ["name", "ring", "kind", "feeling", "gives", "receives", "by", "knows"])
        #expect(csv.rows.count == plan.network.count)
        for (row, connection) in zip(csv.rows, plan.network) {
            let name = connection.name.hasPrefix("=") ? "'" + connection.name : connection.name
            #expect(!row.contains { $0.hasPrefix("\u{FEFF}") }, "the byte-order mark is not part of any cell")
            let expected = [
                name, "\(connection.ring)", connection.kind.rawValue, connection.feeling.rawValue, connection.gives,
                connection.receives, connection.by?.rawValue ?? "",
                plan.peopleKnown(by: connection.id).map(\.name).joined(separator: "; "),
            ]
            #expect(row == expected)
        }
    }

    @Test(arguments: plans)
    func theChecksCSVHasTheTwelveAnswersAndTheTotal(plan: Plan) throws {
        let csv = try CSV<Enumerated>(string: CSVExporter.checks(plan))
        #expect(csv.header.count == 17 && csv.header.last == "by")
        #expect(csv.rows.count == plan.checks.count)
        for (row, check) in zip(csv.rows, Well12.ordered(plan.checks)) {
            #expect(row[0] == check.date.iso)
            #expect(Array(row[1...12]) == check.answers.map { $0.map(String.init) ?? "" })
            #expect(row[13] == "\(Well12.score(check).total)")
        }
    }

    @Test(arguments: plans)
    func theJSONIsThePlanAndRoundTrips(plan: Plan) throws {
        let json = try Exporter.render(plan, as: .json, directory: Self.directory, made: Self.made)
        #expect(try PlanImporter.read(Data(json.utf8)) == plan)
    }

    @Test func theDemoIsRealisticAndMadeUp() {
        let demo = Self.demo
        #expect(demo.network.count >= 8)
        #expect(demo.goals.count == 2)
        #expect(demo.goals.allSatisfy { !$0.steps.isEmpty })
        #expect(demo.checks.count == 3)
        #expect(demo.snapshots.count == 1)
        #expect(Set(demo.network.map(\.kind)).count >= 4)
        #expect(demo.network.contains { $0.feeling == .draining })
    }
}

@Suite struct ImportTests {
    @Test func aGoodExportIsReadBack() throws {
        let plan = Samples.fullPlan()
        #expect(try PlanImporter.read(PlanJSON.encode(plan)) == plan)
        #expect(try PlanImporter.read(Fixtures.data("handwritten-plan.json")).person.name == "Siobhán Kelly")
    }

    @Test func problemsNameTheFieldAndNothingElse() {
        #expect(
            throws: PlanImporter.Problem(
                message: "The file could not be imported: network[1].ring must be a number from 1 to 5.")
        ) {
            try PlanImporter.read(Fixtures.data("bad-ring.json"))
        }
        #expect(
            throws: PlanImporter.Problem(
                message: "The file was made by a newer assetmap (format 2); import it with that version.")
        ) {
            try PlanImporter.read(Fixtures.data("newer-version.json"))
        }
        #expect(throws: PlanImporter.Problem(message: "The file could not be imported: the file is not valid JSON.")) {
            try PlanImporter.read(Data("not json".utf8))
        }
    }

    @Test func repeatedIdsAreRefused() throws {
        var plan = Samples.fullPlan()
        plan.network[1].id = plan.network[0].id
        #expect(throws: PlanImporter.Problem(message: "The file could not be imported: network[1].id is used twice.")) {
            try PlanImporter.read(PlanJSON.encode(plan))
        }
    }

    @Test func onlyUsualIdsAreUsedAsTheyAre() {
        #expect(PlanImporter.hasUsableID(Samples.plan()))
        var odd = Samples.plan()
        odd.id = "../../etc/zoe"
        #expect(!PlanImporter.hasUsableID(odd))
        #expect(PlanImporter.asNew(odd, id: "new").id == "new")
    }
}
