import AssetMapCore

/// The shared screen of a group session: what is going to happen, then each question large, with the ideas the
/// group has written under it. It is drawn from the group alone, so nothing from anyone's plan can appear.
enum GroupScreen {
    static let onlyTogether = "Only what we write together is on this screen."

    static func drawTitle(_ group: GroupState, in rect: Rect, on canvas: inout Canvas) {
        canvas.fill(rect, role: .title)
        canvas.write(" assetmap · Group", at: Point(x: rect.x, y: rect.y), role: .title, clip: rect)
        let count = group.session.members.count
        var right = count == 1 ? "1 person " : "\(count) people "
        switch group.stage {
        case .welcome: break
        case .prompt(let index): right = "Question \(index + 1) of \(group.session.prompts.count) · " + right
        case .review(let review): right = "Choosing: person \(review.member + 1) of \(count) "
        }
        canvas.write(right, at: Point(x: rect.maxX - right.displayWidth, y: rect.y), role: .title, clip: rect)
    }

    static func draw(_ group: GroupState, directory: CommunityDirectory, in content: Rect, on canvas: inout Canvas) {
        switch group.stage {
        case .welcome: drawWelcome(group, in: content, on: &canvas)
        case .prompt: drawPrompt(group, directory: directory, in: content, on: &canvas)
        case .review(let review): GroupReviewScreen.draw(group, review: review, in: content, on: &canvas)
        }
    }

    private static func drawWelcome(_ group: GroupState, in content: Rect, on canvas: inout Canvas) {
        let block = content.centred(width: min(content.width, 66), height: content.height)
        var y = block.y + 1
        y += canvas.writeCentredLines(onlyTogether, y: y, in: block, role: .heading) + 1
        y += canvas.writeCentredLines("Here today: \(group.memberNames)", y: y, in: block) + 1
        let questions = group.session.prompts.count
        for paragraph in [
            "We will look at \(questions == 1 ? "1 question" : "\(questions) questions"), one at a time. An idea can be for the whole "
                + "group or for one person. Places and groups we like can go in the community directory for everyone.",
            "At the end, each person chooses what goes into their own plan. Nothing goes into anyone's plan without them saying yes.",
        ] {
            y +=
                canvas.writeWrapped(
                    paragraph, in: Rect(x: block.x, y: y, width: block.width, height: max(0, block.maxY - y))) + 1
        }
        canvas.writeCentredLines("Press Enter to start.", y: y, in: block, role: .heading)
    }

    private static func drawPrompt(
        _ group: GroupState, directory: CommunityDirectory, in content: Rect, on canvas: inout Canvas
    ) {
        guard let index = group.promptIndex, let prompt = group.prompt else { return }
        let (card, rest) = content.splitTop(7)
        Box.draw(card, title: "Question \(index + 1) of \(group.session.prompts.count)", on: &canvas)
        let inside = Box.interior(card)
        // Large: the question alone in the middle of its card, in short lines of even length (no word left alone).
        let widest = max(1, min(inside.width, 48))
        let count = TextWrap.wrap(prompt.text, width: widest).count
        let even = (1...widest).first { TextWrap.wrap(prompt.text, width: $0).count <= count } ?? widest
        let lines = TextWrap.wrap(prompt.text, width: even)
        let top = inside.y + max(0, (inside.height - lines.count) / 2)
        for (row, line) in lines.enumerated() where top + row < inside.maxY {
            canvas.writeCentred(line, row: top + row - inside.y, in: inside, role: .heading)
        }
        let ideas = group.ideasShown
        let heading = prompt.kind == .places ? "Places and groups we like" : "Our ideas"
        canvas.write(" \(heading) (\(ideas.count))", at: Point(x: rest.x, y: rest.y + 1), role: .heading, clip: rest)
        let (body, footer) = rest.splitBottom(2)
        let list = Rect(x: body.x, y: body.y + 2, width: body.width, height: max(0, body.height - 2))
        if ideas.isEmpty {
            let what = prompt.kind == .places ? "a place or group" : "an idea"
            canvas.writeWrapped(
                "Nothing written yet. Press a to write \(what) down, for the whole group or for one person.",
                in: list.inset(by: 1), role: .dim)
        }
        ListView.draw(
            count: ideas.count, selection: min(group.selection, max(0, ideas.count - 1)), in: list, on: &canvas,
            highlighting: 1
        ) { row in
            let idea = ideas[row]
            var spans = [
                Span(idea.text + "  "),
                Span(idea.forMember == nil ? "for the group" : "for \(group.session.owner(of: idea))", .dim),
            ]
            if idea.directoryID.flatMap(directory.entry) != nil { spans.append(Span("  ✓ in the directory", .done)) }
            return spans
        }
        if let idea = group.selectedIdea, idea.kind == .place, idea.directoryID.flatMap(directory.entry) == nil {
            canvas.write(
                " c adds it to the community directory, for everyone.", at: Point(x: footer.x, y: footer.y), role: .dim,
                clip: footer)
        }
        canvas.writeCentredLines(onlyTogether, y: footer.maxY - 1, in: footer, role: .dim)
    }
}

extension Canvas {
    /// Centres each line of a wrapped text from row `y`; returns the rows used.
    @discardableResult
    mutating func writeCentredLines(_ text: String, y: Int, in rect: Rect, role: Role = .normal) -> Int {
        let lines = TextWrap.wrap(text, width: max(1, rect.width))
        for (row, line) in lines.enumerated() where y + row < rect.maxY {
            writeCentred(line, row: y + row - rect.y, in: rect, role: role)
        }
        return lines.count
    }
}
