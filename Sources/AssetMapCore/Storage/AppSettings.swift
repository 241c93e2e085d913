import FoundationEssentials

/// Preferences for a data folder, kept in `settings.json`. Nothing personal is kept here.
public struct AppSettings: Equatable, Sendable {
    public static let currentSchemaVersion = 1

    /// A quiet suggestion under a field when deficit words are typed.
    public var wordingHints: Bool
    /// The theme to use when `--theme` is not given.
    public var theme: String?
    /// Clicks and the wheel; off leaves the mouse to the terminal (selecting text to copy).
    public var mouse: Bool
    public var unknownKeys: JSONObject = [:]

    public init(wordingHints: Bool = true, theme: String? = nil, mouse: Bool = true) {
        self.wordingHints = wordingHints
        self.theme = theme
        self.mouse = mouse
    }
}

extension AppSettings: Codable {
    enum CodingKeys: String, CodingKey { case schemaVersion, wordingHints, theme, mouse }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        wordingHints = try c.decodeIfPresent(Bool.self, forKey: .wordingHints) ?? true
        theme = try c.decodeIfPresent(String.self, forKey: .theme)
        mouse = try c.decodeIfPresent(Bool.self, forKey: .mouse) ?? true
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.currentSchemaVersion, forKey: .schemaVersion)
        try c.encode(wordingHints, forKey: .wordingHints)
        try c.encodeUnlessNil(theme, forKey: .theme)
        try c.encode(mouse, forKey: .mouse)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}

extension DataFolder {
    public var settings: URL { root.appendingPathComponent("settings.json") }

    /// The folder's settings; the defaults when there is no file or it cannot be read (it is never overwritten then).
    public func readSettings() -> (settings: AppSettings, problem: String?) {
        guard FileManager.default.fileExists(atPath: settings.path) else { return (AppSettings(), nil) }
        do {
            return (try PlanJSON.decode(AppSettings.self, from: try DurableFile.read(settings)), nil)
        } catch {
            return (
                AppSettings(),
                "The settings file could not be read (\(error.readReason)); the usual settings are used and the file is left as it is."
            )
        }
    }

    public func writeSettings(_ value: AppSettings) throws(StorageError) {
        try prepare()
        do {
            try DurableFile.write(try PlanJSON.encode(value), to: settings)
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError(.other(errno: EINVAL), path: settings.path)
        }
    }
}
