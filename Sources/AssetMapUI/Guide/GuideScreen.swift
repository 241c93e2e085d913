import AssetMapCore

/// Where the walk-through's boxes go: a heading, a few words on the part, then the boxes under their labels.
struct GuideLayout {
    static let labelWidth = 20

    let content: Rect

    init(_ content: Rect) {
        self.content = content
    }

    /// The width the good-life answer wraps at, inside its frame.
    var textWidth: Int { max(1, content.width - 4) }
    /// The width of a one-line box beside its label.
    var boxWidth: Int { max(1, min(60, content.width - Self.labelWidth)) }
}

/// The walk-through, one part at a time, over the plan's content area.
enum GuideScreen {
    static func draw(
        _ state: PlanState, guide: GuideState, today: CalendarDay, in content: Rect, on canvas: inout Canvas
    ) {
        let name = state.plan.person.displayName
        let part = guide.part
        canvas.write(title(part, name: name), at: Point(x: content.x, y: content.y), role: .heading, clip: content)
        if part != .welcome {
            let counter = " Part \(part.rawValue) of \(GuideState.Part.allCases.count - 1)"
            canvas.write(
                counter, at: Point(x: content.maxX - counter.displayWidth, y: content.y), role: .dim, clip: content)
        }
        canvas.writeWrapped(
            intro(part, name: name), in: Rect(x: content.x, y: content.y + 1, width: content.width, height: 4),
            role: .dim)
        let body = self.body(part, name: name, in: content)
        let layout = GuideLayout(content)
        switch part {
        case .welcome: drawWelcome(name: name, in: body, on: &canvas)
        case .goodLife: drawGoodLife(guide, in: body, on: &canvas)
        case .people: drawPeople(guide, plan: state.plan, layout: layout, in: body, on: &canvas)
        case .strengths: drawStrengths(guide, plan: state.plan, layout: layout, in: body, on: &canvas)
        case .goal: drawGoal(guide, plan: state.plan, layout: layout, today: today, in: body, on: &canvas)
        case .wellbeing:
            canvas.writeWrapped(
                "Press Enter to start the check, or PgDn to leave it for another day.", in: body, role: .heading)
        }
        let bottom = Rect(x: content.x, y: content.maxY - 1, width: content.width, height: 1)
        if let problem = guide.problem {
            canvas.write("! " + problem, at: Point(x: bottom.x, y: bottom.y), role: .warning, clip: bottom)
        } else if let said = guide.said {
            canvas.write(said, at: Point(x: bottom.x, y: bottom.y), role: .heading, clip: bottom)
        } else if part != .welcome {
            canvas.write(
                "PgDn skips this part · Esc leaves the walk-through: g picks it up here again",
                at: Point(x: bottom.x, y: bottom.y),
                role: .dim, clip: bottom)
        }
    }

    /// Where a part's boxes go: under its heading and its few words, above the line of keys.
    static func body(_ part: GuideState.Part, name: String, in content: Rect) -> Rect {
        let y = content.y + 1 + min(4, TextWrap.wrap(intro(part, name: name), width: content.width).count) + 1
        return Rect(x: content.x, y: y, width: content.width, height: max(0, content.maxY - 1 - y))
    }

    /// The row of each ring in the people part, counted from its body's top.
    static func ringRow(_ ring: Int) -> Int { 1 + ring }

    /// The row of each box in the goal part, counted from its body's top.
    static func goalBoxRow(_ box: Int) -> Int { box * 2 }

    static func title(_ part: GuideState.Part, name: String) -> String {
        switch part {
        case .welcome: return "A first meeting, one part at a time"
        case .goodLife: return "What would a good life look like for \(name)?"
        case .people: return "Three people who matter"
        case .strengths: return "Three things \(name) is good at"
        case .goal: return "One goal, and a first small step"
        case .wellbeing: return "How things are now: the WELL12 check"
        }
    }

    static func intro(_ part: GuideState.Part, name: String) -> String {
        switch part {
        case .welcome:
            return
                "This walk-through fills in \(name)'s plan together, in five short parts. What is written goes into the "
                + "plan just as it would on the plan's own screens."
        case .goodLife:
            return
                "In their own words: what matters to them, what they enjoy, what they would like more of. It is saved as "
                + "it is typed. Enter starts a new line; Ctrl-S goes on."
        case .people:
            return
                "Who matters to \(name)? Family, friends, neighbours, a worker, a pet: anyone. Type a name, then Tab "
                + "and the number of the ring, how close they are. Not a person? Tab once more first, to say who or what."
        case .strengths:
            return "Skills, interests, what other people like about them, what they have got through. In their own "
                + "words; Enter adds each one."
        case .goal:
            return "Something \(name) would like to do, have or be, in their own words, and the first small step "
                + "towards it: who will do it, and by when. Tab goes to the next box."
        case .wellbeing:
            return
                "Twelve short statements, one at a time, each answered from 4 (yes, definitely) to 0 (definitely not), "
                + "then two extra questions that can be left. It takes a few minutes, and doing it again in a few months "
                + "shows what has changed."
        }
    }

    private static func drawWelcome(name: String, in body: Rect, on canvas: inout Canvas) {
        let parts = GuideState.Part.allCases.dropFirst().map { "\($0.rawValue)  " + title($0, name: name) }
        var y = body.y
        for line in parts where y < body.maxY {
            canvas.write(line, at: Point(x: body.x + 2, y: y), clip: body)
            y += 1
        }
        y += 1
        let keys =
            "Any part can be skipped with PgDn. Esc leaves the walk-through, and g in the plan picks it up again. "
            + "Press Enter to start, or Esc for not now."
        canvas.writeWrapped(
            keys, in: Rect(x: body.x, y: y, width: body.width, height: max(0, body.maxY - y)), role: .heading)
    }

    private static func drawGoodLife(_ guide: GuideState, in body: Rect, on canvas: inout Canvas) {
        guard body.height >= 3 else { return }
        Box.draw(body, role: .heading, on: &canvas)
        TextFieldView.draw(guide.goodLife, in: Box.interior(body), focused: true, on: &canvas)
    }

    private static func drawPeople(
        _ guide: GuideState, plan: Plan, layout: GuideLayout, in body: Rect, on canvas: inout Canvas
    ) {
        typealias Box = GuideState.PeopleBox
        label("Name", focused: guide.box == Box.name.rawValue, at: body.y, in: body, on: &canvas)
        TextFieldView.draw(
            guide.name, in: box(body.y, layout: layout, in: body), focused: guide.box == Box.name.rawValue, on: &canvas)
        label("Ring", focused: guide.box == Box.ring.rawValue, at: body.y + 2, in: body, on: &canvas)
        let long = ringsInFull(body)
        for ring in Connection.rings {
            let y = body.y + ringRow(ring)
            let chosen = ring == guide.ring
            let role: Role = chosen ? (guide.box == Box.ring.rawValue ? .fieldActive : .heading) : .normal
            let text = (chosen ? "▸ " : "  ") + "\(ring)  " + (long ? RingWords.long(ring) : RingWords.short(ring))
            canvas.write(
                text, at: Point(x: body.x + GuideLayout.labelWidth, y: y), role: role,
                clip: Rect(x: body.x, y: y, width: body.width, height: 1).intersection(body))
        }
        let focused = guide.box == Box.kind.rawValue
        let kinds = ConnectionForm.kindOptions
        if let x = kindColumn(body) {
            let clip = Rect(x: x, y: body.y, width: body.maxX - x, height: body.height).intersection(body)
            canvas.write(
                (focused ? "▸ " : "  ") + "Who or what (Tab)", at: Point(x: x, y: body.y + 1),
                role: focused ? .heading : .dim, clip: clip)
            for (index, kind) in kinds.enumerated() {
                let chosen = index == guide.kind
                let role: Role = chosen ? (focused ? .fieldActive : .heading) : .normal
                canvas.write(
                    (chosen ? "▸ " : "  ") + "\(index + 1)  " + kind, at: Point(x: x, y: body.y + ringRow(index + 1)),
                    role: role,
                    clip: clip)
            }
        } else {
            let line = (focused ? "▸ " : "  ") + "Who or what (Tab): ◂ " + kinds[guide.kind] + " ▸"
            canvas.write(line, at: Point(x: body.x, y: body.y + 7), role: focused ? .fieldActive : .normal, clip: body)
        }
        let onMap = NetworkList.order(plan).map { "\($0.feeling.symbol) \($0.name) (ring \($0.ring))" }
        drawSoFar("On the map so far", onMap, from: body.y + 8, in: body, on: &canvas)
    }

    /// The rings' own words when they all fit, their few words when the window is narrow.
    private static func ringsInFull(_ body: Rect) -> Bool {
        let room = body.width - GuideLayout.labelWidth - 5
        return Connection.rings.allSatisfy { RingWords.long($0).displayWidth <= room - kindWidth - 2 }
    }

    /// The widest line of the list of who or what someone is.
    private static let kindWidth = 5 + (ConnectionForm.kindOptions.map(\.displayWidth).max() ?? 0)

    /// Where the list of who or what someone is goes, beside the rings; nil where there is no room for it there.
    static func kindColumn(_ body: Rect) -> Int? {
        let long = ringsInFull(body)
        let rings =
            5 + (Connection.rings.map { (long ? RingWords.long($0) : RingWords.short($0)).displayWidth }.max() ?? 0)
        let x = body.x + GuideLayout.labelWidth + rings + 2
        return body.maxX - x >= max(kindWidth, "▸ Who or what (Tab)".displayWidth) ? x : nil
    }

    private static func drawStrengths(
        _ guide: GuideState, plan: Plan, layout: GuideLayout, in body: Rect, on canvas: inout Canvas
    ) {
        label("Good at, or has", focused: true, at: body.y, in: body, on: &canvas)
        TextFieldView.draw(guide.strength, in: box(body.y, layout: layout, in: body), focused: true, on: &canvas)
        let prompts = StrengthPrompts.all
        let prompt = prompts[guide.prompt % prompts.count]
        let y = body.y + 2
        canvas.write("A question that might help (↑ ↓ another):", at: Point(x: body.x, y: y), role: .dim, clip: body)
        let rows = canvas.writeWrapped(
            prompt.question, in: Rect(x: body.x + 2, y: y + 1, width: body.width - 2, height: 2).intersection(body),
            role: .heading)
        let written = plan.assets.filter { $0.owner == .person }.map(\.text)
        drawSoFar("Written down so far", written, from: y + 2 + rows, in: body, on: &canvas)
    }

    private static func drawGoal(
        _ guide: GuideState, plan: Plan, layout: GuideLayout, today: CalendarDay, in body: Rect,
        on canvas: inout Canvas
    ) {
        let labels = ["What I'd like", "First small step", "Who will do it", "By when"]
        for (index, text) in labels.enumerated() {
            let y = body.y + goalBoxRow(index)
            let focused = guide.box == index
            label(text, focused: focused, at: y, in: body, on: &canvas)
            let rect = box(y, layout: layout, in: body)
            switch GuideState.GoalBox(rawValue: index) ?? .goal {
            case .goal: TextFieldView.draw(guide.goal, in: rect, focused: focused, on: &canvas)
            case .firstStep: TextFieldView.draw(guide.firstStep, in: rect, focused: focused, on: &canvas)
            case .who:
                let helpers = StepForm.helpers(plan)
                let chosen = helpers[min(guide.who, helpers.count - 1)].label
                canvas.fill(rect, role: focused ? .fieldActive : .field)
                canvas.write(
                    "◂ " + chosen.truncated(toWidth: rect.width - 4) + " ▸", at: Point(x: rect.x, y: rect.y),
                    role: focused ? .fieldActive : .field, clip: rect)
            case .when:
                let narrow = Rect(x: rect.x, y: rect.y, width: min(rect.width, 20), height: rect.height)
                TextFieldView.draw(guide.when, in: narrow, focused: focused, on: &canvas)
                // Wrapped onto the empty line under the box rather than cut where the window is narrow.
                let words = whenInWords(guide.when.text, today: today)
                canvas.writeWrapped(
                    words.text,
                    in: Rect(x: narrow.maxX + 2, y: y, width: max(0, body.maxX - narrow.maxX - 2), height: 2)
                        .intersection(body), role: words.understood ? .normal : .dim)
            }
        }
        let note =
            guide.box == GuideState.GoalBox.who.rawValue
            ? "← → or the first letters of a name to choose; once only one name begins so, it goes on to the date."
            : "Small steps are easier to start: one that could be done this week is a good first one."
        canvas.writeWrapped(
            note, in: Rect(x: body.x, y: body.y + 8, width: body.width, height: 2).intersection(body), role: .dim)
    }

    /// The date typed for "by when", read back in words as it is typed, as forms do.
    static func whenInWords(_ typed: String, today: CalendarDay) -> (text: String, understood: Bool) {
        FormView.spokenDate(typed, meaning: .due, today: today) ?? ("Optional: Saturday, in 2 weeks, 31 Jan", false)
    }

    private static func label(_ text: String, focused: Bool, at y: Int, in body: Rect, on canvas: inout Canvas) {
        guard y < body.maxY else { return }
        canvas.write(
            (focused ? "▸ " : "  ") + text, at: Point(x: body.x, y: y), role: focused ? .heading : .normal,
            clip: Rect(x: body.x, y: y, width: GuideLayout.labelWidth - 1, height: 1))
    }

    private static func box(_ y: Int, layout: GuideLayout, in body: Rect) -> Rect {
        Rect(x: body.x + GuideLayout.labelWidth, y: y, width: layout.boxWidth, height: 1).intersection(body)
    }

    /// What is already in the plan for this part, one after another, so it is clear nothing typed was lost.
    private static func drawSoFar(
        _ heading: String, _ items: [String], from y: Int, in body: Rect, on canvas: inout Canvas
    ) {
        guard !items.isEmpty, y < body.maxY else { return }
        canvas.write(heading + ":", at: Point(x: body.x, y: y), role: .dim, clip: body)
        canvas.writeWrapped(
            items.joined(separator: " · "),
            in: Rect(x: body.x + 2, y: y + 1, width: body.width - 2, height: body.maxY - y - 1),
            role: .normal)
    }
}
