import AssetMapCore
import AssetMapUI
import FoundationEssentials

/// The program without its terminal: the state, fed through the reducer, and the one place the reducer's effects are
/// carried out against the data folder. The run loop drives it with a terminal's keys; the screen tests drive the same
/// one with a data folder of their own, a fixed clock and fixed ids.
///
/// Saving is an effect like any other: the reducer asks for it after each change, and it is carried out once at the
/// end of each batch of keys, so a paste is one save rather than one per letter.
public final class Program {
    public internal(set) var state: AppState
    public let env: Environment
    /// True once the person has left, or the program was asked to stop.
    public internal(set) var finished = false
    /// Set when the program had to stop with something typed that could not be kept: what, in words to print.
    public private(set) var notKept: String?
    /// Told of every effect the reducer asks for, before it is carried out.
    public var watch: ((Effect) -> Void)?
    let store: PlanStore
    let directoryStore: DirectoryStore
    let groups: GroupKeeper
    let team: TeamSharing?
    /// Where a copy named without a folder is written: the folder assetmap was started in.
    let workingFolder: URL
    /// Nil where there is none to show things on (the screen tests draw the state themselves).
    let terminal: TerminalBackend?
    var openPlan: OpenPlan?
    /// The plan as it is in its file, for knowing whether there is anything to save and for merging a change from elsewhere.
    var lastSaved: Plan?
    /// Saving is asked for during a batch and done at its end.
    var planSaveAsked = false
    var groupSaveAsked = false
    /// The canvas the next frame is drawn on; the terminal keeps the one it shows.
    private var frame = Canvas(size: Size(width: 0, height: 0))

    public init(
        store: PlanStore, env: Environment, size: Size, terminal: TerminalBackend? = nil, team: TeamSharing? = nil,
        workingFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    ) {
        self.store = store
        self.env = env
        self.terminal = terminal
        self.team = team
        self.workingFolder = workingFolder
        directoryStore = DirectoryStore(folder: store.folder, codec: store.codec)
        groups = GroupKeeper(store: store)
        state = AppState(size: size, copiesFolder: workingFolder.path)
    }

    /// Reads the settings and the caseload, then does `first` (opening a plan named on the command line, say).
    public func start(_ first: [Effect]) {
        let settings = store.folder.readSettings()
        send(.settingsLoaded(settings.settings))
        terminal?.reportMouse(state.settings.mouse)
        if let problem = settings.problem { send(.warned(problem)) }
        perform([.loadCaseload] + first)
    }

    /// Feeds one event through the reducer and carries out what it asks for.
    public func send(_ event: AppEvent) {
        perform(AppReducer.reduce(&state, event, env: env))
    }

    /// After each batch of keys: takes in a change made elsewhere to the open plan's file, then carries out the saves
    /// asked for meanwhile. A save that fails asks again, so it is tried after the next batch.
    public func finishBatch() {
        guard !finished else { return }
        takeChangeFromElsewhere()
        if planSaveAsked {
            planSaveAsked = false
            savePlan()
        }
        if groupSaveAsked {
            groupSaveAsked = false
            saveGroup()
        }
    }

    /// A hang-up or a kill signal: keep what was being typed, save, and stop. With no one there to ask
    /// about a file changed elsewhere, both versions are kept. What could not be kept is in `notKept`.
    public func stopSafely() {
        let kept = AppReducer.keepWhatIsTyped(&state, env: env)
        perform(kept.effects)
        var lost = kept.lost.map { [$0] } ?? []
        let outcome = savePlan()
        if outcome == .failed || (outcome == .conflict && !saveAsCopy()) {
            lost.append("The plan's last changes could not be saved before assetmap stopped; run assetmap check.")
        }
        if groups.saveIfChanged(state.group?.session) != nil {
            lost.append(
                "The group session's last changes could not be saved before assetmap stopped; run assetmap check.")
        }
        notKept = lost.isEmpty ? nil : lost.joined(separator: " ")
        finished = true
    }

    /// Lets go of the open plan and group, as the program ends.
    public func close() {
        openPlan?.close()
        openPlan = nil
        _ = groups.close(state.group?.session)
    }

    /// Shows the state as it is now: after each batch of keys, and before something slow (a sync, counting a big
    /// caseload), so the screen says it is under way.
    public func draw() {
        guard let terminal else { return }
        AppView.render(state, today: env.today, into: &frame)
        terminal.draw(&frame)
    }

    /// True while a plan is open from its file (not the example), so the loop looks at that file every few seconds.
    public var holdsPlanFile: Bool { openPlan != nil }

    func perform(_ effects: [Effect]) {
        for effect in effects where !finished {
            watch?(effect)
            perform(effect)
        }
    }

    /// Saves the group if it changed since it was last saved; when it cannot be, says so and asks again.
    func saveGroup() {
        if let problem = groups.saveIfChanged(state.group?.session) { send(.groupNotSaved(problem)) }
    }

    enum SaveOutcome {
        /// Saved, or nothing needed saving.
        case saved
        case failed
        /// Something other than assetmap changed the file since it was opened.
        case conflict
    }

    func adopt(_ opened: OpenPlan) {
        openPlan?.close()
        openPlan = opened
        lastSaved = opened.plan
        send(.planOpened(opened.plan, readOnly: opened.readOnly.map(Self.describe)))
    }

    func letGoOfPlan() {
        openPlan?.close()
        openPlan = nil
        lastSaved = nil
    }

    /// Saves the open plan if it differs from its file. When saving fails the change stays in memory and the reducer
    /// asks for the save again.
    @discardableResult
    func savePlan(overwriting: Bool = false) -> SaveOutcome {
        guard let plan = state.plan?.plan, let openPlan, openPlan.readOnly == nil, plan != lastSaved else {
            return .saved
        }
        do {
            try store.save(plan, in: openPlan, overwriting: overwriting)
            lastSaved = plan
            send(.saved)
            return .saved
        } catch  where error.reason == .changedOnDisk {
            if !overwriting, takeChangeFromElsewhere() { return savePlan() }
            send(.saveConflict(Self.saveMessage(error)))
            return .conflict
        } catch {
            send(.saveFailed(Self.saveMessage(error)))
            return .failed
        }
    }

    /// When the open plan's file was changed elsewhere (a team sync, another program), takes the new version without
    /// asking if nothing clashes with what is on screen. False when something does; saving then asks.
    @discardableResult
    func takeChangeFromElsewhere() -> Bool {
        guard let openPlan, openPlan.readOnly == nil, let onScreen = state.plan?.plan, let lastSaved,
            store.changedElsewhere(openPlan), state.modals.allSatisfy({ if case .form = $0 { false } else { true } }),
            let current = try? store.read(openPlan.url),
            let merged = TeamMerge.withoutClashes(base: lastSaved, ours: onScreen, theirs: current)
        else { return false }
        guard let reread = try? store.reread(openPlan), reread == current else { return false }
        self.lastSaved = current
        send(.planChangedElsewhere(merged))
        return true
    }

    /// Saves what is on screen as a new plan beside the one whose file changed elsewhere, and carries on in it.
    @discardableResult
    func saveAsCopy() -> Bool {
        guard let plan = state.plan?.plan else { return false }
        do {
            let copy = try store.create(PlanImporter.asNew(plan, id: env.newID()), now: env.now())
            openPlan?.close()
            openPlan = copy
            lastSaved = copy.plan
            send(.savedAsCopy(id: copy.plan.id))
            return true
        } catch {
            send(.saveFailed(Self.saveMessage(error)))
            return false
        }
    }

    static func saveMessage(_ error: StorageError) -> String {
        switch error.reason {
        case .diskFull:
            return "Not saved yet: the disk is full. Your changes are kept here and saved as soon as there is room."
        case .notWritable, .folderMissing:
            return
                "Not saved yet: the data folder cannot be written to. Your changes are kept here and saved when it can be."
        case .changedOnDisk:
            return
                "Not saved yet: another program changed this plan's file. All you type is kept here; press Ctrl-S when you are ready to choose what to keep."
        default:
            return "Not saved yet: \(error.message) Your changes are kept here."
        }
    }

    static func describe(_ reason: OpenPlan.ReadOnlyReason) -> String {
        switch reason {
        case .heldElsewhere(let holder): return "it is open in another assetmap (\(holder))"
        case .newerVersion(let version): return "it was made by a newer assetmap (format \(version))"
        case .example: return "it is the example plan"
        }
    }
}
