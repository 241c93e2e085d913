/// The formats a caseload report can be written in, and the one place it becomes any of them.
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, html, csv

    public var fileEnding: String { rawValue }
}

public enum ReportWriter {
    public static func render(_ report: CaseloadReport, as format: ReportFormat) -> String {
        switch format {
        case .md: return markdown(ReportSheet(report))
        case .html: return ReportHTML.render(report)
        case .csv: return csv(ReportSheet(report))
        }
    }

    /// Headings, a table per section and the sentences under it; figures withheld are left out.
    static func markdown(_ sheet: ReportSheet) -> String {
        var out = ["# \(ReportSheet.title)", ""]
        for line in sheet.intro { out += [line, ""] }
        for section in sheet.shownSections {
            out += ["## \(section.title)", "", "| Measure | Value | People |", "|---|---|---|"]
            for row in section.rows {
                guard let shown = row.shown else { continue }
                out.append("| \(row.label) | \(shown) | \(row.people.map(String.init) ?? "") |")
            }
            out.append("")
            for note in section.notes { out += [note, ""] }
        }
        return out.joined(separator: "\n")
    }

    /// One row per measure, withheld ones included with no value, so every report has the same rows.
    static func csv(_ sheet: ReportSheet) -> String {
        var rows = [["section", "measure", "value", "people", "note"]]
        for section in sheet.sections {
            for row in section.rows {
                rows.append([
                    section.key, row.label, row.number ?? row.shown ?? "", row.people.map(String.init) ?? "",
                    row.shown == nil ? ReportSheet.tooFew : "",
                ])
            }
        }
        return CSVExporter.render(rows)
    }
}
