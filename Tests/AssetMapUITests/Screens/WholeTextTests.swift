import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

/// Text that was cut at 80x24 with no way to see the rest: each is now wrapped, or given whole beside or under its list.
@Suite struct WholeTextTests {
    static let title = "Get back to volunteering at the community garden"
    static let step = "Ring the garden about the Saturday volunteering morning and ask what to bring"
    static let doctor = "Dr Marguerite Fitzgerald-O'Sullivan Ní Bhriain"

    static func plan() -> Plan {
        var plan = Samples.plan()
        plan.person.preferredName = "Zoë"
        plan.network = [
            Samples.connection(
                "c1", "Mam", ring: 1, gives: "Company and a chat on the phone most Sundays",
                receives: "Help with shopping"),
            Samples.connection("c2", doctor, ring: 4, kind: .service),
            Samples.connection("c3", "Mog (my cat)", ring: 3, kind: .pet),
            Samples.connection("c4", "Knit and Natter", ring: 3, kind: .group),
        ]
        plan.goals = [
            Goal(
                id: "g1", title: title,
                steps: [Step(id: "s1", text: step, who: "person", due: Samples.day("2026-01-10"))],
                createdAt: Samples.created)
        ]
        return plan
    }

    /// The screen's words with the line breaks and frames taken out, so wrapped text is found whole.
    static func words(_ driver: ScreenDriver) -> String {
        driver.screen.lines.map {
            $0.replacingOccurrences(of: "║", with: " ").replacingOccurrences(of: "│", with: " ").trimmed
        }
        .joined(separator: " ")
        .split(separator: " ").joined(separator: " ")
    }

    @Test func aLongGoalIsWholeInTheListAndAtTheTopOfItsLadder() {
        let driver = ScreenDriver(showing: Self.plan(), part: "4")
        expectSnapshot(driver.screen, named: "goals-long-title-80x24")
        #expect(
            Self.words(driver).contains(
                "▶ Get back to volunteering at the 0 of 1 steps done · working on it community garden"))
        driver.press(.enter)
        let header = driver.screen.lines[3...4].map(\.trimmed)
        #expect(header[0].hasPrefix("Get back to volunteering at the") && header[0].hasSuffix("0 of 1 steps done"))
        #expect(header[1] == "community garden")
    }

    @Test func aNameTooLongForTheTitleBarOrItsRowEndsInAnEllipsis() {
        var plan = Self.plan()
        plan.person.preferredName = nil
        plan.person.name = "Marguerite Siobhán Fitzgerald-O'Sullivan Ní Bhriain de la Tour-Smythe"
        let driver = ScreenDriver(showing: plan, part: "1")
        let lines = driver.screen.lines
        #expect(lines[0].contains(" assetmap · Marguerite Siobhán") && lines[0].contains("… "), "\(lines[0])")
        let row = try? #require(lines.first { $0.contains("Marguerite") && !$0.contains("assetmap") })
        #expect(row?.trimmed.hasSuffix("…") == true, "\(row ?? "")")
    }

    @Test func theMapsListWrapsLongNamesHeadingsAndWhatGoesEachWay() {
        let driver = ScreenDriver(showing: Self.plan(), part: "2")
        driver.press(.character("v"))
        expectSnapshot(driver.screen, named: "network-list-whole-80x24")
        let words = Self.words(driver)
        #expect(words.contains("Ring 3 · people through things I do: groups, clubs, work, faith, neighbours (2)"))
        #expect(words.contains("I give: Help with shopping"))
        #expect(words.contains("Fitzgerald-O'Sullivan Ní Bhriain"))
        #expect(!driver.screen.lines.joined().contains("…"))
    }

    @Test func theWorkersEmptyListSaysAllItsHint() {
        let driver = ScreenDriver(showing: Self.plan(), part: "3")
        #expect(
            Self.words(driver).contains(
                "The worker's own strengths, skills and what they know about. Press a to add one."))
    }

    @Test func theCaseloadGivesTheSelectedPlansWholeNextStepUnderTheList() {
        let driver = ScreenDriver(plans: [Self.plan()])
        let row = driver.screen.lines[3]
        #expect(row.contains("…"), "the next step is cut in its column")
        #expect(Self.words(driver).contains("Zoë (Zoë Ní Bhriain) · next step by 10 January: \(Self.step)"))
        expectSnapshot(driver.screen, named: "caseload-whole-next-step-80x24")
    }

    @Test func enterShowsTheWholeDirectoryEntryAndHidesItAgain() {
        let entry = CommunityAsset(
            id: "d1", name: "Tuesday walking group for older people and carers at the library",
            what: "A gentle walk round the park and a cup of tea at the café afterwards", where: "The library",
            when: "Tuesdays 10am", cost: "Free", travel: "Buses 12 and 14", access: "Flat route, benches",
            contact: "01632 960000", tags: ["walking", "outdoors"], addedBy: "Dev",
            checkedOn: Samples.day("2026-01-01"))
        let driver = ScreenDriver(directory: CommunityDirectory(entries: [entry]))
        driver.press(.character("c"))
        #expect(driver.screen.lines[23].contains("Enter Open"))
        #expect(!Self.words(driver).contains("café afterwards"))
        driver.press(.enter)
        expectSnapshot(driver.screen, named: "directory-entry-whole-80x24")
        let words = Self.words(driver)
        for part in [entry.name, "café afterwards", "outdoors", "Dev", "1 January 2026"] {
            #expect(words.contains(part), "\(part) is not shown")
        }
        driver.press(.enter)
        #expect(!Self.words(driver).contains("café afterwards"))
    }
}
