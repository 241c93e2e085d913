/// Rows for a spreadsheet: one per connection, or one per WELL12 check. Quoted as RFC 4180 asks.
public enum CSVExporter {
    public static func connections(_ plan: Plan) -> String {
        var rows = [["name", "ring", "kind", "feeling", "gives", "receives", "by"]]
        rows += plan.network.map {
            [$0.name, "\($0.ring)", $0.kind.rawValue, $0.feeling.rawValue, $0.gives, $0.receives, $0.by?.rawValue ?? ""]
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
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A field, quoted when it holds a comma, a quote or a line break; quotes inside are doubled.
    /// A field a spreadsheet would run as a formula (starting =, +, @) starts with a quote mark instead.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+@".contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
