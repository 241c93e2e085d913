import AssetMapCore

/// What one part of an open plan works with besides its own state: the plan's editor, the clock and new ids, and
/// the room the part has on screen. Anything outside the part (a form over the screen, a line on the message row,
/// another screen, another part) is asked of the plan as a `PartRequest`, carried out in the order asked once the
/// part is done, so a part never reaches into the rest of the state.
struct PartContext {
    var editor: PlanEditor
    /// Why the plan cannot be changed, when it cannot.
    let readOnly: String?
    let env: Environment
    /// Where the part is drawn: pages and wrapping widths come from it.
    let content: Rect
    /// The community directory, for the entries the plan links to.
    let directory: CommunityDirectory
    private(set) var requests: [PartRequest] = []

    var plan: Plan { editor.plan }
    var today: CalendarDay { env.today }

    /// Changes the plan. A rejected change, or any change to a read-only plan, leaves the plan as it was and says
    /// why on the message line. Returns whether it was made.
    @discardableResult
    mutating func apply(_ action: PlanAction) -> Bool {
        guard canChange() else { return false }
        do {
            try editor.apply(action, now: env.now(), today: env.today)
            return true
        } catch {
            say(.warning(error.message))
            return false
        }
    }

    /// Says why nothing can be changed, when the plan is read-only; true when it can be changed.
    mutating func canChange() -> Bool {
        guard let readOnly else { return true }
        say(.warning("This plan can only be looked at: \(readOnly)."))
        return false
    }

    mutating func show(_ modal: Modal) {
        requests.append(.show(modal))
    }

    mutating func show(_ form: FormState) {
        requests.append(.show(.form(form)))
    }

    /// Puts a yes/no question on screen.
    mutating func ask(_ title: String, _ question: String, onYes: ConfirmedAction, onNo: ConfirmedAction? = nil) {
        show(.confirm(Confirmation(title: title, question: question, onYes: onYes, onNo: onNo)))
    }

    mutating func say(_ line: StatusLine) {
        requests.append(.say(line))
    }

    mutating func request(_ request: PartRequest) {
        requests.append(request)
    }
}

/// What a part of a plan asks of the app around it.
enum PartRequest: Equatable {
    /// A form, a picker, a question or a card over the screen.
    case show(Modal)
    /// A line on the message row.
    case say(StatusLine)
    /// The community directory, with this entry selected when there is one.
    case openDirectory(selecting: String?)
    /// A directory entry put on the map and linked: the map is another part.
    case putOnMap(CommunityAsset)
}
