import AssetMapCore
import AssetMapTeam
import FoundationEssentials

/// `assetmap team status` as lines of plain text: plans counted, never named.
enum TeamStatusText {
    static func lines(_ status: TeamStatus, now: Date) -> [String] {
        var lines = ["Shares with \(status.remote) as \(status.worker)."]
        lines.append(
            status.lastSync.map { "Last synced \(DayText.moment($0, today: CalendarDay(now)))." } ?? "Not synced yet.")
        lines.append(
            status.changedHere.isEmpty
                ? "Nothing changed here since." : "Changed here since: \(describe(status.changedHere)).")
        if let changes = status.changedInTeam {
            if changes.isEmpty {
                lines.append("Nothing new in the team since.")
            } else {
                let byWorker = Dictionary(grouping: changes, by: \.by).sorted { $0.key < $1.key }
                let parts = byWorker.map { "\(describe($0.value.map(\.path))) by \($0.key)" }
                lines.append("Changed in the team since: " + parts.joined(separator: "; ") + ".")
            }
        } else {
            lines.append("The team's folder could not be reached just now, so what changed there is not known.")
        }
        if !status.workers.isEmpty { lines.append("In the team: " + status.workers.joined(separator: ", ") + ".") }
        return lines
    }

    /// "2 plans and the community directory".
    static func describe(_ paths: [String]) -> String {
        let plans = paths.filter { $0.hasPrefix("plans/") }.count
        var parts: [String] = []
        if plans > 0 { parts.append(count(plans, "plan")) }
        if paths.contains("community.json") { parts.append("the community directory") }
        if paths.contains("keyring.json") { parts.append("the passphrase") }
        return parts.joined(separator: " and ")
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
