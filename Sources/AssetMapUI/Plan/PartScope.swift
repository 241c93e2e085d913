import AssetMapCore

extension AppState {
    /// Gives one part of the open plan its own state and the plan's editor, as a parent gives a child its scope.
    /// Afterwards every part's selection is kept on something that still exists, and the requests are handed back,
    /// to be carried out when the caller is ready. Nil when no plan is open.
    mutating func inPart<Part, Result, Failure: Error>(
        _ part: WritableKeyPath<PlanState, Part>, env: Environment,
        _ body: (inout Part, inout PartContext) throws(Failure) -> Result
    ) throws(Failure) -> (result: Result, requests: [PartRequest])? {
        guard var open = plan else { return nil }
        var context = PartContext(
            editor: open.editor, readOnly: open.readOnly, env: env,
            content: AppLayout.content(for: self), directory: directory.directory)
        let before = open.plan
        let result = try body(&open[keyPath: part], &context)
        open.editor = context.editor
        if open.plan != before { open.repairSelections(before: before) }
        plan = open
        return (result, context.requests)
    }

    /// Saving a form of one part of the open plan: the part makes it a change with its own state and the plan's
    /// editor. Nil when the plan did not take it. A suggestion about wording is said once it is saved.
    mutating func save<Part>(
        _ form: some FormContent, in part: WritableKeyPath<PlanState, Part>, env: Environment,
        _ body: (inout Part, inout PartContext) throws(FormProblem) -> Bool
    ) throws(FormProblem) -> [Effect]? {
        guard let scoped = try inPart(part, env: env, body) else { return nil }
        let effects = carryOut(scoped.requests, env: env)
        guard scoped.result else { return nil }
        if settings.wordingHints, let words = FormHints.afterSaving(form) { status = .info(words) }
        return effects
    }

    /// One part of the open plan acting, then what it asked for carried out.
    mutating func run<Part>(
        _ part: WritableKeyPath<PlanState, Part>, env: Environment,
        _ body: (inout Part, inout PartContext) -> Void
    ) -> [Effect] {
        guard let scoped = inPart(part, env: env, body) else { return [] }
        return carryOut(scoped.requests, env: env)
    }

    /// What the parts of the plan asked for, in order.
    mutating func carryOut(_ requests: [PartRequest], env: Environment) -> [Effect] {
        var effects: [Effect] = []
        for request in requests {
            switch request {
            case .show(let modal): modals.append(modal)
            case .say(let line): status = line
            case .openDirectory(let id): effects += openDirectory(selecting: id)
            case .putOnMap(let entry):
                effects += run(\.network, env: env) { _, context in NetworkReducer.putOnMap(entry, in: &context) }
            }
        }
        return effects
    }

    /// The community directory, from a plan or ideas nearby; leaving it comes back.
    mutating func openDirectory(selecting id: String? = nil) -> [Effect] {
        screen = .directory
        directory.search = nil
        if let id { directory.select(id) }
        return [.loadDirectory]
    }
}
