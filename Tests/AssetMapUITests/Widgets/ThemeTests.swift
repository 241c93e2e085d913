import AssetMapUI
import Foundation
import TestSupport
import Testing

@Suite struct ThemeTests {
    /// The files in `Themes/` are what people edit; the built-in copies must say the same.
    /// With ASSETMAP_RECORD_SNAPSHOTS=1 the files are written from the built-in copies.
    @Test(arguments: BuiltInThemes.names)
    func theBuiltInCopyMatchesTheThemeFile(name: String) throws {
        let url = Fixtures.packageRoot.appendingPathComponent("Themes/\(name).json")
        let builtIn = try #require(BuiltInThemes.named(name))
        if ProcessInfo.processInfo.environment["ASSETMAP_RECORD_SNAPSHOTS"] == "1" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(builtIn).write(to: url)
        }
        let file = try JSONDecoder().decode(Theme.self, from: Data(contentsOf: url))
        #expect(file == builtIn)
    }

    @Test func everyRoleIsNamedInThemeFilesAsItIsInTheCode() {
        #expect(Role.allCases.map(\.name) == Role.allCases.map { String(describing: $0) })
    }

    @Test func everyThemeShowsSelectionWithoutColour() {
        for name in BuiltInThemes.names {
            let theme = BuiltInThemes.named(name)!.withoutColour()
            #expect(theme.style(for: .selected).reverse == true || theme.style(for: .selected).bold == true, "\(name)")
            #expect(theme.style(for: .fieldActive).underline == true, "\(name)")
        }
    }

    @Test func noColourKeepsTheAttributes() {
        let plain = BuiltInThemes.standard.withoutColour()
        #expect(!plain.colour)
        #expect(plain.style(for: .title) == RoleStyle(bold: true))
        #expect(plain.style(for: .selected) == RoleStyle(reverse: true))
        #expect(plain.roles.values.allSatisfy { $0.fg == nil && $0.bg == nil })
    }
}
