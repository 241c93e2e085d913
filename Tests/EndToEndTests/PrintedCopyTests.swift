import AssetMapCore
import Foundation
import TestSupport
import Testing

/// The HTML copy printed with headless Chromium and read back with poppler: page one on a page of its own,
/// nothing under 11 pt (9 pt inside the ring picture), and every check on the paper.
@Suite(.serialized) struct PrintedCopyTests {
    let folder = EndToEndFolder()

    struct Printed {
        var printer: Printer
        var html: URL
        var pdf: URL
        var words: [PrintedWord]
        var pages: Int
        /// A page's words in reading order, lines joined by spaces: text wrapped in a column reads on.
        func text(_ page: Int) -> String {
            Printer.text(of: words, page: page).replacingOccurrences(of: "\n", with: " ")
        }
    }

    func print(_ plan: Plan, _ arguments: [String] = []) throws -> Printed {
        try TakeHomePlans.add(plan, to: folder)
        let html = folder.temporary.url.appendingPathComponent("copy-\(plan.id).html")
        let result = try Program.run(
            ["export", plan.id, "--format", "html", "-o", html.path] + arguments, dataDir: folder.dataDir)
        try #require(result.status == 0, "\(result.errors)")
        let printer = try Printer(
            folder: folder.temporary.url, fontFamily: Printer.fontFamily(of: String(contentsOf: html, encoding: .utf8)))
        let pdf = try printer.pdf(of: html)
        return Printed(
            printer: printer, html: html, pdf: pdf, words: try printer.words(in: pdf), pages: try Printer.pages(pdf))
    }

    /// No page ends with a heading whose words follow on the next page.
    func expectNoHeadingEndsAPage(
        _ printed: Printed, headings: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for page in 1..<printed.pages {
            let lines = Printer.text(of: printed.words, page: page).split(separator: "\n")
            let last = String(lines.last ?? "")
            #expect(
                !headings.contains(last), "page \(page) ends with the heading \(last)", sourceLocation: sourceLocation)
        }
    }

    /// Words in the ring picture on page one lie between the heading above it and the key under it.
    func expectReadableSizes(_ printed: Printed, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let pageOne = printed.words.filter { $0.page == 1 }
        let heading = try #require(
            pageOne.indices.dropLast().first { pageOne[$0].text == "My" && pageOne[$0 + 1].text == "map" })
        let top = pageOne[heading + 1]
        let key = try #require(pageOne.first { $0.text == "Ring" && $0.yMin > top.yMax }, "the key under the map")
        let inPicture = { (word: PrintedWord) in word.page == 1 && word.yMin > top.yMax && word.yMax < key.yMin }
        let text = printed.words.filter { !inPicture($0) }
        let smallest = try #require(text.min { printed.printer.points($0) < printed.printer.points($1) })
        #expect(
            printed.printer.points(smallest) > 10.95, "\(smallest.text) on page \(smallest.page) is under 11 pt",
            sourceLocation: sourceLocation)
        if let name = printed.words.filter(inPicture).min(by: {
            printed.printer.points($0) < printed.printer.points($1)
        }) {
            #expect(
                printed.printer.points(name) > 8.95, "\(name.text) in the picture is under 9 pt",
                sourceLocation: sourceLocation)
        }
        let blank = (1...printed.pages).filter { page in !printed.words.contains { $0.page == page } }
        #expect(blank.isEmpty, "blank pages: \(blank)", sourceLocation: sourceLocation)
        let width = 595.0
        #expect(
            printed.words.allSatisfy { $0.xMin >= 0 && $0.xMax <= width }, "nothing runs off the side of the paper",
            sourceLocation: sourceLocation)
    }

    @Test func theDemoPrintsPageOneOnItsOwnPageAndNothingSmallerThan11Points() throws {
        let plan = TakeHomePlans.demo()
        let printed = try print(plan)
        let pageOne = printed.text(1)
        for part in [
            "Robin (Robin Hale)", "An asset map, made on \(DayText.long(TakeHomePlans.made)) with assetmap.",
            "Having people to go places with, and my own allotment.",
            "Feeling useful, maybe helping at the repair café.",
            "My map", "My next steps", "Volunteer at the repair café", "Next step: Bring a lamp to mend",
            "Next step: Put my name on the list", "Who to contact",
            "Priya, my keyworker: 07700 900461, Monday to Thursday",
            "Sister, Maya: 07700 900462", "Kez (school friend): 07700 900463",
        ] {
            #expect(pageOne.contains(part), "page one has no \(part)")
        }
        #expect(printed.text(2).hasPrefix("Everyone on my map, ring by ring"), "the details start on page two")
        try expectReadableSizes(printed)
        let headings = plan.goals.map(\.title) + ["My goals", "Strengths", "Stepping back", "What changed, and when"]
        expectNoHeadingEndsAPage(printed, headings: headings)
    }

    @Test func twentyPeopleFitPageOneAndAYearOfChecksIsOnThePaperAtFullSize() throws {
        let plan = try TakeHomePlans.twentyPeopleAndTwelveChecks()
        let printed = try print(plan)
        let pageOne = printed.text(1)
        for part in [
            "Alex (Alex Morgan-Whitfield)", "Knowing I can pay the bills.", "Join the Tuesday choir",
            "Sort out my money", "Grow my own vegetables", "Next step: Go once with Aoife",
            "Sam Okafor, my keyworker: 07700 900123, Mondays to Thursdays", "Community mental health team:",
        ] {
            #expect(pageOne.contains(part), "page one has no \(part)")
        }
        #expect(!printed.words.contains { $0.text == "Okonkwo" }, "someone private is not printed")
        #expect(printed.text(2).hasPrefix("Everyone on my map, ring by ring"), "page one fits on one page")
        let all = (1...printed.pages).map(printed.text).joined(separator: "\n")
        #expect(all.contains("The latest checks, from 15 July 2026 to 15 December 2026"))
        #expect(all.contains("Earlier checks, from 15 January 2026 to 15 June 2026"))
        for month in ["Jan", "Jun", "Jul", "Dec"] {
            #expect(all.contains("15 \(month) 2026"), "the check of 15 \(month) 2026 is not on the paper")
        }
        let totals = plan.checks.map { TakeHome.total(Well12.score($0)) }
        #expect(
            all.components(separatedBy: "15 Dec 2026 \(totals.last!)").count == 2, "the chart gives the newest total")
        try expectReadableSizes(printed)
        let headings = plan.goals.map(\.title) + ["My goals", "Strengths", "Stepping back", "What changed, and when"]
        expectNoHeadingEndsAPage(printed, headings: headings)
        let phone = try printed.printer.onAPhone(printed.html)
        #expect(phone.width > 300 && phone.width <= 360)
        #expect(phone.scrollWidth == phone.width, "on a phone the page scrolls sideways")
        #expect(phone.wide.isEmpty, "wider than a phone: \(phone.wide)")
    }

    /// A map of 150 with long names: the picture keeps a size whose words print at 9 pt or more, names that have no
    /// room are shown by markers, and the key under the picture gives every one of them whole.
    @Test func aCrowdedMapPrintsItsNamesAtNinePointsOrMoreWithAKey() throws {
        var plan = try TakeHomePlans.twentyPeopleAndTwelveChecks()
        let names = plan.network.map(\.name)
        plan.network = (0..<150).map { index in
            Connection(
                id: "crowd-\(index)", name: names[index % names.count] + (index >= names.count ? " \(index)" : ""),
                ring: index % 5 + 1, kind: ConnectionKind.allCases[index % 5], feeling: Feeling.allCases[index % 3])
        }
        plan.links = []
        plan.goals = []
        let printed = try print(plan)
        try expectReadableSizes(printed)
        let key = printed.text(1) + " " + printed.text(2)
        #expect(key.contains("Ring 1: ") && key.contains(" · Ring 5: "), "the key under the picture")
        #expect(!key.contains("…"), "no name is cut")
    }
}
