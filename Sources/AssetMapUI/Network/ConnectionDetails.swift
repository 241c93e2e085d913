import AssetMapCore

/// The side panel for the selected connection: everything about them in plain words.
enum ConnectionDetails {
    static func draw(_ connection: Connection, plan: Plan, in rect: Rect, on canvas: inout Canvas) {
        Box.draw(rect, title: connection.name, on: &canvas)
        let inside = Box.interior(rect)
        var y = inside.y
        func line(_ text: String, _ role: Role = .normal) {
            guard y < inside.maxY else { return }
            y += canvas.writeWrapped(
                text, in: Rect(x: inside.x, y: y, width: inside.width, height: inside.maxY - y), role: role)
        }
        line("Ring \(connection.ring): \(RingWords.short(connection.ring))")
        line("A \(connection.kind.rawValue)", .dim)
        if let by = connection.by { line(by.writtenBy(personName: plan.person.displayName).capitalisedFirst, .dim) }
        let feeling =
            connection.feeling == .draining
            ? "− this one can be hard" : "\(connection.feeling.symbol) \(connection.feeling.words)"
        line(feeling, RingPicture.role(for: connection.feeling))
        if connection.isPrivate { line("Private (left off copies)", .dim) }
        section("What they give me", connection.gives)
        section("What I give them", connection.receives)
        if let contact = connection.contact?.nonEmpty { section("How to contact", contact) }
        if let note = connection.note?.nonEmpty { section("Note", note) }
        let known = plan.peopleKnown(by: connection.id).map(\.name)
        y += 1
        line("Knows (n to change)", .heading)
        line(known.isEmpty ? "No one linked yet." : known.joined(separator: ", "), known.isEmpty ? .dim : .normal)
        let helps = GoalLinks.steps(helpedBy: connection.id, in: plan)
        if !helps.isEmpty { section("Helps with", helps.joined(separator: "; ")) }

        func section(_ title: String, _ text: String) {
            y += 1
            line(title, .heading)
            line(text.nonEmpty ?? "—", text.nonEmpty == nil ? .dim : .normal)
        }
    }
}
