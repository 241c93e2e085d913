import ArgumentParser
import AssetMapApp
import AssetMapCore
import AssetMapUI
import Foundation

/// Options every command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The folder plans are kept in.", valueName: "folder"))
    var dataDir: String?

    @Option(help: ArgumentHelp("How the screen looks: default, monochrome, high-contrast or colour-blind.", valueName: "name"))
    var theme: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// These options, with any not given filled in from those given before the command's name.
    func filled(from parent: CommonOptions) -> CommonOptions {
        var merged = self
        merged.dataDir = dataDir ?? parent.dataDir
        merged.theme = theme ?? parent.theme
        return merged
    }

    var folder: DataFolder {
        DataFolder.resolve(option: dataDir, environment: environment)
    }

    /// The store for the data folder, with the folder made and kept private.
    func store() throws -> PlanStore {
        let folder = self.folder
        do {
            try folder.prepare()
        } catch {
            throw UserFacingError(message: "The data folder \(folder.root.path) cannot be used: \(error.message)")
        }
        return PlanStore(folder: folder)
    }

    /// `--theme`, else the theme chosen in settings, else the default.
    func loadTheme() throws -> Theme {
        do {
            return try ThemeLoader.load(theme ?? folder.readSettings().settings.theme, environment: environment)
        } catch {
            throw UserFacingError(message: error.message, isUsage: true)
        }
    }

    var environmentForScreens: AssetMapUI.Environment { AssetMapUI.Environment() }
}
