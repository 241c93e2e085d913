/// What a key asks for. The key table maps keys to commands per screen; reducers act on commands.
public enum Command: Hashable, Sendable {
    case help, back, cancel, privacy
    case nextSection, previousSection
    case section(Int)
    case up, down, left, right, pageUp, pageDown, first, last
    case nextItem, previousItem
    case open, add, edit, delete, undo, redo, search
    case inwards, outwards, toggleView, snapshot, compare
    case clockwise, anticlockwise, knows
    case communityDirectory, link, putOnMap
    case moveItemUp, moveItemDown, toggleDone
    case barriers, riskPlan, steppingBack
    case prompts, export, settings, syncTeam
    case save, no, nextField, previousField
    case answer(Int)
    case skip, previousQuestion
    /// A step through the dates being compared: -1 to an earlier one, 1 to a later one.
    case earlierDate(by: Int)
    case laterDate(by: Int)
    case report, timeline, writing
    /// The walk-through of a first meeting.
    case walkThrough
    /// A key that changes the text being typed; the text field itself carries it out.
    case editText(TextEdit)
    case startGroup, review, addToDirectory, ideasNearby, notForMe

    /// Keys that only move about; they share one line in help.
    var isMovement: Bool {
        switch self {
        case .up, .down, .left, .right, .pageUp, .pageDown, .first, .last: return true
        default: return false
        }
    }
}

/// Keys that change text while typing, named in the key table so help lists them.
public enum TextEdit: Hashable, Sendable {
    case lineStart, lineEnd, clearToStart, clearToEnd, deleteWordBefore
}

/// Where the person is, for choosing what keys mean and what the hint bar and help show.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    case caseload, caseloadSearch
    case overview, textBox
    case network, networkList, networkCompare, networkSearch
    case strengths, personStrengths, directory, directorySearch
    case goals, goal
    /// Wellbeing: the table, a statement being answered, question 13 (a recent event), a finished check's answers.
    case wellbeing, wellbeingCheck, wellbeingEvent, wellbeingReview, notes
    case form, dialog, choice, picker, prompts, help, message
    /// A form with one field, which has no field to go on or back to.
    case oneFieldForm
    case report, timeline
    /// The walk-through: a part with boxes to type in, and a page with one thing to do.
    case guide, guidePage
    /// A group session: its questions, and the end where each member chooses what goes into their plan.
    case group, groupReview
    /// Ideas nearby, over a plan's Strengths or Network.
    case ideas
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
        case .caseloadSearch, .textBox, .directorySearch, .networkSearch, .form, .oneFieldForm, .picker, .guide:
            return true
        default: return false
        }
    }
}
