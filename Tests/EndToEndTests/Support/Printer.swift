import Foundation
import TestSupport
import Testing

/// One word of a printed PDF as `pdftotext -bbox` gives it, in points from the top left of its page.
struct PrintedWord {
    var page: Int
    var text: String
    var xMin, yMin, xMax, yMax: Double
    var height: Double { yMax - yMin }
}

/// The HTML copy printed as a person would print it: headless Chromium to an A4 PDF, read back with poppler.
struct Printer {
    let folder: URL
    /// A word's box is its font's height, which is the font size times a fixed share for each font; measured once
    /// by printing a word at 12 pt in the copy's own fonts.
    private(set) var heightPerPoint = 1.0

    init(folder: URL, fontFamily: String) throws {
        self.folder = folder
        let reference = folder.appendingPathComponent("reference.html")
        let page = #"<!DOCTYPE html><html><body><p style="font-family:\#(fontFamily);font-size:12pt">Reference</p>"#
        try (page + "</body></html>").write(to: reference, atomically: true, encoding: .utf8)
        let word = try #require(try words(in: pdf(of: reference)).first)
        heightPerPoint = word.height / 12
    }

    /// The font family the copy's body asks for, so the reference word is printed in the same font.
    static func fontFamily(of html: String) throws -> String {
        let declaration = try #require(html.firstMatch(of: /font-family:([^;]+);/), "the copy names no font")
        return String(declaration.1)
    }

    func pdf(of html: URL) throws -> URL {
        let pdf = html.deletingPathExtension().appendingPathExtension("pdf")
        let result = try chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString])
        #expect(
            FileManager.default.fileExists(atPath: pdf.path), "Chromium printed nothing: \(result.errors.suffix(500))")
        return pdf
    }

    /// The copy shown 360 pixels wide, as on a phone held upright: the page's width and its scrolling width, and
    /// any element that reaches past the side, except in a table's own scrolling box. The page is shown in a frame
    /// of that width, since a headless window cannot be made as narrow as a phone.
    func onAPhone(_ html: URL) throws -> (width: Int, scrollWidth: Int, wide: [String]) {
        let probe = folder.appendingPathComponent("phone-\(UUID().uuidString.prefix(8)).html")
        try #"""
        <!DOCTYPE html><html><body style="margin:0">
        <iframe id="page" src="\#(html.absoluteString)" style="width:360px;height:640px;border:0"></iframe>
        <script>document.getElementById("page").addEventListener("load", () => {
          const page = document.getElementById("page").contentDocument, root = page.documentElement;
          const wide = [...page.querySelectorAll("main *")].filter(e => !e.closest(".table-wrap")
            && e.getBoundingClientRect().right > root.clientWidth + 0.5)
            .map(e => e.tagName + "." + (typeof e.className === "string" ? e.className : e.className.baseVal));
          const out = document.createElement("pre"); out.id = "probe";
          out.textContent = JSON.stringify({width: root.clientWidth, scrollWidth: root.scrollWidth, wide});
          document.body.append(out);
        });</script></body></html>
        """#.write(to: probe, atomically: true, encoding: .utf8)
        let result = try chromium([
            "--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom", probe.absoluteString,
        ])
        let found = try #require(
            result.output.firstMatch(of: /<pre id="probe">(.*?)<\/pre>/), "the page did not load in the frame")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(Self.unescape(String(found.1)).utf8)) as? [String: Any])
        return (json["width"] as? Int ?? 0, json["scrollWidth"] as? Int ?? 0, json["wide"] as? [String] ?? [])
    }

    /// Headless Chromium with a profile of its own, so tests running at once never share one.
    private func chromium(_ arguments: [String]) throws -> ChildProcess.Result {
        let profile = folder.appendingPathComponent("chromium-\(UUID().uuidString.prefix(8))")
        return try ChildProcess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)"] + arguments)
    }

    func words(in pdf: URL) throws -> [PrintedWord] {
        let result = try ChildProcess.run(["pdftotext", "-bbox", pdf.path, "-"])
        try #require(result.status == 0, "pdftotext: \(result.errors)")
        var page = 0
        var words: [PrintedWord] = []
        for line in result.output.split(separator: "\n") {
            if line.contains("<page ") { page += 1 }
            guard
                let match = line.firstMatch(
                    of: /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/),
                let xMin = Double(match.1), let yMin = Double(match.2), let xMax = Double(match.3),
                let yMax = Double(match.4)
            else { continue }
            words.append(
                PrintedWord(
                    page: page, text: Self.unescape(String(match.5)), xMin: xMin, yMin: yMin, xMax: xMax, yMax: yMax))
        }
        return words
    }

    func points(_ word: PrintedWord) -> Double { word.height / heightPerPoint }

    /// The words of one page as text, a space between words and a line break where a line ends.
    static func text(of words: [PrintedWord], page: Int) -> String {
        var text = ""
        var lastY: Double?
        for word in words where word.page == page {
            if let lastY { text += abs(word.yMin - lastY) > 2 ? "\n" : " " }
            text += word.text
            lastY = word.yMin
        }
        return text
    }

    static func pages(_ pdf: URL) throws -> Int {
        let info = try ChildProcess.run(["pdfinfo", pdf.path]).output
        let match = try #require(info.firstMatch(of: /Pages:\s+(\d+)/))
        return try #require(Int(match.1))
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
