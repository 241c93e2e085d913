import AssetMapCore

/// Draws the whole screen from the state. A pure function: the same state always gives the same canvas.
public enum AppView {
    public static func render(_ state: AppState, today: CalendarDay) -> Canvas {
        // Empty, so that the one made at the state's size is blanked once.
        var canvas = Canvas(size: Size(width: 0, height: 0))
        render(state, today: today, into: &canvas)
        return canvas
    }

    /// The same, drawn over whatever `canvas` held, which is cleared first: the run loop keeps two canvases and
    /// draws each frame over the one before last.
    public static func render(_ state: AppState, today: CalendarDay, into canvas: inout Canvas) {
        canvas.clear(to: state.size)
        guard state.size.isBigEnough else {
            FullScreenNotices.tooSmall(&canvas, keysKept: state.heldKeys.count, qLeaves: state.qLeavesWhileTooSmall)
            return
        }
        if state.privacy {
            FullScreenNotices.privacy(&canvas)
            return
        }
        let layout = AppLayout(state)
        switch state.screen {
        case .caseload:
            CaseloadScreen.drawTitle(state.caseload, today: today, in: layout.title, on: &canvas)
            CaseloadScreen.draw(state.caseload, today: today, in: layout.content, on: &canvas)
        case .plan:
            if let plan = state.plan {
                PlanScreen.drawTitle(plan, in: layout.title, on: &canvas)
                PlanScreen.drawTabs(plan, in: layout.tabs, on: &canvas)
                PlanScreen.drawContent(
                    plan, directory: state.directory.directory, today: today, in: layout.content, on: &canvas)
            }
        case .directory:
            DirectoryScreen.drawTitle(state.directory, in: layout.title, on: &canvas)
            DirectoryScreen.draw(
                state.directory, linked: state.plan?.plan.communityLinks, in: layout.content, on: &canvas)
        case .report:
            ReportScreen.drawTitle(in: layout.title, on: &canvas)
            ReportScreen.draw(state.report, in: layout.content, on: &canvas)
        case .group:
            if let group = state.group {
                GroupScreen.drawTitle(group, in: layout.title, on: &canvas)
                GroupScreen.draw(group, directory: state.directory.directory, in: layout.content, on: &canvas)
            }
        }
        for modal in state.modals {
            // Only the top modal's cursor counts; those under it are only context.
            canvas.cursor = nil
            draw(modal, state: state, today: today, in: layout.modalArea, on: &canvas)
        }
        if let status = state.status {
            // A message too long for its row takes the row above as well, rather than being cut short.
            let role: Role = status.isWarning ? .warning : .message
            let rows = min(2, TextWrap.wrap(status.text, width: layout.status.width - 1).count)
            let area = Rect(x: 0, y: layout.status.y - rows + 1, width: layout.status.width, height: rows)
            canvas.fill(area, role: role)
            canvas.writeWrapped(status.text, in: Rect(x: 1, y: area.y, width: area.width - 1, height: rows), role: role)
        }
        HintBar.draw(state.keyContext, in: layout.hints, on: &canvas)
    }

    private static func draw(
        _ modal: Modal, state: AppState, today: CalendarDay, in area: Rect, on canvas: inout Canvas
    ) {
        switch modal {
        case .help(let context, let title, let scroll):
            HelpOverlay.draw(context, title: title, scroll: scroll, in: area, on: &canvas)
        case .confirm(let confirmation):
            Dialog.draw(
                title: confirmation.title, message: confirmation.question,
                footer: KeyMap.footer([.save: "Yes", .no: "No"], in: .dialog, separator: "    "), in: area, on: &canvas)
        case .message(let title, let text):
            Dialog.draw(
                title: title, message: text, footer: KeyMap.footer([.cancel: "Close"], in: .message), in: area,
                on: &canvas)
        case .form(let form):
            FormView.draw(form, in: area, today: today, showWordingHints: state.settings.wordingHints, on: &canvas)
        case .prompts(let index):
            PromptCard.draw(index, in: area, on: &canvas)
        case .picker(let picker):
            PickerView.draw(picker, in: area, on: &canvas)
        case .changedElsewhere(let question):
            question.draw(in: area, on: &canvas)
        case .ideas(let selection):
            if let plan = state.plan?.plan {
                IdeasPanel.draw(
                    selection: selection, plan: plan, directory: state.directory.directory, in: area, on: &canvas)
            }
        }
    }
}
