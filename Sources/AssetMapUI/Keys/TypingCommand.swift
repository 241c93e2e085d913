/// What a command asks of a box being typed in (a form, a part of the overview, the WELL12 check's answers):
/// keep it, leave it, or go to another box. Every other command leaves the key to the text, so a new command
/// decides here, once, what it does in every such box.
enum TypingCommand {
    case save, cancel, nextField, previousField
}

/// What a command asks of a search typed as you go (the caseload's, the map's): leave it, take the one found,
/// or go to another that matches. Every other command leaves the key to the search.
enum SearchCommand {
    case cancel, open, up, down
}

extension Command {
    var typing: TypingCommand? {
        switch self {
        case .save: return .save
        case .cancel: return .cancel
        case .nextField: return .nextField
        case .previousField: return .previousField
        case .help, .back, .privacy, .nextSection, .previousSection, .section, .up, .down, .left, .right, .pageUp,
            .pageDown, .first, .last, .nextItem, .previousItem, .open, .add, .edit, .delete, .undo, .redo, .search,
            .inwards, .outwards, .toggleView, .snapshot, .compare, .clockwise, .anticlockwise, .knows,
            .communityDirectory, .link, .putOnMap, .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan,
            .steppingBack, .prompts, .export, .settings, .syncTeam, .no, .answer, .skip, .previousQuestion,
            .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText, .startGroup, .review,
            .addToDirectory, .ideasNearby, .notForMe:
            return nil
        }
    }

    var searching: SearchCommand? {
        switch self {
        case .cancel: return .cancel
        case .open: return .open
        case .up: return .up
        case .down: return .down
        case .help, .back, .privacy, .nextSection, .previousSection, .section, .left, .right, .pageUp, .pageDown,
            .first, .last, .nextItem, .previousItem, .add, .edit, .delete, .undo, .redo, .search, .inwards, .outwards,
            .toggleView, .snapshot, .compare, .clockwise, .anticlockwise, .knows, .communityDirectory, .link,
            .putOnMap, .moveItemUp, .moveItemDown, .toggleDone, .barriers, .riskPlan, .steppingBack, .prompts,
            .export, .settings, .syncTeam, .save, .no, .nextField, .previousField, .answer, .skip, .previousQuestion,
            .earlierDate, .laterDate, .report, .timeline, .writing, .walkThrough, .editText, .startGroup, .review,
            .addToDirectory, .ideasNearby, .notForMe:
            return nil
        }
    }
}
