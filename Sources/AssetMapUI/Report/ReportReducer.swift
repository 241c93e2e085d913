import AssetMapCore

/// Keys on the report: reading up and down, and back to the caseload.
enum ReportReducer {
    static func handle(_ command: Command?, state: inout AppState) {
        switch command {
        case .back, .cancel:
            state.screen = .caseload
            state.report = ReportState()
        case .up, .down, .pageUp, .pageDown, .first, .last:
            guard let report = state.report.report else { return }
            let content = AppLayout.content(for: state)
            let count = ReportScreen.lines(report, width: content.width).count
            state.report.top = PageView.scroll(state.report.top, by: command, lines: count, height: content.height)
        case nil, .help, .privacy, .nextSection, .previousSection, .section, .left, .right, .nextItem, .previousItem,
            .open, .add, .edit, .delete, .undo, .redo, .search, .inwards, .outwards, .toggleView, .snapshot, .compare,
            .clockwise, .anticlockwise, .knows, .communityDirectory, .link, .putOnMap, .moveItemUp, .moveItemDown,
            .toggleDone, .barriers, .riskPlan, .steppingBack, .prompts, .export, .settings, .syncTeam, .save, .no,
            .nextField, .previousField, .answer, .skip, .previousQuestion, .earlierDate, .laterDate, .report,
            .timeline, .writing, .walkThrough, .editText, .startGroup, .review, .addToDirectory, .ideasNearby,
            .notForMe:
            break
        }
    }
}
