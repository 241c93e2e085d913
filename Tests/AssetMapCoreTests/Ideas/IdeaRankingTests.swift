import AssetMapCore
import Foundation
import TestSupport
import Testing

@Suite struct IdeaRankingTests {
    /// Likes singing and fixing bikes; wants to get fitter, with money and getting there in the way; low on feeling
    /// physically well and on their social life at the latest check. Turned down the quiz; the library is linked.
    static func plan() -> Plan {
        var plan = Samples.plan()
        plan.assets = [
            Asset(id: "a1", owner: .person, kind: .interest, text: "Singing"),
            Asset(id: "a2", owner: .person, kind: .skill, text: "Fixing bikes"),
            Asset(id: "a3", owner: .person, kind: .value, text: "Family"),
            Asset(id: "a4", owner: .worker, kind: .skill, text: "Knows the bingo callers"),
        ]
        plan.goals = [
            Goal(
                id: "g1", title: "Get fitter", why: "To feel well", steps: [Step(id: "s1", text: "Try a walk")],
                barriers: [Barrier(id: "b1", text: "Money"), Barrier(id: "b2", text: "Hard to get to")],
                createdAt: Samples.created),
            Goal(id: "g2", title: "Learn to bake bread", status: .paused, createdAt: Samples.created),
        ]
        var answers: [Int?] = Array(repeating: 3, count: 12)
        answers[1] = 0
        answers[6] = 1
        plan.checks = [
            WellbeingCheck(
                id: "w1", date: Samples.day("2026-01-01"), answers: Array(repeating: 0, count: 12), complete: true),
            WellbeingCheck(id: "w2", date: Samples.day("2026-02-01"), answers: answers, complete: true),
            WellbeingCheck(
                id: "w3", date: Samples.day("2026-03-01"), answers: Array(repeating: 0, count: 12), complete: false),
        ]
        plan.notForMe = ["d-quiz"]
        plan.communityLinks = ["d-library"]
        return plan
    }

    static let directory = CommunityDirectory(entries: [
        CommunityAsset(id: "d-bingo", name: "Bingo hall", what: "Bingo every night", cost: "£5"),
        CommunityAsset(
            id: "d-choir", name: "St Anne's choir", what: "Singing for everyone", when: "Tuesdays", cost: "free",
            tags: ["music"]),
        CommunityAsset(id: "d-chamber", name: "Chamber singers", what: "Auditioned choir", cost: "£15 a term"),
        CommunityAsset(
            id: "d-gym", name: "Powerhouse gym", what: "Weights and machines", cost: "£30 a month", tags: ["fitness"]),
        CommunityAsset(
            id: "d-knit", name: "Knit and Natter", what: "Knitting and a chat over tea", cost: "Free",
            tags: ["social", "craft"]),
        CommunityAsset(id: "d-library", name: "Library", what: "Books and reading"),
        CommunityAsset(id: "d-quiz", name: "Pub quiz", what: "Quiz night with a social", tags: ["social"]),
        CommunityAsset(
            id: "d-repair", name: "Repair café", what: "Fix bikes, lamps and toasters together",
            cost: "Pay what you can"),
        CommunityAsset(
            id: "d-walk", name: "Walking for health", what: "Gentle walks", when: "Wednesdays 10am", cost: "Free",
            travel: "Meet at the bus station"),
        CommunityAsset(id: "d-wild", name: "Wildlife walk", what: "Nature walks in the hills", travel: "By car only"),
    ])

    @Test func theBestFitsComeFirstAndWhatFitsNothingIsLeftOut() {
        let ideas = IdeaRanking.ideas(for: Self.plan(), in: Self.directory)
        #expect(ideas.map(\.id) == ["d-walk", "d-choir", "d-knit", "d-wild", "d-repair", "d-chamber", "d-gym"])
        #expect(ideas.map(\.score) == [8, 5, 4, 4, 3, 1, 0])
    }

    @Test func eachSaysWhyInThePersonsTerms() {
        let ideas = Dictionary(
            uniqueKeysWithValues: IdeaRanking.ideas(for: Self.plan(), in: Self.directory).map { ($0.id, $0.sentence) })
        #expect(
            ideas["d-walk"] == "for your goal “Get fitter”, could help with feeling physically well, it's free, "
                + "easy to get to (Meet at the bus station): Walking for health, Wednesdays 10am, Free")
        #expect(ideas["d-choir"] == "you like singing, it's free: St Anne's choir, Tuesdays, free")
        #expect(ideas["d-knit"] == "could help with your social life, it's free: Knit and Natter, Free")
        #expect(ideas["d-repair"] == "you're good at fixing bikes: Repair café, Pay what you can")
    }

    @Test func costAndTravelCountOnlyWhenThePersonSaidSo() {
        var plan = Self.plan()
        plan.goals[0].barriers = []
        let ideas = IdeaRanking.ideas(for: plan, in: Self.directory)
        #expect(ideas.first { $0.id == "d-choir" }?.sentence == "you like singing: St Anne's choir, Tuesdays, free")
        #expect(ideas.map(\.id) == ["d-walk", "d-wild", "d-chamber", "d-repair", "d-choir", "d-knit", "d-gym"])
    }

    @Test func notForMeLinkedAndAlreadyOnTheMapAreNeverSuggested() {
        var plan = Self.plan()
        plan.network = [Samples.connection("c1", "repair CAFÉ", ring: 3, kind: .place)]
        let ids = IdeaRanking.ideas(for: plan, in: Self.directory).map(\.id)
        for gone in ["d-quiz", "d-library", "d-repair", "d-bingo"] { #expect(!ids.contains(gone)) }
        plan.notForMe = []
        #expect(IdeaRanking.ideas(for: plan, in: Self.directory).map(\.id).contains("d-quiz"))
    }

    @Test func aPlanWithNothingSaidAndAnEmptyDirectoryHaveNoIdeas() {
        #expect(IdeaRanking.ideas(for: Samples.plan(), in: Self.directory).isEmpty)
        #expect(IdeaRanking.ideas(for: Self.plan(), in: CommunityDirectory()).isEmpty)
    }

    @Test func theDemoPlansOwnWordsFindTheirPlaces() {
        let demo = DemoPlan.make(today: Samples.day("2026-12-03"), now: Samples.later, newID: { UUID().uuidString })
        let ideas = IdeaRanking.ideas(
            for: demo,
            in: CommunityDirectory(entries: [
                CommunityAsset(id: "a", name: "Men's Shed", what: "Fixing things and making things together"),
                CommunityAsset(
                    id: "b", name: "Dog walkers' meet-up", what: "Walk your dog with others", tags: ["dogs"]),
                CommunityAsset(id: "c", name: "Poetry evening", what: "Read your poems aloud"),
            ]))
        #expect(ideas.map(\.id) == ["a", "b"])
        #expect(
            ideas[0].sentence
                == "you're good at fixing things, for your goal “Volunteer at the repair café”: Men's Shed")
        #expect(ideas[1].sentence == "you're patient with animals: Dog walkers' meet-up")
    }

    @Test func assetsReadAsReasonsInThePersonsOwnWords() {
        func phrase(_ kind: AssetKind, _ text: String) -> String? {
            var plan = Samples.plan()
            plan.assets = [Asset(id: "a", owner: .person, kind: kind, text: text)]
            return IdeaRanking.ideas(
                for: plan,
                in: CommunityDirectory(entries: [
                    CommunityAsset(id: "x", name: "X", what: "", tags: [text])
                ])
            ).first?.reasons.first
        }
        #expect(phrase(.interest, "Loves the choir") == "you love the choir")
        #expect(phrase(.strength, "Patient with animals") == "you're patient with animals")
        #expect(phrase(.skill, "Good at fixing things") == "you're good at fixing things")
        #expect(phrase(.interest, "Growing vegetables") == "you like growing vegetables")
        #expect(phrase(.value, "Family") == "family matters to you")
        #expect(phrase(.resource, "A bus pass") == "you have a bus pass")
        #expect(phrase(.strength, "I am calm in a crisis") == "you're calm in a crisis")
        #expect(phrase(.skill, "DIY") == "you're good at DIY")
    }

    @Test func notForMeIsKeptOnceAndUndoneLikeAnyChange() throws {
        var plan = Samples.plan()
        try PlanReducer.reduce(&plan, .notForMe(entryID: "d1"))
        #expect(plan.notForMe == ["d1"])
        #expect(throws: EditRejection("That is already marked not for this person.")) {
            try PlanReducer.reduce(&plan, .notForMe(entryID: "d1"))
        }
        var editor = PlanEditor(plan: Samples.plan())
        try editor.apply(.notForMe(entryID: "d1"), now: Samples.later)
        #expect(editor.undo(now: Samples.later) == "saying an idea is not for me")
        #expect(editor.plan.notForMe.isEmpty)
    }

    @Test func notForMeGoesOutAndComesBackThroughTheJSONCopyAndIsLeftOutWhenEmpty() throws {
        var plan = Self.plan()
        plan.notForMe = ["d-quiz", "d-bingo"]
        let text = try Exporter.render(plan, as: .json, directory: Self.directory, made: Samples.day("2026-01-02"))
        #expect(text.contains("\"notForMe\""))
        #expect(try PlanImporter.read(Data(text.utf8)).notForMe == ["d-quiz", "d-bingo"])
        let plain = try Exporter.render(
            Samples.plan(), as: .json, directory: Self.directory, made: Samples.day("2026-01-02"))
        #expect(!plain.contains("notForMe"))
    }
}
