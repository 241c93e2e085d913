/// Folding text for searching without Foundation's Unicode tables: "Zoë", "ZOË" and "zoe" all become "zoe".
/// For letters it is what Foundation's case-, accent- and width-insensitive folding gives: the marks above and
/// below letters (U+0300 to U+036F) go, case is folded fully ("ß" finds "ss"), and full-width and half-width
/// forms become the usual ones.
enum SearchFolding {
    static func fold(_ text: String) -> String {
        let lowered = text.lowercased()
        guard !lowered.utf8.allSatisfy({ $0 < 0x80 }) else { return lowered }
        var folded = String.UnicodeScalarView()
        for scalar in lowered.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                folded.append(scalar)
            } else if (0x300...0x36F).contains(value) {
                continue
            } else if (0xFF01...0xFF5E).contains(value), let plain = Unicode.Scalar(value - 0xFEE0) {
                folded.append(contentsOf: String(plain).lowercased().unicodeScalars)
            } else if let replacement = replacements[value] {
                folded.append(contentsOf: replacement.unicodeScalars)
            } else {
                folded.append(scalar)
            }
        }
        return String(folded)
    }

    /// What each lower-case letter with a mark, each special case of case folding and each half- or full-width
    /// form becomes: from Unicode's canonical decompositions, case folding and compatibility mappings.
    static let replacements: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for (first, list) in runs {
            for (offset, text) in list.unicodeScalars.split(separator: " ").enumerated() where text.first != "·" {
                table[first + UInt32(offset)] = String(String.UnicodeScalarView(text))
            }
        }
        return table
    }()

    /// Consecutive code points from the first one given, separated by spaces; "·" is one that stays as it is.
    private static let runs: [(UInt32, String)] = [
        (0x00B5, "μ"),
        (0x00DF, "ss a a a a a a · c e e e e i i i i · n o o o o o · · u u u u y · y · a · a · a · c · c ·"),
        (0x010B, "c · c · d"),
        (0x0113, "e · e · e · e · e · g · g · g · g · h"),
        (0x0129, "i · i · i · i"),
        (0x0135, "j · k · · l · l · l"),
        (0x0144, "n · n · n ʼn"),
        (0x014D, "o · o · o"),
        (0x0155, "r · r · r · s · s · s · s · t · t"),
        (0x0169, "u · u · u · u · u · u · w · y · · z · z · z s"),
        (0x01A1, "o"),
        (0x01B0, "u"),
        (0x01CE, "a · i · o · u · u · u · u · u · · a · a · æ"),
        (0x01E7, "g · k · o · o · ʒ j"),
        (0x01F5, "g"),
        (0x01F9, "n · a · æ · ø · a · a · e · e · i · i · o · o · r · r · u · u · s · t"),
        (0x021F, "h"),
        (0x0227, "a · e · o · o · o · o · y"),
        (0x0390, "ι"),
        (0x03AC, "α ε η ι υ"),
        (0x03C2, "σ"),
        (0x03CA, "ι υ ο υ ω · β θ · ϒ ϒ φ π"),
        (0x03F0, "κ ρ"),
        (0x03F5, "ε"),
        (0x0439, "и"),
        (0x0450, "е е · г"),
        (0x0457, "і"),
        (0x045C, "к и у"),
        (0x0477, "ѵ"),
        (0x04C2, "ж"),
        (0x04D1, "а · а"),
        (0x04D7, "е"),
        (0x04DB, "ә · ж · з"),
        (0x04E3, "и · и · о"),
        (0x04EB, "ө · э · у · у · у · ч"),
        (0x04F9, "ы"),
        (0x0587, "եւ"),
        (0x1C80, "в д о с т т ъ ѣ ꙋ"),
        (0x1E01, "a · b · b · b · c · d · d · d · d · d · e · e · e · e · e · f · g · h · h · h · h · h · i"),
        (0x1E2F, "i · k · k · k · l · l · l · l · m · m · m · n · n · n · n · o · o · o · o · p · p · r · r"),
        (0x1E5D, "r · r · s · s · s · s · s · t · t · t · t · u · u · u · u · u · v · v · w · w · w · w · w"),
        (0x1E8B, "x · x · y · z · z · z h t w y aʾ s"),
        (0x1EA1, "a · a · a · a · a · a · a · a · a · a · a · a · e · e · e · e · e · e · e · e · i · i · o"),
        (0x1ECF, "o · o · o · o · o · o · o · o · o · o · o · u · u · u · u · u · u · u · y · y · y · y"),
        (0x1F00, "α α α α α α α α"),
        (0x1F10, "ε ε ε ε ε ε"),
        (0x1F20, "η η η η η η η η"),
        (0x1F30, "ι ι ι ι ι ι ι ι"),
        (0x1F40, "ο ο ο ο ο ο"),
        (0x1F50, "υ υ υ υ υ υ υ υ"),
        (0x1F60, "ω ω ω ω ω ω ω ω"),
        (0x1F70, "α α ε ε η η ι ι ο ο υ υ ω ω · · α α α α α α α α"),
        (0x1F90, "η η η η η η η η"),
        (0x1FA0, "ω ω ω ω ω ω ω ω"),
        (0x1FB0, "α α α α α · α α"),
        (0x1FBE, "ι"),
        (0x1FC2, "η η η · η η"),
        (0x1FD0, "ι ι ι ι · · ι ι"),
        (0x1FE0, "υ υ υ υ ρ ρ υ υ"),
        (0x1FF2, "ω ω ω · ω ω"),
        (0xFB00, "ff fi fl ffi ffl st st"),
        (0xFB13, "մն մե մի վն մխ"),
        (0xFF5F, "⦅ ⦆ 。 「 」 、 ・ ヲ ァ ィ ゥ ェ ォ ャ ュ ョ ッ ー ア イ ウ エ オ カ キ ク ケ コ サ シ ス セ ソ タ チ ツ テ ト ナ ニ ヌ ネ ノ ハ ヒ"),
        (0xFF8C, "フ ヘ ホ マ ミ ム メ モ ヤ ユ ヨ ラ リ ル レ ロ ワ ン \u{3099} \u{309A} \u{1160} ᄀ ᄁ ᆪ ᄂ ᆬ ᆭ ᄃ ᄄ ᄅ ᆰ ᆱ ᆲ ᆳ"),
        (0xFFAE, "ᆴ ᆵ ᄚ ᄆ ᄇ ᄈ ᄡ ᄉ ᄊ ᄋ ᄌ ᄍ ᄎ ᄏ ᄐ ᄑ ᄒ"),
        (0xFFC2, "ᅡ ᅢ ᅣ ᅤ ᅥ ᅦ · · ᅧ ᅨ ᅩ ᅪ ᅫ ᅬ · · ᅭ ᅮ ᅯ ᅰ ᅱ ᅲ · · ᅳ ᅴ ᅵ"),
        (0xFFE0, "¢ £ ¬ · ¦ ¥ ₩ · │ ← ↑ → ↓ ■ ○"),
    ]
}
