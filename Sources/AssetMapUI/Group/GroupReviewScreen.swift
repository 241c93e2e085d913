import AssetMapCore

/// The end of a group on the shared screen: one person at a time, each idea offered to them with their yes or no.
/// Only the group's own ideas are shown; what is already in their plan never is.
enum GroupReviewScreen {
    static func draw(_ group: GroupState, review: GroupReviewState, in content: Rect, on canvas: inout Canvas) {
        guard group.session.members.indices.contains(review.member) else { return }
        let member = group.session.members[review.member]
        let offers = GroupReview.offers(for: member, in: group.session)
        let (body, footer) = content.splitBottom(2)
        let asking = member.review == nil && member.planID == nil && review.startPlan == nil
        let title =
            asking || (member.planID == nil && review.startPlan == false)
            ? "A plan for \(member.name)?"
            : "What goes into \(member.name)'s own plan?"
        canvas.write(" " + title, at: Point(x: body.x, y: body.y), role: .heading, clip: body)
        var y = body.y + 2
        let text = Rect(x: body.x + 1, y: y, width: body.width - 2, height: 4)
        if asking {
            y +=
                canvas.writeWrapped(
                    "\(member.name) has no plan yet. Would \(member.name) like one started, to keep these ideas in? It "
                        + "would hold only the name \(member.name) to begin with. "
                        + KeyMap.footer([.save: "yes, start one", .no: "not now"], in: .groupReview), in: text) + 1
        } else if member.planID == nil, review.startPlan == false, member.review == nil {
            y +=
                canvas.writeWrapped(
                    "No plan for now: \(member.name) can take a sheet home (\(KeyMap.keyName(for: .export, in: .groupReview))). "
                        + "\(KeyMap.keyName(for: .open, in: .groupReview)) goes on to the next person.",
                    in: text) + 1
        } else {
            y += canvas.writeWrapped(summary(member, offers: offers, review: review), in: text, role: .dim) + 1
        }
        guard !offers.isEmpty else {
            canvas.writeWrapped(
                "Nothing was written for \(member.name) this time.",
                in: Rect(x: body.x + 1, y: y, width: body.width - 2, height: 2))
            canvas.writeCentredLines(GroupScreen.onlyTogether, y: footer.maxY - 1, in: footer, role: .dim)
            return
        }
        let list = Rect(x: body.x, y: y, width: body.width, height: max(0, body.maxY - y))
        ListView.draw(
            count: offers.count, selection: asking ? nil : review.selection, in: list, on: &canvas, highlighting: 2
        ) { row in
            let idea = offers[row]
            return [
                mark(answer(idea, member: member, review: review)), Span(idea.text + "  "),
                Span(
                    idea.kind == .strength
                        ? "as something \(member.name) is good at" : "as a place to connect with (ring 5)", .dim),
            ]
        }
        canvas.writeCentredLines(GroupScreen.onlyTogether, y: footer.maxY - 1, in: footer, role: .dim)
    }

    /// Yes, no, or not said yet, for one idea: from the choice being made, or the one made already.
    static func answer(_ idea: GroupIdea, member: GroupMember, review: GroupReviewState) -> Bool? {
        if let done = member.review {
            if done.added.contains(idea.id) { return true }
            return done.declined.contains(idea.id) ? false : nil
        }
        return review.answers[idea.id]
    }

    static func mark(_ answer: Bool?) -> Span {
        switch answer {
        case true?: return Span("✓ yes  ", .done)
        case false?: return Span("✗ no   ", .dim)
        case nil: return Span("  ?    ", .normal)
        }
    }

    static func summary(_ member: GroupMember, offers: [GroupIdea], review: GroupReviewState) -> String {
        if let done = member.review {
            let went = done.added.count == 1 ? "1 went" : "\(done.added.count) went"
            return
                "\(member.name) has chosen: \(went) into their plan. \(KeyMap.keyNames(for: .previousItem, .nextItem, in: .groupReview)) for another person."
        }
        if review.sending { return "Putting them in…" }
        let open = offers.count { review.answers[$0.id] == nil }
        let done = KeyMap.keyName(for: .open, in: .groupReview)
        guard open == 0 else {
            let answers = KeyMap.footer([.save: "yes", .no: "no"], in: .groupReview, separator: ", ")
            return "\(member.name) says yes or no to each one in turn: \(answers). Then \(done)."
        }
        let yes = offers.count { review.answers[$0.id] == true }
        return yes == 0
            ? "\(done): nothing goes into the plan; on to the next person."
            : "\(done) puts the \(yes == 1 ? "1" : "\(yes)") chosen into \(member.name)'s plan."
    }
}
