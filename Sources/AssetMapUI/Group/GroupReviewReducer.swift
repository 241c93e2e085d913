import AssetMapCore

/// The end of a group, one person at a time: each of their ideas and the group's places offered to them, a yes or
/// a no to each, then what they said yes to goes into their plan. Nothing reaches a plan any other way.
enum GroupReviewReducer {
    /// Opens the end at the first person who has not chosen yet.
    static func start(_ state: inout AppState) {
        guard let group = state.group else { return }
        let first = group.session.members.firstIndex { $0.review == nil } ?? 0
        state.group?.stage = .review(GroupReviewState(member: first))
    }

    static func handle(_ command: Command?, state: inout AppState, env: Environment) -> [Effect] {
        guard let group = state.group, case .review(var review) = group.stage,
            group.session.members.indices.contains(review.member),
            !review.sending
        else { return [] }
        let member = group.session.members[review.member]
        let offers = GroupReview.offers(for: member, in: group.session)
        var effects: [Effect] = []
        switch command {
        case .back:
            state.group?.stage = .prompt(max(0, group.session.prompts.count - 1))
            return []
        case .nextItem, .previousItem:
            let next = review.member + (command == .nextItem ? 1 : -1)
            guard group.session.members.indices.contains(next) else { return [] }
            review = GroupReviewState(member: next)
        case .up, .down, .pageUp, .pageDown, .first, .last:
            review.selection = ListView.move(review.selection, by: command!, count: offers.count, page: 5)
        case .save, .no:
            answer(command == .save, member: member, offers: offers, review: &review, state: &state)
        case .open:
            effects = finish(member, offers: offers, review: &review, state: &state, env: env)
        case .export:
            state.modals.append(.form(GroupForms.sheets(today: env.today, folder: state.copiesFolder)))
        case nil, .help, .cancel, .privacy, .nextSection, .previousSection, .section, .left, .right, .add, .edit,
            .delete, .undo, .redo, .search, .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise,
            .anticlockwise, .knows, .communityDirectory, .link, .putOnMap, .moveItemUp, .moveItemDown, .toggleDone,
            .barriers, .riskPlan, .steppingBack, .prompts, .settings, .syncTeam, .nextField, .previousField, .answer,
            .skip, .previousQuestion, .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText,
            .startGroup, .review, .addToDirectory, .ideasNearby, .notForMe:
            break
        }
        state.group?.stage = .review(review)
        return effects
    }

    private static func answer(
        _ yes: Bool, member: GroupMember, offers: [GroupIdea], review: inout GroupReviewState,
        state: inout AppState
    ) {
        if member.review != nil {
            state.status = .info("\(member.name) has chosen already. ← → go to another person.")
        } else if member.planID == nil, review.startPlan == nil {
            review.startPlan = yes
        } else if review.selection < offers.count, member.planID != nil || review.startPlan == true {
            review.answers[offers[review.selection].id] = yes
            // On to the next one still to answer, so each is asked in turn.
            if let next = offers.indices.first(where: { $0 > review.selection && review.answers[offers[$0].id] == nil })
            {
                review.selection = next
            }
        }
    }

    private static func finish(
        _ member: GroupMember, offers: [GroupIdea], review: inout GroupReviewState, state: inout AppState,
        env: Environment
    ) -> [Effect] {
        if member.review != nil {
            return moveOn(from: &review, state: &state)
        }
        if member.planID == nil, review.startPlan == nil {
            state.status = .info("First, would \(member.name) like a plan started? y or n.")
            return []
        }
        let keeping = member.planID != nil || review.startPlan == true
        if keeping, offers.contains(where: { review.answers[$0.id] == nil }) {
            state.status = .info("Please say yes or no to each one first: y or n.")
            return []
        }
        let chosen = offers.filter { review.answers[$0.id] == true }
        guard keeping, !chosen.isEmpty || member.planID == nil else {
            let record = MemberReview(day: env.today, added: [], declined: offers.map(\.id))
            GroupReducer.apply(.reviewed(memberID: member.id, record, planID: nil), state: &state, env: env)
            state.status = .info("Nothing goes into a plan for \(member.name).")
            return moveOn(from: &review, state: &state)
        }
        review.sending = true
        state.status = .info(
            member.planID == nil ? "Starting a plan for \(member.name)…" : "Putting them into \(member.name)'s plan…")
        return [
            .sendGroupIdeas(
                GroupDelivery(memberID: member.id, planID: member.planID, name: member.name, chosen: chosen))
        ]
    }

    /// To the next person who has not chosen yet; when everyone has, says so and stays.
    private static func moveOn(from review: inout GroupReviewState, state: inout AppState) -> [Effect] {
        guard let members = state.group?.session.members else { return [] }
        if let next = members.indices.first(where: { $0 > review.member && members[$0].review == nil })
            ?? members.indices.first(where: { members[$0].review == nil })
        {
            review = GroupReviewState(member: next)
        } else {
            state.status = .info("Everyone has chosen. x makes the take-home sheets; q goes back to the questions.")
        }
        return []
    }

    /// What a member chose reached their plan: the group keeps a record of their choice (not of their plan).
    static func sent(memberID: String, planID: String, state: inout AppState, env: Environment) {
        guard let group = state.group, case .review(var review) = group.stage,
            let member = group.session.members.first(where: { $0.id == memberID })
        else { return }
        let offers = GroupReview.offers(for: member, in: group.session)
        let added = offers.filter { review.answers[$0.id] == true }.map(\.id)
        let record = MemberReview(
            day: env.today, added: added, declined: offers.filter { review.answers[$0.id] == false }.map(\.id),
            startedPlan: member.planID == nil)
        guard GroupReducer.apply(.reviewed(memberID: memberID, record, planID: planID), state: &state, env: env) else {
            return
        }
        let things = added.count == 1 ? "1 thing" : "\(added.count) things"
        let done =
            member.planID == nil
            ? "Done: a plan is started for \(member.name), with \(things) in it."
            : "Done: \(things) in \(member.name)'s plan now."
        review.sending = false
        state.status = nil
        _ = moveOn(from: &review, state: &state)
        state.group?.stage = .review(review)
        state.status = .info([done, state.status?.text].compactMap { $0 }.joined(separator: " "))
    }

    static func notSent(_ message: String, state: inout AppState) {
        if case .review(var review)? = state.group?.stage {
            review.sending = false
            state.group?.stage = .review(review)
        }
        state.status = nil
        state.modals.append(.message(title: "Not put in yet", text: message))
    }
}
