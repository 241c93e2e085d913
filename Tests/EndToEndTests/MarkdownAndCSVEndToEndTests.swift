import AssetMapCore
import Foundation
import SwiftCSV
import TestSupport
import Testing

/// The Markdown copy rendered by cmark and the CSV copy read by a CSV parser, each from the real program.
@Suite(.serialized) struct MarkdownAndCSVEndToEndTests {
    let folder = EndToEndFolder()

    static let awkward = [
        "+ plus at start", "- dash at start", "1. numbered name",
        "**bold** _it_ `code` [link](http://x.example) ![i](y.png)",
        "<script>alert('x')</script>", "a & b &amp; ~~strike~~", "# not a heading", "> not a quote",
        "Line one\nLine two", "=1+1", "-2+3", "@SUM(1+1)", "\t=1+1", "\r=1+1", "Zoë Ní Bhriain",
    ]

    /// A plan whose names and typed words look like Markdown or like spreadsheet formulas.
    static func awkwardPlan() -> Plan {
        var plan = Samples.fullPlan()
        plan.id = "0b2c4d6e-8f10-4a12-b314-c516d718e920"
        plan.goodLife = "+ first\n1. second\n\n=== third"
        plan.network = awkward.enumerated().map { index, name in
            Connection(id: "x\(index)", name: name, ring: index % 5 + 1, gives: name)
        }
        plan.assets = [Asset(id: "a1", owner: .person, kind: .skill, text: "+ good with plants")]
        plan.goals[0].steps[1].who = "x0"
        plan.goals[0].barriers = [Barrier(id: "b1", text: "- buses", whatHelps: "1. a pass")]
        plan.steppingBack = [Stage(id: "t1", text: "1. then stop")]
        return plan
    }

    func export(_ plan: Plan, _ arguments: [String]) throws -> String {
        try TakeHomePlans.add(plan, to: folder)
        let result = try Program.run(["export", plan.id] + arguments, dataDir: folder.dataDir)
        try #require(result.status == 0, "\(result.errors)")
        return result.output
    }

    @Test func theDemoMarkdownRendersWithTheStructureItIsWrittenWith() throws {
        let plan = TakeHomePlans.demo()
        let document = try CommonMarkNode.render(try export(plan, ["--format", "md"]))
        let headings = document.all("heading").map { "\($0.attributes["level"] ?? "?") \($0.text)" }
        #expect(
            headings == [
                "1 Robin (Robin Hale)", "2 What a good life looks like for me", "2 My next steps", "2 Who to contact",
                "2 The people and places in my life",
            ] + Connection.rings.map { "3 Ring \($0): \(RingWords.long($0))" }
                + [
                    "2 Strengths", "3 What I'm good at and what I have", "3 What my worker can bring",
                    "3 Places and groups near here",
                    "2 My goals", "3 Volunteer at the repair café", "3 Get an allotment plot", "3 Stepping back",
                    "2 How I have been feeling (WELL12)", "2 What changed, and when",
                ])
        #expect(
            !document.all("list").contains { $0.attributes["type"] == "ordered" }, "nothing is numbered by the renderer"
        )
        let quote = try #require(document.all("block_quote").first)
        #expect(quote.all("linebreak").count == 1, "the two lines of the good life stay two lines")
        #expect(
            document.items(after: "Ring 1: \(RingWords.long(1))")
                == plan.network.filter { $0.ring == 1 }.map {
                    "\($0.name) (\($0.feeling.symbol) \($0.feeling.words)): \(TakeHome.describe($0, in: plan, feeling: false))"
                })
        let ladders = document.all("list").filter { $0.children.first?.children.first?.text.hasPrefix("GOAL:") == true }
        #expect(
            ladders.map { $0.children.map { String($0.children.first?.text.prefix(7) ?? "") } }
                == [["GOAL: V", "Rung 4:", "Rung 3:", "Rung 2:", "Rung 1:"], ["GOAL: G", "Rung 2:", "Rung 1:"]])
        let nested = document.all("item").flatMap { $0.children.filter { $0.name == "list" } }
        #expect(
            nested.map(\.text) == [
                "Who or what helps: Good at fixing things (a strength)",
                "Who or what helps: Sister, Maya (on the map), Repair café (on the map)",
            ],
            "the only lists inside lists say who or what helps a rung")
        #expect(document.items(after: "The total at each check, on a scale of 0 to 48:").count == 3)
    }

    @Test func typedTextThatLooksLikeMarkdownRendersAsItWasTyped() throws {
        let plan = Self.awkwardPlan()
        let document = try CommonMarkNode.render(try export(plan, ["--format", "md"]))
        let markup: Set = ["html_block", "html_inline", "link", "image", "code", "code_block", "thematic_break"]
        #expect(document.kinds.intersection(markup).isEmpty, "typed text made \(document.kinds.intersection(markup))")
        #expect(
            document.all("emph").allSatisfy { $0.text.hasSuffix(" yet.") },
            "only the copy's own \"None written yet.\" is in italics")
        #expect(!document.all("list").contains { $0.attributes["type"] == "ordered" })
        let people = Connection.rings.flatMap { document.items(after: "Ring \($0): \(RingWords.long($0))") }
        for connection in plan.network {
            let name = connection.name.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(
                in: .whitespacesAndNewlines)
            #expect(
                people.contains { $0.hasPrefix("\(name) (+ supportive): person; gives me: ") },
                "\(name) is not shown as typed")
        }
        #expect(document.all("block_quote").first?.text == "+ first 1. second=== third")
        #expect(document.items(after: "What I'm good at and what I have") == ["+ good with plants (skill)"])
        #expect(document.items(after: "In the way, and what might help:") == ["- buses: 1. a pass"])
        #expect(document.items(after: "Stepping back") == ["1. then stop"])
        let due = DayText.due(Samples.day("2026-02-15"), today: TakeHomePlans.made)
        #expect(
            document.items(after: "My next steps") == [
                "Walk by the sea each week Next step: Go once with Aoife Who: + plus at start · \(due)"
            ])
    }

    /// The first character after spaces and line breaks, which some spreadsheets trim before looking for a formula.
    static func firstSeen(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { $0 != " " && $0 != "\n" }
    }

    @Test func theCSVIsReadBackWithEveryFormulaWrittenAsTextAndAByteOrderMark() throws {
        let plan = Self.awkwardPlan()
        let csv = try export(plan, ["--format", "csv"])
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = try CSV<Enumerated>(string: csv).rows
        #expect(rows.count == plan.network.count)
        // As the program holds it once read from its file: a tab is a space there, a carriage return a line break.
        let stored = try PlanJSON.decode(Plan.self, from: PlanJSON.encode(plan))
        for (row, connection) in zip(rows, stored.network) {
            let runnable = Self.firstSeen(connection.name).map { "=+-@\t\r".unicodeScalars.contains($0) } == true
            #expect(row[0] == (runnable ? "'" : "") + connection.name)
            #expect(row[4] == row[0])
            for cell in row {
                #expect(Self.firstSeen(cell).map { "=+-@\t\r".unicodeScalars.contains($0) } != true)
            }
        }
        #expect(rows.last?[0] == "Zoë Ní Bhriain")
    }
}
