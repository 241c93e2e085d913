/// What a key asks for. The key table maps keys to commands per screen; reducers act on commands.
public enum Command: Hashable, Sendable {
    case help, back, cancel, privacy
    case nextSection, previousSection, section(Int)
    case up, down, left, right, pageUp, pageDown, first, last
    case nextItem, previousItem
    case open, add, edit, delete, undo, redo, search
    case inwards, outwards, toggleView, snapshot, compare
    case communityDirectory, link, putOnMap
    case moveItemUp, moveItemDown, toggleDone
    case barriers, riskPlan, steppingBack
    case prompts, export, settings, syncTeam
    case save, no, nextField, previousField
    case answer(Int), skip, previousQuestion
    case earlierDate, laterDate
    case report, timeline, writing

    /// Keys that only move about; they share one line in help.
    var isMovement: Bool {
        switch self {
        case .up, .down, .left, .right, .pageUp, .pageDown, .first, .last: return true
        default: return false
        }
    }
}

/// Where the person is, for choosing what keys mean and what the hint bar and help show.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    case caseload, caseloadSearch
    case overview, textBox
    case network, networkList, networkCompare
    case strengths, personStrengths, directory, directorySearch
    case goals, goal
    case wellbeing, wellbeingCheck, wellbeingReview, notes
    case form, dialog, picker, prompts, help, message
    case report, timeline
    /// Meta-contexts used only in the key table.
    case planSection, anyScreen

    public var isPlanSection: Bool {
        switch self {
        case .overview, .network, .networkList, .strengths, .personStrengths, .goals, .goal,
             .wellbeing, .notes:
            return true
        default:
            return false
        }
    }

    /// Contexts where letters are typed as text rather than taken as commands.
    public var isTextEntry: Bool {
        switch self {
        case .caseloadSearch, .textBox, .directorySearch, .form, .picker: return true
        default: return false
        }
    }
}
