import AssetMapCore

@testable import AssetMapUI

/// A form of whatever fields a test of the form widget needs, read by their place: the widget draws and moves
/// through fields by place too. Saving it changes nothing.
struct FieldsForm: FormContent, Equatable {
    var fields: [FormField]

    var usesStrengthsWording: Bool { false }

    static func make(_ fields: [FormField]) -> FormState {
        FormState(title: "Test", content: FieldsForm(fields: fields))
    }

    func save(_ state: inout AppState, env: Environment) -> [Effect]? { [] }

    func isSame(as other: any FormContent) -> Bool {
        (other as? Self) == self
    }
}
