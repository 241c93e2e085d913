import AssetMapCore
import TestSupport
import Testing

@Suite struct DayTextTests {
    let today = Samples.day("2026-05-10")

    @Test func showsDatesInUKStyleLeavingOffThisYear() {
        #expect(DayText.show(Samples.day("2026-05-03"), today: today) == "3 May")
        #expect(DayText.show(Samples.day("2025-12-25"), today: today) == "25 December 2025")
        #expect(DayText.long(Samples.day("2026-05-03")) == "3 May 2026")
        #expect(DayText.spoken(Samples.day("2026-12-05"), today: Samples.day("2026-12-03")) == "Saturday 5 December")
        #expect(DayText.spoken(Samples.day("2027-01-31"), today: Samples.day("2026-12-03")) == "Sunday 31 January 2027")
    }

    @Test func saysWhenThingsHappenedInPlainWords() {
        #expect(DayText.relative(today, today: today) == "today")
        #expect(DayText.relative(Samples.day("2026-05-09"), today: today) == "yesterday")
        #expect(DayText.relative(Samples.day("2026-05-07"), today: today) == "3 days ago")
        #expect(DayText.relative(Samples.day("2026-04-01"), today: today) == "1 April")
    }

    @Test func saysKindlyWhenAStepWasDue() {
        #expect(DayText.due(Samples.day("2026-05-03"), today: today) == "was due 3 May")
        #expect(DayText.due(today, today: today) == "due today")
        #expect(DayText.due(Samples.day("2026-06-01"), today: today) == "by 1 June")
    }
}

@Suite struct SearchQueryTests {
    @Test func findsNamesWhateverTheAccentsAndCase() {
        let folded = SearchQuery.fold("Zoë Ní Bhriain")
        #expect(SearchQuery("zoe").matches(folded: folded))
        #expect(SearchQuery("ni bhri").matches(folded: folded))
        #expect(SearchQuery("ZOË").matches(folded: folded))
        #expect(!SearchQuery("zoe smith").matches(folded: folded))
    }

    @Test func everyWordMustAppearInAnyOrderAndOtherScriptsAreFoundToo() {
        let folded = SearchQuery.fold("李 Siobhán Ó Súilleabháin")
        #expect(SearchQuery("suilleabhain siobhan").matches(folded: folded))
        #expect(SearchQuery("李").matches(folded: folded))
        #expect(SearchQuery("bháin").matches(folded: folded))
        #expect(!SearchQuery("siobhan x").matches(folded: folded))
        #expect(!SearchQuery("李 Siobhán Ó Súilleabháin and more").matches(folded: folded))
        #expect(!SearchQuery("zoe").matches(folded: ""))
    }

    @Test func anEmptySearchIsEmpty() {
        #expect(SearchQuery("   ").isEmpty)
    }
}
