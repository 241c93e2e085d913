/// Rows for a spreadsheet: one per connection, or one per WELL12 check. Quoted as RFC 4180 asks, in UTF-8
/// with a byte-order mark, which is how spreadsheets on Windows know to read "Zoë" as it was written.
public enum CSVExporter {
    public static let byteOrderMark = "\u{FEFF}"

    public static func connections(_ plan: Plan) -> String {
        var rows = [["name", "ring", "kind", "feeling", "gives", "receives", "by", "knows"]]
        rows += plan.network.map {
            [
                $0.name, "\($0.ring)", $0.kind.rawValue, $0.feeling.rawValue, $0.gives, $0.receives,
                $0.by?.rawValue ?? "",
                plan.peopleKnown(by: $0.id).map(\.name).joined(separator: "; "),
            ]
        }
        return render(rows)
    }

    public static func checks(_ plan: Plan) -> String {
        var rows = [["date"] + (1...12).map { "item\($0)" } + ["total", "answered", "complete", "by"]]
        rows += Well12.ordered(plan.checks).map { check in
            let score = Well12.score(check)
            return [check.date.iso] + check.answers.map { $0.map(String.init) ?? "" }
                + ["\(score.total)", "\(score.answered)", check.complete ? "yes" : "no", check.by?.rawValue ?? ""]
        }
        return render(rows)
    }

    static func render(_ rows: [[String]]) -> String {
        byteOrderMark + rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A field, quoted when it holds a comma, a quote or a line break; quotes inside are doubled.
    /// A field a spreadsheet could run as a formula (one starting =, +, -, @, a tab or a carriage return, after
    /// any spaces and line breaks, which some spreadsheets trim) starts with a quote mark instead, so it is shown as
    /// text; a plain number such as -2 or +3.5 is left a number.
    static func field(_ value: String) -> String {
        var text = value
        let start = text.unicodeScalars.drop { $0 == " " || $0 == "\n" }
        if let first = start.first, "=+-@\t\r".unicodeScalars.contains(first), !isNumber(String(start).trimmed) {
            text = "'" + text
        }
        // By scalar: a CR and LF together are one Character, equal to neither.
        guard text.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    /// An optional sign, digits, and at most one decimal point with digits after it: read by a spreadsheet as
    /// a number and nothing else.
    static func isNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
