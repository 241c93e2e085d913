import AssetMapCore
import AssetMapUI
import FoundationEssentials

/// Finds a theme by name in a `Themes` folder near the program, falling back to the built-in copies.
public enum ThemeLoader {
    public struct UnknownTheme: Error {
        public var message: String
    }

    public static func load(_ name: String?, environment: [String: String]) throws(UnknownTheme) -> Theme {
        let wanted = name ?? "default"
        var theme: Theme
        if let file = file(for: wanted, environment: environment), let loaded = read(file) {
            theme = loaded
        } else if let builtIn = BuiltInThemes.named(wanted) {
            theme = builtIn
        } else {
            throw UnknownTheme(
                message:
                    "There is no theme called \(wanted); the themes are \(BuiltInThemes.names.joined(separator: ", "))."
            )
        }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty {
            theme = theme.withoutColour()
        }
        return theme
    }

    /// A path to a theme file, or `NAME.json` in the first `Themes` folder found.
    static func file(for name: String, environment: [String: String]) -> URL? {
        if name.hasSuffix(".json"), FileManager.default.fileExists(atPath: name) { return URL(fileURLWithPath: name) }
        return folders(environment: environment).map { $0.appendingPathComponent("\(name).json") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// `$ASSETMAP_THEMES_DIR`, then a `Themes` folder beside the program or up to four folders above it
    /// (which finds the source tree's when run from a build folder), then the usual shared place.
    static func folders(environment: [String: String]) -> [URL] {
        var folders: [URL] = []
        if let path = environment["ASSETMAP_THEMES_DIR"] { folders.append(URL(fileURLWithPath: path)) }
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            folders.append(folder.appendingPathComponent("Themes"))
            folder = folder.deletingLastPathComponent()
        }
        folders.append(URL(fileURLWithPath: "/usr/local/share/assetmap/Themes"))
        return folders
    }

    static func read(_ url: URL) -> Theme? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Theme.self, from: data)
    }
}
