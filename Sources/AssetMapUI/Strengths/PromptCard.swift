import AssetMapCore

/// One gentle question at a time, for when someone cannot think of a strength.
enum PromptCard {
    static func draw(_ index: Int, in area: Rect, on canvas: inout Canvas) {
        let prompts = StrengthPrompts.all
        let prompt = prompts[index % prompts.count]
        let rect = area.centred(width: min(area.width - 4, 64), height: 9)
        Box.drawOver(
            rect, title: "A question that might help (\(index % prompts.count + 1) of \(prompts.count))", on: &canvas)
        let inside = Box.interior(rect)
        canvas.write("About \(prompt.area.words):", at: Point(x: inside.x, y: inside.y), role: .dim, clip: inside)
        canvas.writeWrapped(
            prompt.question, in: Rect(x: inside.x, y: inside.y + 2, width: inside.width, height: 3), role: .heading)
        canvas.write(
            KeyMap.footer(
                [.nextItem: "another", .add: "write it down", .cancel: "close"], in: .prompts, separator: "   "),
            at: Point(x: inside.x, y: inside.maxY - 1), role: .dim, clip: inside)
    }

    /// Keys on a question card: another question, write something down with it in mind, or close.
    static func handle(_ index: Int, command: Command?, state: inout AppState) {
        let count = StrengthPrompts.all.count
        switch command {
        case .nextItem: state.modals[state.modals.count - 1] = .prompts((index + 1) % count)
        case .previousItem: state.modals[state.modals.count - 1] = .prompts((index + count - 1) % count)
        case .add:
            state.modals.removeLast()
            let prompt = StrengthPrompts.all[index % count]
            state.modals.append(.form(AssetForm.make(owner: .person, intro: prompt.question, area: prompt.area)))
        case .cancel: state.modals.removeLast()
        case .help: state.showHelp()
        case nil, .back, .privacy, .nextSection, .previousSection, .section, .up, .down, .left, .right, .pageUp,
            .pageDown, .first, .last, .open, .edit, .delete, .undo, .redo, .search, .inwards, .outwards, .toggleView,
            .snapshot, .compare, .clockwise, .anticlockwise, .knows, .communityDirectory, .link, .putOnMap,
            .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan, .steppingBack, .prompts, .export,
            .settings, .syncTeam, .save, .no, .nextField, .previousField, .answer, .skip, .previousQuestion,
            .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText, .startGroup, .review,
            .addToDirectory, .ideasNearby, .notForMe:
            break
        }
    }
}
