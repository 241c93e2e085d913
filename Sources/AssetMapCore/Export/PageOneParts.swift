extension TakeHome {
    /// A goal being worked on and the step the person is on now: what to do next, who helps and by when.
    public struct NextStep: Sendable {
        public var goal: Goal
        /// Nil when every step is done or none is written yet.
        public var step: Step?
        /// Who will do it: "me", the worker, or someone from the map.
        public var who: String?
        /// People on the map linked to the step.
        public var with: [String]

        init(goal: Goal, plan: Plan) {
            self.goal = goal
            step = goal.currentStepIndex.map { goal.steps[$0] }
            who = step?.helperName(in: plan)
            with = step?.connectionIds.compactMap { id in plan.network.first { $0.id == id }?.name } ?? []
        }

        /// "Next step: Bring a lamp to mend", or what to say when there is none.
        public var stepWords: String {
            guard let step else { return goal.steps.isEmpty ? "No steps written yet." : "Every step is done." }
            return "Next step: \(step.text)"
        }

        /// "Who: me, with Maya · by 2 December", or nil when neither is known.
        public func helpWords(today: CalendarDay) -> String? {
            var parts: [String] = []
            let others = with.filter { $0 != who }.joined(separator: ", ")
            if let who {
                parts.append("Who: " + who + (others.isEmpty ? "" : ", with " + others))
            } else if !others.isEmpty {
                parts.append("With: " + others)
            }
            if let due = step?.due { parts.append(DayText.due(due, today: today)) }
            return parts.isEmpty ? nil : parts.joined(separator: " · ")
        }
    }

    /// Someone to contact, named on page one so the person can reach them when things are hard.
    public struct Contact: Sendable, Equatable {
        public var name: String
        /// "my keyworker" for the keyworker; nil for someone from the map.
        public var role: String?
        public var how: String?

        /// The keyworker first (when either their name or their contact is written), then the supportive people
        /// on the map who have a contact, closest rings first.
        static func all(in plan: Plan) -> [Contact] {
            var contacts: [Contact] = []
            let keyworker = plan.person.keyworker?.nonEmpty
            let reach = plan.person.keyworkerContact?.nonEmpty
            if keyworker != nil || reach != nil {
                contacts.append(
                    Contact(
                        name: keyworker ?? "My keyworker", role: keyworker == nil ? nil : "my keyworker", how: reach))
            }
            let supportive = plan.network.filter { $0.feeling == .supportive && $0.contact?.nonEmpty != nil }
            contacts += Connection.rings.flatMap { ring in supportive.filter { $0.ring == ring } }.map {
                Contact(name: $0.name, role: nil, how: $0.contact?.nonEmpty)
            }
            return contacts
        }
    }
}
