import AssetMapCore
import AssetMapUI
import Foundation
import TestSupport

@testable import AssetMapApp

/// Drives the program with keys as the run loop does, over a data folder of its own: every effect is carried out by
/// the program's own handler against that folder, and saving happens at the end of each call, as at the end of a
/// batch of keys. Clock and ids are fixed; copies named without a folder are written into the test's folder, unless
/// another is given (for a screen that shows it, the same on every run).
final class ScreenDriver {
    let folder = TemporaryFolder("assetmap-screen")
    let store: PlanStore
    let team: TeamStandIn
    let program: Program
    /// Every effect the reducer asked for since the caseload first showed, in the order they were carried out.
    private(set) var effects: [Effect] = []

    init(
        size: Size = Size(width: 80, height: 24), plans: [Plan] = [],
        directory: CommunityDirectory = CommunityDirectory(),
        team: TeamLine? = nil, now: Date = Samples.later, workingFolder: URL? = nil
    ) {
        store = PlanStore(folder: DataFolder(root: folder.url.appendingPathComponent("data")))
        try? store.folder.prepare()
        for plan in plans { _ = try? store.add(plan) }
        self.team = TeamStandIn(standing: team)
        let counter = IDCounter()
        let env = Environment(now: { now }, newID: { counter.next() }, timeZone: TimeZone(identifier: "UTC")!)
        program = Program(
            store: store, env: env, size: size, team: self.team, workingFolder: workingFolder ?? folder.url)
        if !directory.entries.isEmpty { self.directory = directory }
        program.watch = { [unowned self] effect in effects.append(effect) }
        program.start([])
        program.finishBatch()
        effects = []
    }

    /// A driver with `plan` open from the caseload on one of its parts (the part's number key), as a person would get
    /// there; `directory` is what the directory holds meanwhile.
    convenience init(
        showing plan: Plan, part: Character, size: Size = Size(width: 80, height: 24),
        directory: CommunityDirectory = CommunityDirectory(), now: Date = Samples.later
    ) {
        self.init(size: size, plans: [plan], directory: directory, now: now)
        press(.enter)
        press(.character(part))
    }

    deinit {
        program.close()
    }

    var state: AppState {
        get { program.state }
        set { program.state = newValue }
    }

    var env: Environment { program.env }
    var today: CalendarDay { env.today }

    /// How a sync asked for with `t` turns out.
    var syncResult: (message: String, succeeded: Bool) {
        get { team.syncResult }
        set { team.syncResult = newValue }
    }

    /// The plans in the data folder, by id, as they are on disk.
    var plans: [String: Plan] {
        Dictionary(
            store.planFiles().compactMap { try? store.read($0) }.map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The community directory as it is on disk; set, it is written there, for the program to read when it next looks.
    var directory: CommunityDirectory {
        get { (try? DirectoryStore(folder: store.folder).read()) ?? CommunityDirectory() }
        set { try? DurableFile.write(PlanJSON.encode(newValue), to: store.folder.community) }
    }

    /// The copies asked for, in order.
    var exports: [ExportRequest] {
        effects.compactMap { if case .export(let request) = $0 { request } else { nil } }
    }

    /// Where the plan with this id is kept.
    func path(of id: String) -> String {
        store.folder.planFile(id: id).path
    }

    func send(_ event: AppEvent) {
        program.send(event)
        program.finishBatch()
    }

    func press(_ keys: Key...) {
        for key in keys { program.send(.key(key)) }
        program.finishBatch()
    }

    func type(_ text: String) {
        for character in text { program.send(.key(.character(character))) }
        program.finishBatch()
    }

    func resize(_ width: Int, _ height: Int) {
        send(.resize(Size(width: width, height: height)))
    }

    var screen: Canvas { AppView.render(state, today: today) }
}

/// A team the screen tests set: whether the data folder is in one, and how the next sync turns out.
final class TeamStandIn: TeamSharing {
    var standing: TeamLine?
    var syncResult = (message: "Synced with the team. 1 file sent, 2 files brought in.", succeeded: true)

    init(standing: TeamLine?) {
        self.standing = standing
    }

    func line() -> TeamLine? { standing }

    func sync() -> (message: String, succeeded: Bool) {
        if syncResult.succeeded, standing != nil { standing = TeamLine(lastSync: Samples.later) }
        return syncResult
    }
}

final class IDCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func next() -> String {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return String(format: "00000000-0000-4000-8000-%012d", value)
    }
}
