import AssetMapCore
import Foundation
import Testing

/// assetmap folds text for finding by itself, without Foundation's Unicode tables (and ICU); it must find
/// what Foundation's folding found.
@Suite struct SearchFoldingTests {
    /// Letters whose folding differs, on purpose: old Cyrillic letter forms that full case folding (which
    /// assetmap follows) makes the usual letters, and a Greek letter that is already a plain iota.
    static let knownDifferences: Set<UInt32> = Set(0x1C80...0x1C88).union([0x1FBE])

    @Test func everyLetterFoldsAsFoundationFoldsIt() {
        let ranges: [Range<UInt32>] = [0x80..<0x3400, 0xA000..<0xAC00, 0xF900..<0x10000, 0x10000..<0x1F000]
        var differences: [String] = []
        for value in ranges.joined() where !Self.knownDifferences.contains(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let isLetter = scalar.properties.isAlphabetic && !scalar.properties.generalCategory.isMark
            guard isLetter || (0xFF00...0xFFEF).contains(value) else { continue }
            // Letters newer than Unicode 14, which the table was made from (and which Foundation's tables lack).
            guard let age = scalar.properties.age, age.major <= 14 else { continue }
            let text = String(Character(scalar))
            let foundation = text.folding(
                options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            if SearchQuery.fold(text) != foundation { differences.append(String(value, radix: 16)) }
        }
        #expect(differences.isEmpty, "folded unlike Foundation: \(differences.prefix(40))")
    }

    @Test func namesAsPeopleTypeThem() {
        #expect(SearchQuery.fold("Zoë Ní Bhriain") == "zoe ni bhriain")
        #expect(SearchQuery.fold("Zoe\u{308}") == "zoe", "an accent typed as a separate mark")
        #expect(SearchQuery.fold("Straße") == "strasse")
        #expect(SearchQuery.fold("ＺＯＥ　１２") == "zoe　12")
        #expect(SearchQuery.fold("Łukasz Wójcik") == "łukasz wojcik")
        #expect(SearchQuery.fold("Nguyễn Thị Ánh") == "nguyen thi anh")
        #expect(SearchQuery.fold("ΆΝΝΑ Σμίθ") == "αννα σμιθ")
        #expect(SearchQuery.fold("李 Siobhán") == "李 siobhan")
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
