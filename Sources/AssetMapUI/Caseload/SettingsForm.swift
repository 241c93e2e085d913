import AssetMapCore

/// The few settings there are, for the whole data folder.
public struct SettingsForm: TypedForm {
    static let onOff = ["On", "Off"]

    var wordingHints: FormField
    var theme: FormField
    var mouse: FormField

    var order: [WritableKeyPath<SettingsForm, FormField>] { [\.wordingHints, \.theme, \.mouse] }

    static func make(_ settings: AppSettings) -> FormState {
        let themes = BuiltInThemes.names
        return FormState(
            title: "Settings",
            content: SettingsForm(
                wordingHints: .choice(
                    label: "Wording suggestions", onOff, selected: settings.wordingHints ? 0 : 1,
                    note: "A quiet suggestion under a strength or goal written in terms of problems."),
                theme: .choice(
                    label: "How the screen looks", themes,
                    selected: themes.firstIndex(of: settings.theme ?? "default") ?? 0,
                    note: "Used from the next time assetmap starts, unless --theme is given."),
                mouse: .choice(
                    label: "The mouse", onOff, selected: settings.mouse ? 0 : 1,
                    note: "Click to choose, double click to open, wheel to scroll. Off leaves it for selecting text.")))
    }

    func settings(current: AppSettings) -> AppSettings {
        var settings = current
        settings.wordingHints = wordingHints.chosen == 0
        settings.mouse = mouse.chosen == 0
        let chosen = BuiltInThemes.names[theme.chosen]
        settings.theme = chosen == "default" && current.theme == nil ? nil : chosen
        return settings
    }

    func save(_ state: inout AppState, env: Environment) -> [Effect]? {
        CaseloadReducer.submit(self, state: &state)
    }
}
