import AssetMapCore
import TestSupport
import Testing

@Suite struct Well12Tests {
    func check(_ answers: [Int?], on day: String = "2026-03-01", complete: Bool = true) -> WellbeingCheck {
        WellbeingCheck(id: day, date: Samples.day(day), answers: answers, complete: complete)
    }

    @Test func theWordingIsExactlyAsPublished() {
        #expect(Well12.items.count == 12)
        #expect(Well12.items[0].statement == "I get all the sleep I need")
        #expect(Well12.items[4].statement == "There is someone I trust I can talk to")
        #expect(Well12.items[8].statement == "I've a hobby, an interest that I can indulge myself in")
        #expect(Well12.items[11].statement == "I feel hopeful about my future")
        #expect(Well12.answers.map(\.words) == ["Yes, definitely", "Agree", "Not sure", "Disagree", "Definitely not"])
        #expect(Well12.answers.map(\.value) == [4, 3, 2, 1, 0])
        #expect(Well12.maximumTotal == 48)
    }

    @Test func aFullCheckIsScoredOutOf48() {
        let score = Well12.score(check([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]))
        #expect(score == Well12.Score(total: 48, answered: 12))
        #expect(score.isWhole)
        #expect(Well12.score(check(Array(repeating: 0, count: 12))).total == 0)
    }

    @Test func skippedItemsAreLeftOutOfTheTotalAndSaidSo() {
        let score = Well12.score(check([3, nil, 2, nil, 4, 4, 1, 0, 2, 3, nil, 4]))
        #expect(score.total == 23)
        #expect(score.answered == 9)
        #expect(score.outOf == 36)
        #expect(!score.isWhole)
    }

    @Test func aFirstCheckHasNothingToCompareWith() {
        #expect(WellbeingTrend(checks: [check([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2])])?.change == nil)
        #expect(WellbeingTrend(checks: []) == nil)
    }

    @Test func changesAreCountedOnlyOverItemsAnsweredBothTimes() {
        let first = check([2, 2, 2, nil, 2, 2, 2, 2, 2, 2, 2, 2], on: "2026-03-01")
        let second = check([3, 2, 1, 4, nil, 2, 2, 2, 2, 2, 2, 4], on: "2026-04-01")
        #expect(Well12.itemChanges(from: first, to: second) == [1, 0, -1, nil, nil, 0, 0, 0, 0, 0, 0, 2])
        #expect(Well12.totalChange(from: first, to: second) == 2)
        let movers = Well12.movers(from: first, to: second)
        #expect(movers.better.map(\.shortName) == ["sleep", "hope"])
        #expect(movers.lower.map(\.shortName) == ["where I live"])
        #expect(Well12.totalChange(from: check(Array(repeating: nil, count: 12)), to: second) == nil)
    }

    @Test func theCaseloadTrendUsesFinishedChecksInDateOrder() {
        let later = check([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], on: "2026-05-01")
        let earlier = check([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], on: "2026-04-01")
        let unfinished = check(
            [0, 0, 0, nil, nil, nil, nil, nil, nil, nil, nil, nil], on: "2026-06-01", complete: false)
        let trend = WellbeingTrend(checks: [later, unfinished, earlier])
        #expect(trend?.total == 36)
        #expect(trend?.change == 12)
        #expect(trend?.date == Samples.day("2026-05-01"))
    }

    @Test func anUnfinishedCheckCarriesOnAfterTheLastAnswer() {
        #expect(Well12.resumeIndex(check(Array(repeating: nil, count: 12), complete: false)) == 0)
        #expect(
            Well12.resumeIndex(check([1, nil, 2, nil, nil, nil, nil, nil, nil, nil, nil, nil], complete: false)) == 3)
        #expect(Well12.resumeIndex(check(Array(repeating: 1, count: 12), complete: false)) == 12)
    }
}

@Suite struct MapChangeTests {
    @Test func newGoneCloserFurtherAndUnchanged() {
        let earlier = [
            Samples.connection("a", "Mum", ring: 3), Samples.connection("b", "Gary", ring: 2),
            Samples.connection("c", "GP", ring: 4), Samples.connection("d", "Choir", ring: 5),
        ]
        let later = [
            Samples.connection("a", "Mum", ring: 1), Samples.connection("c", "GP", ring: 4),
            Samples.connection("d", "Choir", ring: 5), Samples.connection("e", "Priya", ring: 2),
        ]
        var moved = later
        moved[2].ring = 3
        let change = MapChange(from: earlier, to: moved)
        #expect(change.new.map(\.name) == ["Priya"])
        #expect(change.gone.map(\.name) == ["Gary"])
        #expect(
            change.closer == [
                MapChange.Move(name: "Mum", from: 3, to: 1), MapChange.Move(name: "Choir", from: 5, to: 3),
            ])
        #expect(change.further.isEmpty)
        #expect(change.unchanged.map(\.name) == ["GP"])
    }

    @Test func connectionsAreMatchedByNameWhenTheIdsDiffer() {
        let change = MapChange(
            from: [Samples.connection("x1", "Siobhán", ring: 2)], to: [Samples.connection("y9", "siobhan ", ring: 4)])
        #expect(change.further == [MapChange.Move(name: "siobhan ", from: 2, to: 4)])
        #expect(change.new.isEmpty && change.gone.isEmpty)
    }

    @Test func twoEmptyMapsHaveNoChange() {
        #expect(MapChange(from: [], to: []).isEmpty)
    }
}
