import FoundationEssentials

/// A made-up example plan for showing assetmap before using it with someone. Robin Hale is not a real person.
public enum DemoPlan {
    public static func make(today: CalendarDay, now: Date, newID: () -> String) -> Plan {
        let robin = Person(
            name: "Robin Hale", preferredName: "Robin", pronouns: "they/them", keyworker: "Priya",
            keyworkerContact: "07700 900461, Monday to Thursday")
        var plan = Plan(id: newID(), person: robin, createdAt: now.addingTimeInterval(-200 * 86_400))
        plan.consent = Consent(given: true, date: today.adding(days: -200), note: "An example: not a real person.")
        plan.goodLife =
            "Having people to go places with, and my own allotment.\nFeeling useful, maybe helping at the repair café."
        let people: [(String, Int, ConnectionKind, Feeling, String, String)] = [
            ("Sister, Maya", 1, .person, .supportive, "Rings every Sunday", "I fix her bike"),
            ("Dad", 1, .person, .mixed, "Lets me stay when things are hard", "Help with his shopping"),
            ("Kez (school friend)", 2, .person, .supportive, "Makes me laugh", "I listen"),
            ("Biscuit the dog", 2, .pet, .supportive, "A reason to get up and out", "Walks and dinners"),
            ("Lee from the old flat", 3, .person, .draining, "", "Lends money I can't spare"),
            ("Allotment society", 3, .group, .supportive, "Seeds and advice", "I water on Thursdays"),
            ("Repair café", 3, .place, .supportive, "Something to look forward to", "I mend lamps"),
            ("Dr Okafor (GP)", 4, .service, .supportive, "Check-ups", ""),
            ("Priya (support worker)", 4, .service, .supportive, "Help with forms", ""),
            ("Walking for health group", 5, .group, .supportive, "", ""),
            ("Library", 5, .place, .supportive, "", ""),
        ]
        plan.network = people.map {
            Connection(id: newID(), name: $0.0, ring: $0.1, kind: $0.2, feeling: $0.3, gives: $0.4, receives: $0.5)
        }
        // Numbers from the range kept for drama, so they reach no one.
        plan.network[0].contact = "07700 900462"
        plan.network[2].contact = "07700 900463"
        let fixing = Asset(
            id: newID(), owner: .person, kind: .skill, text: "Good at fixing things",
            domain: LifeArea.workAndLearning.rawValue)
        let dogs = Asset(
            id: newID(), owner: .person, kind: .strength, text: "Patient with animals",
            domain: LifeArea.communityAndContribution.rawValue)
        plan.assets = [
            fixing, dogs,
            Asset(
                id: newID(), owner: .person, kind: .interest, text: "Growing vegetables",
                domain: LifeArea.health.rawValue),
            Asset(id: newID(), owner: .worker, kind: .resource, text: "Knows the local volunteering groups"),
            Asset(
                id: newID(), owner: .worker, kind: .skill, text: "Can help with benefit forms",
                domain: LifeArea.money.rawValue),
        ]
        let maya = plan.network[0].id
        let repair = plan.network[6].id
        plan.goals = [
            Goal(
                id: newID(), title: "Volunteer at the repair café", why: "To feel useful and meet people",
                steps: [
                    Step(
                        id: newID(), text: "Find out when it is open", who: StepHelper.person.rawValue,
                        due: today.adding(days: -40), status: .done,
                        doneOn: today.adding(days: -41)),
                    Step(
                        id: newID(), text: "Go once with Maya to look", who: maya, due: today.adding(days: -10),
                        status: .done,
                        connectionIds: [maya, repair], doneOn: today.adding(days: -10)),
                    Step(
                        id: newID(), text: "Bring a lamp to mend", who: StepHelper.person.rawValue,
                        due: today.adding(days: 7), status: .doing, assetIds: [fixing.id]),
                    Step(
                        id: newID(), text: "Ask about helping every month", who: StepHelper.person.rawValue,
                        due: today.adding(days: 30)),
                ], barriers: [Barrier(id: newID(), text: "Confidence", whatHelps: "Going with someone the first time")],
                risk: RiskPlan(
                    benefits: "Meeting people, using my skills", risks: "It could feel too busy",
                    contingency: "Take a break outside; text Maya", reviewOn: today.adding(days: 45)),
                createdAt: now.addingTimeInterval(-120 * 86_400)),
            Goal(
                id: newID(), title: "Get an allotment plot",
                steps: [
                    Step(
                        id: newID(), text: "Go to the allotment open day", who: StepHelper.person.rawValue,
                        due: today.adding(days: -60), status: .done,
                        doneOn: today.adding(days: -60)),
                    Step(
                        id: newID(), text: "Put my name on the list", who: StepHelper.worker.rawValue,
                        due: today.adding(days: 14)),
                ], barriers: [Barrier(id: newID(), text: "Money", whatHelps: "Ask about the reduced fee")],
                createdAt: now.addingTimeInterval(-90 * 86_400)),
        ]
        plan.steppingBack = [
            Stage(id: newID(), text: "Meet every two weeks", by: today.adding(days: 30)),
            Stage(id: newID(), text: "Meet once a month; Robin rings if needed", by: today.adding(days: 90)),
        ]
        plan.checks = [
            check(newID(), today.adding(days: -180), [1, 2, 2, 1, 3, 2, 1, 2, 1, 1, 1, 1]),
            check(newID(), today.adding(days: -90), [2, 2, 2, 1, 3, 2, 2, 3, 2, 2, 2, 2]),
            check(newID(), today.adding(days: -10), [3, 2, 3, 2, 4, 2, 3, 3, 3, 2, 3, 3]),
        ]
        plan.notes = [
            Note(
                id: newID(), date: today.adding(days: -10),
                text: "An example note: we looked at the map together and moved Dad closer.",
                by: .worker)
        ]
        var earlier = plan.network.filter { $0.ring < 5 }
        if let dad = earlier.firstIndex(where: { $0.name == "Dad" }) { earlier[dad].ring = 2 }
        plan.snapshots = [Snapshot(id: newID(), date: today.adding(days: -120), label: "First map", network: earlier)]
        plan.updatedAt = now
        return plan
    }

    private static func check(_ id: String, _ date: CalendarDay, _ answers: [Int]) -> WellbeingCheck {
        WellbeingCheck(id: id, date: date, answers: answers, complete: true, recentEvent: .no, by: .together)
    }
}
