/// The export formats, and the one place a plan becomes any of them.
public enum ExportFormat: String, CaseIterable, Sendable {
    case html, md, json, csv

    public var fileEnding: String { rawValue }

    /// Copies made to be read: they have a page one and can hold only that.
    public var hasPageOne: Bool { self == .html || self == .md }
}

/// For CSV, which rows: one per connection, or one per WELL12 check.
public enum CSVRows: String, CaseIterable, Sendable {
    case connections, checks
}

/// What a copy to print or take home holds: page one only or everything, and whether people marked private
/// are in it. The plan file (json) always holds everything: it moves a plan to another computer, where anyone
/// left out of it would be lost.
public struct ExportContents: Equatable, Sendable {
    public enum Parts: String, CaseIterable, Sendable {
        case everything
        case pageOne = "page-one"
    }

    public var parts: Parts
    public var privatePeople: Bool

    public init(parts: Parts = .everything, privatePeople: Bool = false) {
        self.parts = parts
        self.privatePeople = privatePeople
    }
}

public enum Exporter {
    public static func render(
        _ plan: Plan, as format: ExportFormat, rows: CSVRows = .connections,
        contents: ExportContents = ExportContents(), directory: CommunityDirectory,
        made: CalendarDay
    ) throws -> String {
        let shown = contents.privatePeople ? plan : plan.leavingPrivatePeopleOut()
        let pageOneOnly = contents.parts == .pageOne
        switch format {
        case .html:
            return HTMLExporter.export(
                TakeHome(plan: shown, directory: directory, made: made), pageOneOnly: pageOneOnly)
        case .md:
            return MarkdownExporter.export(
                TakeHome(plan: shown, directory: directory, made: made), pageOneOnly: pageOneOnly)
        case .json: return String(decoding: try PlanJSON.encode(plan), as: UTF8.self)
        case .csv: return rows == .connections ? CSVExporter.connections(shown) : CSVExporter.checks(plan)
        }
    }
}

extension Plan {
    /// The plan as a copy to print or take home shows it: people marked private (now, or in a map kept earlier)
    /// are taken off the map and the kept maps, and with them every mention of them: a step they help with no
    /// longer names them, and links to them are gone.
    public func leavingPrivatePeopleOut() -> Plan {
        let hidden = Set((network + snapshots.flatMap(\.network)).filter(\.isPrivate).map(\.id))
        guard !hidden.isEmpty else { return self }
        var copy = self
        copy.network.removeAll { hidden.contains($0.id) }
        copy.links.removeAll { hidden.contains($0.a) || hidden.contains($0.b) }
        for goal in copy.goals.indices {
            for step in copy.goals[goal].steps.indices {
                copy.goals[goal].steps[step].connectionIds.removeAll { hidden.contains($0) }
                if let who = copy.goals[goal].steps[step].who, hidden.contains(who) {
                    copy.goals[goal].steps[step].who = nil
                }
            }
        }
        for snapshot in copy.snapshots.indices {
            copy.snapshots[snapshot].network.removeAll { hidden.contains($0.id) }
        }
        return copy
    }

    /// How many people on the map are marked private.
    public var privateCount: Int { network.count { $0.isPrivate } }
}
