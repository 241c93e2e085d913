import AssetMapCore

/// A form whose fields are found by a key.
public struct UntypedForm: FormContent, Equatable {
    public var fields: [FormField]
    public var purpose: FormPurpose

    var usesStrengthsWording: Bool { purpose.usesStrengthsWording }

    func isSame(as other: any FormContent) -> Bool {
        (other as? Self) == self
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        let form = FormState(title: "", fields: fields, purpose: purpose)
        switch purpose {
        case .addDirectoryEntry, .editDirectoryEntry:
            let change = try DirectoryEntryForm.change(from: form, directory: state.directory.directory, env: env)
            if case .add(let entry) = change.action { state.directory.pendingSelection = entry.id }
            return [.changeDirectory(change.action, undo: change.undo)]
        case .export:
            return [.export(try ExportForm.request(from: form))]
        case .group(let purpose):
            return try GroupForms.submit(purpose, form: form, state: &state, env: env)
        }
    }
}
