import AssetMapCore

/// Everything on screen, as a plain value. The screen is drawn from it and nothing else.
public struct AppState: Equatable, Sendable {
    public enum Screen: Equatable, Sendable {
        case caseload
        case plan
        /// The community directory; leaving it goes back to the open plan, or to the caseload when none is open.
        case directory
        /// The caseload report, from the caseload.
        case report
        /// A group session: only what the group writes together.
        case group
    }

    public var size: Size
    public var screen: Screen = .caseload
    public var caseload = CaseloadState()
    public var plan: PlanState?
    public var directory = DirectoryState()
    public var report = ReportState()
    /// The group session running; nil when there is none.
    public var group: GroupState?
    /// Dialogs, forms and help over the screen; the last one has the keys.
    public var modals: [Modal] = []
    public var privacy = false
    public var status: StatusLine?
    public var settings = AppSettings()
    /// A plan just started from the caseload: it opens on the offer of the walk-through of a first meeting.
    public var startedPlanID: String?
    /// True just after the person finished something of their own accord (saved or closed a form, stopped typing,
    /// pressed Ctrl-S, left the plan): only then is a question about the plan's file put to them.
    public var atAChosenMoment = false
    /// The folder a copy named without one is written to (the one assetmap was started in), to say so before it is
    /// saved; nil when not known.
    public var copiesFolder: String?
    /// Keys pressed while the window is too small to show anything, in order: used once it is big enough.
    public var heldKeys: [Key] = []

    public init(size: Size, copiesFolder: String? = nil) {
        self.size = size
        self.copiesFolder = copiesFolder
    }

    /// What the keys mean now, for dispatch, the hint bar and help.
    public var keyContext: KeyContext {
        if let modal = modals.last { return modal.keyContext }
        switch screen {
        case .caseload: return caseload.search == nil ? .caseload : .caseloadSearch
        case .plan: return plan?.keyContext ?? .caseload
        case .directory: return directory.search == nil ? .directory : .directorySearch
        case .report: return .report
        case .group: return group?.keyContext ?? .caseload
        }
    }

    /// A short name for the screen, for the help box's title.
    public var screenTitle: String {
        switch screen {
        case .caseload: return "caseload"
        case .plan: return plan?.section.title ?? "plan"
        case .directory: return "places and groups near here"
        case .report: return "caseload report"
        case .group: return "group"
        }
    }
}

/// A line of feedback under the screen: what just happened, or what needs attention.
public struct StatusLine: Equatable, Sendable {
    public var text: String
    public var isWarning: Bool

    public static func info(_ text: String) -> StatusLine { StatusLine(text: text, isWarning: false) }
    public static func warning(_ text: String) -> StatusLine { StatusLine(text: text, isWarning: true) }
}

/// Things shown over the screen.
public enum Modal: Equatable, Sendable {
    /// The keys of a screen; `scroll` is how far down the list it has been moved.
    case help(KeyContext, title: String, scroll: Int)
    case confirm(Confirmation)
    case message(title: String, text: String)
    case form(FormState)
    /// Questions that help think of strengths, one at a time; the number is which one shows.
    case prompts(Int)
    case picker(PickerState)
    /// What to do now that another program has changed the open plan's file.
    case changedElsewhere(ChangedElsewhereQuestion)
    /// Ideas nearby for the open plan; the number is which one is selected.
    case ideas(selection: Int)

    var keyContext: KeyContext {
        switch self {
        case .help: return .help
        case .confirm: return .dialog
        case .message: return .message
        case .form(let form): return form.fields.count == 1 ? .oneFieldForm : .form
        case .prompts: return .prompts
        case .picker: return .picker
        case .changedElsewhere: return .choice
        case .ideas: return .ideas
        }
    }
}

/// A yes/no question, and what happens on yes.
public struct Confirmation: Equatable, Sendable {
    public var title: String
    public var question: String
    public var onYes: ConfirmedAction
    /// What "no" does, when it does more than close the question.
    public var onNo: ConfirmedAction?

    public init(title: String, question: String, onYes: ConfirmedAction, onNo: ConfirmedAction? = nil) {
        self.title = title
        self.question = question
        self.onYes = onYes
        self.onNo = onNo
    }
}

public enum ConfirmedAction: Equatable, Sendable {
    case edit(PlanAction)
    case effect(Effect)
    /// Close the form under the question without saving it.
    case discardForm
    case resumeCheck(id: String)
    case startCheck
    case group(GroupAction)
}
