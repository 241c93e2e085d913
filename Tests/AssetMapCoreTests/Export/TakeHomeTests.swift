import Foundation
import TestSupport
import Testing

@testable import AssetMapCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct TakeHomeTests {
    static let made = Samples.day("2026-11-25")
    static var demo: Plan { ExportTests.demo }

    func render(_ plan: Plan, _ format: ExportFormat, _ contents: ExportContents = ExportContents()) throws -> String {
        try Exporter.render(plan, as: format, contents: contents, directory: CommunityDirectory(), made: Self.made)
    }

    @Test func pageOneNamesTheKeyworkerAndTheSupportivePeopleWhoHaveAContact() throws {
        var plan = Self.demo
        plan.network[1].contact = "07700 900470"
        let copy = TakeHome(plan: plan, directory: CommunityDirectory(), made: Self.made)
        #expect(
            copy.contacts == [
                TakeHome.Contact(name: "Priya", role: "my keyworker", how: "07700 900461, Monday to Thursday"),
                TakeHome.Contact(name: "Sister, Maya", role: nil, how: "07700 900462"),
                TakeHome.Contact(name: "Kez (school friend)", role: nil, how: "07700 900463"),
            ], "Dad is mixed, so he is not offered as someone to contact")
        let html = try render(plan, .html)
        let pageOne = try #require(html.components(separatedBy: #"<section id="network">"#).first)
        for text in [
            "<strong>Priya</strong>, my keyworker: 07700 900461, Monday to Thursday</li>",
            "<strong>Sister, Maya</strong>: 07700 900462</li>", "Next step: Bring a lamp to mend",
            "Who: me · by 2 December", "Next step: Put my name on the list", "Who: Priya (worker) · by 9 December",
        ] {
            #expect(pageOne.contains(text), "page one is missing \(text)")
        }
        plan.person.keyworker = nil
        #expect(
            TakeHome(plan: plan, directory: CommunityDirectory(), made: Self.made).contacts.first
                == TakeHome.Contact(name: "My keyworker", role: nil, how: "07700 900461, Monday to Thursday"))
    }

    @Test func nextStepsAreTheCurrentRungOfEachGoalBeingWorkedOn() throws {
        var plan = Self.demo
        plan.goals[1].status = .paused
        plan.goals.append(
            Goal(id: "g-empty", title: "Learn to swim", steps: [], barriers: [], createdAt: Samples.created))
        var finished = plan.goals[0]
        finished.id = "g-finished"
        for index in finished.steps.indices { finished.steps[index].status = .done }
        plan.goals.append(finished)
        let next = TakeHome(plan: plan, directory: CommunityDirectory(), made: Self.made).nextSteps
        #expect(
            next.map(\.goal.title) == ["Volunteer at the repair café", "Learn to swim", "Volunteer at the repair café"]
        )
        #expect(
            next.map(\.stepWords) == [
                "Next step: Bring a lamp to mend", "No steps written yet.", "Every step is done.",
            ])
        #expect(next[0].helpWords(today: Self.made) == "Who: me · by 2 December")
        let html = try render(plan, .html)
        #expect(html.contains("<h3>Learn to swim</h3>") && html.contains(#"<p class="none">No steps yet.</p>"#))
        #expect(!html.contains("GOAL: Learn to swim"), "no empty ladder is drawn")
        var going = plan.goals[0]
        going.steps[2].who = plan.network[0].id
        going.steps[2].connectionIds = [plan.network[0].id, plan.network[6].id]
        #expect(
            TakeHome.NextStep(goal: going, plan: plan).helpWords(today: Self.made)
                == "Who: Sister, Maya, with Repair café · by 2 December")
    }

    @Test func peopleMarkedPrivateAreLeftOutOfEveryCopyUnlessAskedFor() throws {
        var plan = Self.demo
        plan.network[0].isPrivate = true
        plan.goals[0].steps[3].who = plan.network[0].id
        plan.links = [ConnectionLink(id: "l1", a: plan.network[0].id, b: plan.network[1].id)]
        let shown = plan.leavingPrivatePeopleOut()
        #expect(shown.network.count == plan.network.count - 1)
        #expect(shown.links.isEmpty)
        #expect(shown.goals[0].steps[1].connectionIds == [plan.network[6].id])
        #expect(shown.goals[0].steps[3].who == nil)
        for format in [ExportFormat.html, .md, .csv] {
            let copy = try render(plan, format)
            #expect(!copy.contains("Sister, Maya") && !copy.contains("07700 900462"), "\(format) names someone private")
            #expect(
                try render(plan, format, ExportContents(privatePeople: true)).contains("Sister, Maya"),
                "\(format) was asked to")
        }
        #expect(try render(plan, .json).contains("Sister, Maya"), "the plan file is the whole plan")
    }

    @Test func pageOneOnlyLeavesTheDetailsOut() throws {
        let html = try render(Self.demo, .html, ExportContents(parts: .pageOne))
        #expect(
            html.contains(#"<section id="page-one""#) && html.contains("Who to contact")
                && html.contains(#"class="rings""#))
        for detail in [#"id="network""#, #"id="strengths""#, #"id="goals""#, #"id="wellbeing""#] {
            #expect(!html.contains(detail))
        }
        let markdown = try render(Self.demo, .md, ExportContents(parts: .pageOne))
        #expect(markdown.contains("## Who to contact") && markdown.contains("### Ring 1: people I am closest to"))
        for detail in ["## Strengths", "## My goals", "WELL12"] { #expect(!markdown.contains(detail)) }
    }

    @Test func checksAreInTablesOfSixTheLatestFirst() throws {
        var plan = Self.demo
        plan.checks = (1...13).map { month in
            WellbeingCheck(
                id: "w\(month)", date: CalendarDay(year: 2025 + month / 13, month: (month - 1) % 12 + 1, day: 15)!,
                answers: Array(repeating: month % 5, count: 12), complete: true)
        }
        let copy = TakeHome(plan: plan, directory: CommunityDirectory(), made: Self.made)
        #expect(
            copy.checkTables.map { $0.map { $0.date.iso } } == [
                ["2025-08-15", "2025-09-15", "2025-10-15", "2025-11-15", "2025-12-15", "2026-01-15"],
                ["2025-02-15", "2025-03-15", "2025-04-15", "2025-05-15", "2025-06-15", "2025-07-15"],
                ["2025-01-15"],
            ])
        let html = try render(plan, .html)
        #expect(html.contains("The latest checks, from 15 August 2025 to 15 January 2026"))
        #expect(html.contains("Earlier checks, on 15 January 2025"))
        #expect(html.components(separatedBy: #"<div class="table-wrap""#).count - 1 == 3)
    }

    @Test(arguments: ExportTests.plans)
    func theHTMLHasOneMainWithEverySectionInItAndTablesWithHeaders(plan: Plan) throws {
        let html = try render(plan, .html)
        let (reader, ok, error) = XMLReader.read(html)
        #expect(ok, "not well-formed: \(error)")
        let body = try #require(html.components(separatedBy: "<body>").last)
        #expect(
            body.hasPrefix("\n<main>\n") && body.hasSuffix("</main>\n</body>\n</html>\n"), "everything is inside main")
        #expect(reader.elements.count { $0.name == "main" } == 1)
        #expect(reader.elements.count { $0.name == "h1" } == 1)
        let headers = reader.elements.filter { $0.name == "th" }
        #expect(headers.allSatisfy { $0.attributes["scope"] == "col" || $0.attributes["scope"] == "row" })
        let checkTables = html.components(separatedBy: #"<div class="table-wrap""#).dropFirst()
            .map { $0.components(separatedBy: "</table>")[0] }
        #expect(checkTables.count == (plan.checks.count + 5) / 6)
        for table in checkTables {
            #expect(table.components(separatedBy: #"scope="row""#).count - 1 == 13, "each statement and the total")
        }
        for check in plan.checks {
            #expect(
                html.contains(#"<span class="value">\#(TakeHome.total(Well12.score(check)))"#),
                "the chart writes each total")
        }
    }

    @Test func barsAreTheTotalOnAScaleOf48() {
        #expect(HTMLWellbeing.percent(0) == "0.0%")
        #expect(HTMLWellbeing.percent(20) == "41.7%")
        #expect(HTMLWellbeing.percent(48) == "100.0%")
    }

    /// Two checks: a whole one of 24, and one with a statement skipped, 22 of the 44 answered.
    static func planWithASkippedStatement() -> Plan {
        var plan = demo
        plan.checks = [
            WellbeingCheck(
                id: "w1", date: Samples.day("2026-10-01"), answers: Array(repeating: 2, count: 12), complete: true),
            WellbeingCheck(
                id: "w2", date: Samples.day("2026-11-01"), answers: Array(repeating: 2, count: 11) + [nil],
                complete: true),
        ]
        return plan
    }

    @Test func aTotalWithAStatementSkippedIsOutOf44OnTheChartMarkedAndItsBarIsItsShare() throws {
        let html = try render(Self.planWithASkippedStatement(), .html)
        let chart = try #require(html.components(separatedBy: #"<figure class="chart""#).last)
        #expect(chart.contains(#"<span class="bar" style="width:50.0%"></span>"#), "24 out of 48")
        #expect(
            chart.contains(#"<span class="bar partial" style="width:50.0%"></span>"#),
            "22 out of 44 is half, as 24 out of 48 is")
        #expect(chart.contains(#"<span class="value">22 out of 44 (11 answered) *</span>"#))
        #expect(chart.contains("on a scale of 0 to 48"))
        #expect(chart.contains("Each total is out of 48: twelve statements, each from 0 to 4."))
        #expect(
            chart.contains(
                "* Some statements were skipped, so that total is out of 4 for each one answered: 22 out of 44"))
        var whole = Self.planWithASkippedStatement()
        whole.checks[1].answers[11] = 2
        let wholeHTML = try render(whole, .html)
        #expect(!wholeHTML.contains("Some statements were skipped"), "the note is there only when needed")
        #expect(!wholeHTML.contains("bar partial"))
    }

    @Test func theMarkdownTotalsSayTheScaleAndMarkATotalOutOf44() throws {
        let markdown = try render(Self.planWithASkippedStatement(), .md)
        #expect(markdown.contains("The total at each check, on a scale of 0 to 48:"))
        #expect(markdown.contains("- 1 October 2026: 24 out of 48\n"))
        #expect(markdown.contains("- 1 November 2026: 22 out of 44 (11 answered) \\*\n"))
        #expect(
            markdown.contains(
                "Each total is out of 48: twelve statements, each from 0 to 4. The higher, the better things feel."))
        #expect(
            markdown.contains(
                "\\* Some statements were skipped, so that total is out of 4 for each one answered: 22 out of 44 means 11 answered"
            ))
    }
}
