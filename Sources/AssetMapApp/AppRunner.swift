import AssetMapCore
import AssetMapUI
import FoundationEssentials

/// The run loop: keys in, state through the reducer, effects carried out against the store, screen out.
/// Saves after every change the reducer accepted; when a save fails the change stays in memory and
/// saving is tried again every few seconds and after every key.
public final class AppRunner {
    public static let retryMilliseconds = 3_000
    public static let lookMilliseconds = 5_000

    public private(set) var state: AppState
    private let store: PlanStore
    private let directoryStore: DirectoryStore
    private let terminal: TerminalBackend
    private let env: Environment
    private let team: TeamSharing?
    private let groups: GroupKeeper
    private var openPlan: OpenPlan?
    private var lastSaved: Plan?
    private var finished = false
    /// Set when the program had to stop with something typed that could not be kept: what, in words to print.
    public private(set) var notKept: String?

    public init(store: PlanStore, terminal: TerminalBackend, env: Environment, status: StatusLine? = nil, team: TeamSharing? = nil) {
        self.store = store
        self.team = team
        directoryStore = DirectoryStore(folder: store.folder, codec: store.codec)
        groups = GroupKeeper(store: store)
        self.terminal = terminal
        self.env = env
        state = AppState(size: terminal.size)
        state.status = status
    }

    /// Runs until the person quits or the terminal goes away. `start` is what to do first.
    public func run(start: [Effect]) {
        let settings = store.folder.readSettings()
        send(.settingsLoaded(settings.settings))
        terminal.reportMouse(state.settings.mouse)
        if let problem = settings.problem { state.status = .warning(problem) }
        perform([.loadCaseload] + start)
        render()
        while !finished {
            // With a plan open, its file is looked at every few seconds for a change a sync brought in.
            let waiting = state.plan?.saveProblem != nil ? Self.retryMilliseconds : openPlan != nil ? Self.lookMilliseconds : 60_000
            let events = terminal.waitForEvents(timeoutMilliseconds: waiting)
            for event in events where !finished {
                handle(event)
            }
            takeChangeFromElsewhere()
            saveIfChanged()
            saveGroup()
            if !finished { render() }
        }
        openPlan?.close()
        openPlan = nil
        _ = groups.close(state.group?.session)
    }

    /// Feeds one event through the reducer and carries out what it asks for.
    public func send(_ event: AppEvent) {
        perform(AppReducer.reduce(&state, event, env: env))
    }

    private func handle(_ event: TerminalEvent) {
        switch event {
        case .key(let key): send(.key(key))
        case .resize(let size): send(.resize(size))
        case .hangUp, .terminate: stopSafely()
        }
    }

    /// A hang-up or a kill signal: keep what was being typed, save, and stop. With no one there to ask
    /// about a file changed elsewhere, both versions are kept. What could not be kept is in `notKept`.
    private func stopSafely() {
        let kept = AppReducer.keepWhatIsTyped(&state, env: env)
        perform(kept.effects)
        var lost = kept.lost.map { [$0] } ?? []
        let outcome = saveIfChanged()
        if outcome == .failed || (outcome == .conflict && !saveAsCopy()) {
            lost.append("The plan's last changes could not be saved before assetmap stopped; run assetmap check.")
        }
        if groups.saveIfChanged(state.group?.session) != nil {
            lost.append("The group session's last changes could not be saved before assetmap stopped; run assetmap check.")
        }
        notKept = lost.isEmpty ? nil : lost.joined(separator: " ")
        finished = true
    }

    private func render() {
        terminal.draw(AppView.render(state, today: env.today))
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects where !finished {
            perform(effect)
        }
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .loadCaseload:
            let rows = store.list().map(CaseloadRow.init)
            send(.caseloadLoaded(rows))
            send(.teamChecked(team?.line()))
        case .syncTeam:
            guard let team else { return }
            render()
            let result = team.sync()
            send(.teamSynced(team.line(), message: result.message, succeeded: result.succeeded))
            perform(.loadCaseload)
        case .loadReport:
            // Reading every plan can take a moment in a big caseload: the screen says it is counting meanwhile.
            render()
            send(.reportLoaded(store.report(ReportScope(), made: env.today, timeZone: env.timeZone)))
        case .openPlan(let path):
            do {
                let opened = try store.open(URL(fileURLWithPath: path, isDirectory: false), now: env.now())
                adopt(opened)
            } catch {
                send(.failed(error.message))
            }
        case .createPlan(let plan):
            do {
                adopt(try store.create(plan, now: env.now()))
            } catch {
                send(.failed(error.message))
            }
        case .closePlan:
            guard saveIfChanged() == .saved else { return }
            openPlan?.close()
            openPlan = nil
            lastSaved = nil
            send(.planClosed)
        case .binPlan(let path, let id):
            do {
                let url = try store.moveToBin(URL(fileURLWithPath: path, isDirectory: false), id: id)
                send(.planBinned(path: path, binPath: url.path))
            } catch {
                send(.failed(error.message))
            }
        case .restorePlan(let binPath, let path):
            do {
                try store.restore(fromBin: URL(fileURLWithPath: binPath), to: URL(fileURLWithPath: path, isDirectory: false))
                send(.planRestored(path: path))
            } catch {
                send(.failed(error.message))
            }
        case .quit(let force):
            if force || saveIfChanged() == .saved {
                finished = true
            } else {
                send(.quitBlocked(state.plan?.saveProblem ?? "The plan could not be saved."))
            }
        case .loadDirectory:
            do {
                send(.directoryLoaded(try directoryStore.read()))
            } catch {
                send(.directoryFailed("The directory could not be read: \(error.readReason). The file is left as it is."))
            }
        case .changeDirectory(let action, let undo):
            do {
                let result = try directoryStore.change(action)
                send(.directoryChanged(result.directory, note: result.note, undo: undo))
            } catch let error as EditRejection {
                send(.directoryFailed(error.message))
            } catch {
                send(.directoryFailed("Not saved in the directory: \(error.readReason). Nothing was lost; try again in a moment."))
            }
        case .openExample(let plan):
            openPlan?.close()
            openPlan = nil
            lastSaved = nil
            send(.exampleOpened(plan))
        case .keepExampleCopy:
            guard let plan = state.plan?.plan else { return }
            do {
                _ = try store.add(PlanImporter.asNew(plan, id: env.newID()))
                send(.planClosed)
                state.status = .info("A copy of the example is in the caseload now.")
            } catch {
                send(.failed("The copy could not be saved: \(error.message)"))
            }
        case .export(let request):
            export(request)
        case .stop:
            stopSafely()
        case .resolveConflict(let keepBoth):
            if keepBoth { saveAsCopy() } else { saveIfChanged(overwriting: true) }
        case .startGroup(let session):
            do {
                send(.groupStarted(try groups.start(session, now: env.now())))
            } catch {
                send(.failed("The group could not be started: \(error.message)"))
            }
        case .closeGroup:
            if let problem = groups.close(state.group?.session) { send(.failed(problem)) } else { send(.groupClosed) }
        case .sendGroupIdeas(let delivery):
            // The directory as it is now, so a place added a moment ago is linked with its details.
            switch groups.deliver(delivery, directory: (try? directoryStore.read()) ?? state.directory.directory, env: env) {
            case .sent(let planID): send(.groupIdeasSent(memberID: delivery.memberID, planID: planID))
            case .notSent(let message): send(.groupIdeasNotSent(message))
            }
        case .writeGroupSheets(let request):
            guard let session = state.group?.session else { return }
            do {
                let directory = (try? directoryStore.read()) ?? state.directory.directory
                send(.exported(try groups.writeSheets(request, session: session, directory: directory, made: env.today)))
            } catch {
                send(.failed("The sheets could not be saved: \(error.message)"))
            }
        case .saveSettings(let settings):
            terminal.reportMouse(settings.mouse)
            do {
                try store.folder.writeSettings(settings)
            } catch {
                send(.failed("The settings could not be saved: \(error.message)"))
            }
        }
    }

    /// Saves the group after every change, as plans are; when it cannot be, says so and tries again after the next key.
    private func saveGroup() {
        if let problem = groups.saveIfChanged(state.group?.session) { state.status = .warning(problem) }
    }

    /// Writes a copy of the open plan, never over an existing file: a name already in use gets "-2", "-3"….
    private func export(_ request: ExportRequest) {
        guard let plan = state.plan?.plan else { return }
        let directory = (try? directoryStore.read()) ?? state.directory.directory
        do {
            let text = try Exporter.render(plan, as: request.format, rows: request.rows, contents: request.contents,
                                           directory: directory, made: env.today)
            let url = Self.freeName(for: URL(fileURLWithPath: request.path.expandingTilde))
            try DurableFile.write(Data(text.utf8), to: url)
            send(.exported(ExportNotice.written(url.path, encryptedFolder: store.codec.isEncrypted)))
        } catch let error as StorageError {
            send(.failed("The copy could not be saved: \(error.message)"))
        } catch {
            send(.failed("The copy could not be made."))
        }
    }

    static func freeName(for url: URL) -> URL {
        guard FileManager.default.fileExists(atPath: url.path) else { return url }
        let ending = url.pathExtension
        let base = url.deletingPathExtension()
        for number in 2... {
            let candidate = URL(fileURLWithPath: base.path + "-\(number)" + (ending.isEmpty ? "" : "." + ending))
            if !FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return url
    }

    private func adopt(_ opened: OpenPlan) {
        openPlan?.close()
        openPlan = opened
        lastSaved = opened.plan
        send(.planOpened(opened.plan, readOnly: opened.readOnly.map(Self.describe)))
    }

    enum SaveOutcome {
        /// Saved, or nothing needed saving.
        case saved
        case failed
        /// Something other than assetmap changed the file since it was opened.
        case conflict
    }

    /// Saves the open plan if it changed since the last save.
    @discardableResult
    private func saveIfChanged(overwriting: Bool = false) -> SaveOutcome {
        guard let plan = state.plan?.plan, let openPlan, openPlan.readOnly == nil, plan != lastSaved else { return .saved }
        do {
            try store.save(plan, in: openPlan, overwriting: overwriting)
            lastSaved = plan
            send(.saved)
            return .saved
        } catch where error.reason == .changedOnDisk {
            if !overwriting, takeChangeFromElsewhere() { return saveIfChanged() }
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
    private func takeChangeFromElsewhere() -> Bool {
        guard let openPlan, openPlan.readOnly == nil, let onScreen = state.plan?.plan, let lastSaved,
              store.changedElsewhere(openPlan), state.modals.allSatisfy({ if case .form = $0 { false } else { true } }),
              let current = try? store.read(openPlan.url),
              let merged = TeamMerge.withoutClashes(base: lastSaved, ours: onScreen, theirs: current) else { return false }
        guard let reread = try? store.reread(openPlan), reread == current else { return false }
        self.lastSaved = current
        send(.planChangedElsewhere(merged))
        return true
    }

    /// Saves what is on screen as a new plan beside the one whose file changed elsewhere, and carries on in it.
    @discardableResult
    private func saveAsCopy() -> Bool {
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
            return "Not saved yet: the data folder cannot be written to. Your changes are kept here and saved when it can be."
        case .changedOnDisk:
            return "Not saved yet: another program changed this plan's file. All you type is kept here; press Ctrl-S when you are ready to choose what to keep."
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

extension CaseloadRow {
    public init(_ entry: PlanStore.Entry) {
        switch entry {
        case .plan(let summary, let path, let sharesID): self.init(content: .plan(summary), path: path, sharesID: sharesID)
        case .unreadable(let path, let reason): self.init(content: .unreadable(reason: reason), path: path)
        }
    }
}
