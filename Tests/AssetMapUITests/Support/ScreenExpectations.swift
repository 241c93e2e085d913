import AssetMapUI
import Foundation
import TestSupport
import Testing

/// Compares a canvas with expected text lines and shows a line-by-line difference when they disagree.
func expectLines(_ canvas: Canvas, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = canvas.lines
    guard actual != expected else { return }
    Issue.record(Comment(rawValue: lineDifference(expected: expected, actual: actual)), sourceLocation: sourceLocation)
}

/// Compares a whole screen with `Tests/__Snapshots__/NAME.txt`. Set ASSETMAP_RECORD_SNAPSHOTS=1 to write the files.
func expectSnapshot(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = Fixtures.packageRoot.appendingPathComponent("Tests/__Snapshots__/\(name).txt")
    let actual = canvas.lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
    if ProcessInfo.processInfo.environment["ASSETMAP_RECORD_SNAPSHOTS"] == "1" {
        try? (actual.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        let shown = actual.joined(separator: "\n")
        Issue.record(
            "No snapshot \(name).txt yet; run with ASSETMAP_RECORD_SNAPSHOTS=1 to write it. The screen was:\n\(shown)",
            sourceLocation: sourceLocation)
        return
    }
    let expected = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    guard actual != expected else { return }
    Issue.record(
        Comment(rawValue: "Screen \(name) differs:\n" + lineDifference(expected: expected, actual: actual)),
        sourceLocation: sourceLocation)
}

private func lineDifference(expected: [String], actual: [String]) -> String {
    var lines: [String] = []
    for index in 0..<max(expected.count, actual.count) {
        let want = index < expected.count ? expected[index] : "(none)"
        let got = index < actual.count ? actual[index] : "(none)"
        if want == got {
            lines.append("  \(index): \(got)")
        } else {
            lines.append("- \(index): \(want)")
            lines.append("+ \(index): \(got)")
        }
    }
    return lines.joined(separator: "\n")
}
