import AssetMapCore

/// The few settings there are, for the whole data folder.
enum SettingsForm {
    static let onOff = ["On", "Off"]

    static func make(_ settings: AppSettings) -> FormState {
        let themes = BuiltInThemes.names
        return FormState(title: "Settings", fields: [
            .choice("wordingHints", "Wording suggestions", onOff, selected: settings.wordingHints ? 0 : 1,
                    note: "A quiet suggestion under a strength or goal written in terms of problems."),
            .choice("theme", "How the screen looks", themes, selected: themes.firstIndex(of: settings.theme ?? "default") ?? 0,
                    note: "Used from the next time assetmap starts, unless --theme is given."),
            .choice("mouse", "The mouse", onOff, selected: settings.mouse ? 0 : 1,
                    note: "Click to choose, double click to open, wheel to scroll. Off leaves it for selecting text."),
        ], purpose: .settings)
    }

    static func settings(from form: FormState, current: AppSettings) -> AppSettings {
        var settings = current
        settings.wordingHints = form.choice("wordingHints") == 0
        settings.mouse = form.choice("mouse") == 0
        let theme = BuiltInThemes.names[form.choice("theme")]
        settings.theme = theme == "default" && current.theme == nil ? nil : theme
        return settings
    }
}

extension StrengthsState {
    /// After adding, the new one is selected in its own list.
    mutating func selectLast(of owner: AssetOwner, in plan: Plan) {
        column = owner == .person ? .person : .worker
        row = max(0, plan.assets.count { $0.owner == owner } - 1)
    }
}
