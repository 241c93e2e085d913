/// The export formats, and the one place a plan becomes any of them.
public enum ExportFormat: String, CaseIterable, Sendable {
    case html, md, json, csv

    public var fileEnding: String { rawValue }
}

/// For CSV, which rows: one per connection, or one per WELL12 check.
public enum CSVRows: String, CaseIterable, Sendable {
    case connections, checks
}

public enum Exporter {
    public static func render(_ plan: Plan, as format: ExportFormat, rows: CSVRows = .connections, directory: CommunityDirectory,
                              made: CalendarDay) throws -> String {
        switch format {
        case .html: return HTMLExporter.export(TakeHome(plan: plan, directory: directory, made: made))
        case .md: return MarkdownExporter.export(TakeHome(plan: plan, directory: directory, made: made))
        case .json: return String(decoding: try PlanJSON.encode(plan), as: UTF8.self)
        case .csv: return rows == .connections ? CSVExporter.connections(plan) : CSVExporter.checks(plan)
        }
    }
}
