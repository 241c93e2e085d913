import AssetMapCore
import AssetMapUI
import Foundation
import TestSupport

/// Drives the real reducer with keys, standing in for the outside world: effects are answered
/// from plans held in memory, as the store would answer them. Clock and ids are fixed.
final class ScreenDriver {
    var state: AppState
    var plans: [String: Plan] = [:]
    var directory = CommunityDirectory()
    var exports: [ExportRequest] = []
    var effects: [Effect] = []
    /// How a sync asked for with `t` turns out.
    var syncResult = (message: "Synced with the team. 1 file sent, 2 files brought in.", succeeded: true)
    private var idCounter = 0
    let env: Environment

    init(size: Size = Size(width: 80, height: 24), plans: [Plan] = [], now: Date = Samples.later) {
        state = AppState(size: size)
        let counter = IDCounter()
        env = Environment(now: { now }, newID: { counter.next() }, timeZone: TimeZone(identifier: "UTC")!)
        for plan in plans { self.plans[plan.id] = plan }
        send(.caseloadLoaded(rows()))
    }

    /// A driver with `plan` open on one of its parts (the part's number key), as a person would get there;
    /// `directory` is what the directory holds meanwhile.
    convenience init(showing plan: Plan, part: Character, size: Size = Size(width: 80, height: 24),
                     directory: CommunityDirectory = CommunityDirectory(), now: Date = Samples.later) {
        self.init(size: size, now: now)
        self.directory = directory
        send(.planOpened(plan, readOnly: nil))
        press(.character(part))
    }

    var today: CalendarDay { env.today }

    func send(_ event: AppEvent) {
        for effect in AppReducer.reduce(&state, event, env: env) {
            effects.append(effect)
            answer(effect)
        }
    }

    func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    func resize(_ width: Int, _ height: Int) {
        send(.resize(Size(width: width, height: height)))
    }

    var screen: Canvas { AppView.render(state, today: today) }

    /// The plans here live at `/data/plans/<id>.json`.
    static func id(fromPath path: String) -> String {
        String(path.split(separator: "/").last?.dropLast(".json".count) ?? "")
    }

    private func rows() -> [CaseloadRow] {
        plans.values.sorted { $0.updatedAt > $1.updatedAt }.map {
            CaseloadRow(content: .plan(PlanSummary(plan: $0)), path: "/data/plans/\($0.id).json")
        }
    }

    private func answer(_ effect: Effect) {
        switch effect {
        case .loadCaseload: send(.caseloadLoaded(rows()))
        case .loadReport:
            send(.reportLoaded(CaseloadReport(plans: Array(plans.values), made: today, timeZone: env.timeZone)))
        case .openPlan(let path): plans[Self.id(fromPath: path)].map { send(.planOpened($0, readOnly: nil)) }
        case .createPlan(let plan):
            plans[plan.id] = plan
            send(.planOpened(plan, readOnly: nil))
        case .closePlan:
            if let plan = state.plan, !plan.isExample { plans[plan.plan.id] = plan.plan }
            send(.planClosed)
        case .binPlan(let path, let id):
            plans[id] = nil
            send(.planBinned(path: path, binPath: "/data/bin/\(id).json"))
        case .loadDirectory:
            send(.directoryLoaded(directory))
        case .changeDirectory(let action, let undo):
            do {
                try directory.apply(action)
                send(.directoryChanged(directory, note: nil, undo: undo))
            } catch {
                send(.directoryFailed(error.message))
            }
        case .openExample(let plan):
            send(.exampleOpened(plan))
        case .keepExampleCopy:
            if let plan = state.plan?.plan { plans[plan.id + "-copy"] = plan }
            send(.planClosed)
        case .export(let request):
            exports.append(request)
            send(.exported("Saved a copy to \(request.path)."))
        case .resolveConflict(let keepBoth):
            guard keepBoth, let plan = state.plan?.plan else { return send(.saved) }
            let id = env.newID()
            plans[id] = PlanImporter.asNew(plan, id: id)
            send(.savedAsCopy(id: id))
        case .syncTeam:
            send(.teamSynced(TeamLine(lastSync: syncResult.succeeded ? Samples.later : state.caseload.team?.lastSync),
                             message: syncResult.message, succeeded: syncResult.succeeded))
        case .startGroup(let session):
            send(.groupStarted(session))
        case .closeGroup:
            send(.groupClosed)
        case .sendGroupIdeas(let delivery):
            deliver(delivery)
        case .writeGroupSheets(let request):
            send(.exported("Saved sheets starting \(request.path)."))
        case .restorePlan, .quit, .stop, .saveSettings:
            break
        }
    }
}

extension ScreenDriver {
    /// As the App does: the member's plan, or one started for them, changed through the plan's own actions.
    private func deliver(_ delivery: GroupDelivery) {
        var plan = delivery.planID.flatMap { plans[$0] }
            ?? Plan(id: env.newID(), person: Person(name: delivery.name), createdAt: Samples.created)
        var editor = PlanEditor(plan: plan)
        editor.writing = .person
        for action in GroupReview.actions(for: delivery.chosen, plan: plan, directory: directory, newID: env.newID) {
            try? editor.apply(action, now: env.now())
        }
        plan = editor.plan
        plans[plan.id] = plan
        send(.groupIdeasSent(memberID: delivery.memberID, planID: plan.id))
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
