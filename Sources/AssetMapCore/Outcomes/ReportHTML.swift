/// The caseload report as one HTML page: a table per section, and charts with their dates, a scale and every
/// value written on them, so they read the same printed in black and white.
enum ReportHTML {
    static func render(_ report: CaseloadReport) -> String {
        let sheet = ReportSheet(report)
        var html = [
            "<!DOCTYPE html>", #"<html lang="en-GB">"#, "<head>", #"<meta charset="utf-8"/>"#,
            #"<meta name="viewport" content="width=device-width, initial-scale=1"/>"#,
            "<title>\(ReportSheet.title)</title>", "<style>\(style)</style>", "</head>", "<body>",
            "<h1>\(ReportSheet.title)</h1>",
        ]
        html += sheet.intro.map { #"<p class="intro">\#(HTMLText.escape($0))</p>"# }
        for section in sheet.shownSections {
            html.append(#"<section id="\#(section.key)"><h2>\#(HTMLText.escape(section.title))</h2>"#)
            html += chart(for: section.key, report: report)
            html.append("<table><thead><tr><th>Measure</th><th>Value</th><th>People</th></tr></thead><tbody>")
            for row in section.rows {
                guard let shown = row.shown else { continue }
                html.append(
                    #"<tr><td>\#(HTMLText.escape(row.label))</td><td class="number">\#(HTMLText.escape(shown))</td>"#
                        + #"<td class="number">\#(row.people.map(String.init) ?? "")</td></tr>"#)
            }
            html.append("</tbody></table>")
            html += section.notes.map { "<p>\(HTMLText.escape($0))</p>" }
            html.append("</section>")
        }
        html += ["</body>", "</html>", ""]
        return html.joined(separator: "\n")
    }

    private static func chart(for key: String, report: CaseloadReport) -> [String] {
        switch key {
        case "quarters": return [quarters(report.wellbeing.quarters)]
        case "areas": return [areas(report.wellbeing.areas)]
        case "map":
            guard let first = report.map.atFirstSnapshot, let now = report.map.nowForThem else { return [] }
            return [map(first: first, now: now, made: report.made)]
        default: return []
        }
    }

    /// Upright bars of the average total in each quarter, on a scale of 0 to 48.
    static func quarters(_ quarters: [QuarterTotal]) -> String {
        let (left, top, height, slot) = (40, 20, 192, 90)
        let (width, base) = (left + slot * max(1, quarters.count) + 10, top + height)
        var svg = [svgOpen(width: width, height: base + 50, label: "Average WELL12 total by quarter, out of 48")]
        for tick in stride(from: 0, through: 48, by: 12) {
            let y = base - tick * height / 48
            svg.append(line("grid", x1: left, y1: y, x2: width - 10, y2: y))
            svg.append(text("scale", x: left - 6, y: y + 4, anchor: "end", "\(tick)"))
        }
        for (index, quarter) in quarters.enumerated() {
            let middle = left + slot * index + slot / 2
            if let total = quarter.total {
                let bar = Int((total.value * Double(height) / 48).rounded())
                svg.append(rect(nil, x: middle - 25, y: base - bar, width: 50, height: bar))
                svg.append(text("value", x: middle, y: base - bar - 5, total.plain))
            } else {
                svg.append(text("withheld", x: middle, y: base - 6, "fewer than 5"))
            }
            svg.append(text(nil, x: middle, y: base + 18, quarter.quarter.words))
            svg.append(text("scale", x: middle, y: base + 34, "\(quarter.people) people"))
        }
        svg.append(line("axis", x1: left, y1: base, x2: width - 10, y2: base))
        return (svg + ["</svg>"]).joined(separator: "\n")
    }

    /// Bars either side of zero for each area's average change; the scale goes to the next whole answer step.
    static func areas(_ areas: [Average?]) -> String {
        let reach = max(1, Int((areas.compactMap { $0.map { abs($0.value) } }.max() ?? 1).rounded(.up)))
        let (labelWidth, half, row) = (200, 150, 24)
        let zero = labelWidth + 20 + half
        let height = Well12.items.count * row + 40
        var svg = [svgOpen(width: zero + half + 60, height: height, label: "Average change in each WELL12 area")]
        for tick in -reach...reach {
            let x = zero + tick * half / reach
            svg.append(line("grid", x1: x, y1: 10, x2: x, y2: height - 24))
            svg.append(text("scale", x: x, y: height - 8, (tick > 0 ? "+" : "") + "\(tick)"))
        }
        for (index, item) in Well12.items.enumerated() {
            let y = 14 + index * row
            svg.append(text(nil, x: labelWidth, y: y + 14, anchor: "end", "\(item.number). \(item.shortName)"))
            guard let average = areas[index] else {
                svg.append(text("withheld", x: zero + 6, y: y + 14, anchor: "start", "not shown"))
                continue
            }
            let length = Int((abs(average.value) * Double(half) / Double(reach)).rounded())
            let falls = average.tenths < 0
            let x = falls ? zero - length : zero
            svg.append(rect(nil, x: x, y: y + 2, width: length, height: row - 8))
            let end = falls ? (x: x - 4, anchor: "end") : (x: x + length + 4, anchor: "start")
            svg.append(text("value", x: end.x, y: y + 14, anchor: end.anchor, average.signed))
        }
        svg.append(line("axis", x1: zero, y1: 10, x2: zero, y2: height - 24))
        return (svg + ["</svg>"]).joined(separator: "\n")
    }

    /// Two pairs of bars: everyone on the map, and rings 1 and 2, at the first snapshot and now.
    static func map(first: MapCounts, now: MapCounts, made: CalendarDay) -> String {
        let highest = max(1, Int(max(first.all.value, now.all.value).rounded(.up)))
        let step = max(1, (highest + 3) / 4)
        let top = step * ((highest + step - 1) / step)
        let (left, base, height, bar) = (40, 210, 180, 60)
        let right = left + 4 * bar + 80
        let label = "Average number on the map, first snapshot and now"
        var svg = [svgOpen(width: right + 40, height: base + 50, label: label)]
        for tick in stride(from: 0, through: top, by: step) {
            let y = base - tick * height / top
            svg.append(line("grid", x1: left, y1: y, x2: right, y2: y))
            svg.append(text("scale", x: left - 6, y: y + 4, anchor: "end", "\(tick)"))
        }
        let bars = [
            (first.all, "first snapshot"), (now.all, "now"), (first.closest, "first snapshot"), (now.closest, "now"),
        ]
        for (index, (value, words)) in bars.enumerated() {
            let x = left + 10 + index * (bar + 10) + (index >= 2 ? 30 : 0)
            let length = Int((value.value * Double(height) / Double(top)).rounded())
            svg.append(rect(words == "now" ? "now" : "then", x: x, y: base - length, width: bar, height: length))
            svg.append(text("value", x: x + bar / 2, y: base - length - 5, value.plain))
            svg.append(text("scale", x: x + bar / 2, y: base + 16, words))
        }
        svg.append(text(nil, x: left + 10 + bar + 5, y: base + 34, "Everyone"))
        svg.append(text(nil, x: left + 40 + 3 * bar + 25, y: base + 34, "Rings 1 and 2"))
        svg.append(line("axis", x1: left, y1: base, x2: right, y2: base))
        svg.append("</svg>")
        let caption = "Now is \(DayText.long(made)); each person's first snapshot has its own date."
        return "<figure>" + svg.joined(separator: "\n") + "<figcaption>\(caption)</figcaption></figure>"
    }

    private static func svgOpen(width: Int, height: Int, label: String) -> String {
        #"<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(width) \#(height)""#
            + #" role="img" aria-label="\#(label)">"#
    }

    private static func kind(_ name: String?) -> String {
        name.map { #" class="\#($0)""# } ?? ""
    }

    private static func text(_ name: String?, x: Int, y: Int, anchor: String = "middle", _ words: String) -> String {
        #"<text\#(kind(name)) x="\#(x)" y="\#(y)" text-anchor="\#(anchor)">\#(HTMLText.escape(words))</text>"#
    }

    private static func line(_ name: String, x1: Int, y1: Int, x2: Int, y2: Int) -> String {
        #"<line class="\#(name)" x1="\#(x1)" y1="\#(y1)" x2="\#(x2)" y2="\#(y2)"/>"#
    }

    private static func rect(_ name: String?, x: Int, y: Int, width: Int, height: Int) -> String {
        #"<rect\#(kind(name)) x="\#(x)" y="\#(y)" width="\#(width)" height="\#(height)"/>"#
    }

    static let style = """
        body{font-family:"Atkinson Hyperlegible",Verdana,system-ui,sans-serif;font-size:13pt;line-height:1.5;\
        color:#000;background:#fff;max-width:60em;margin:0 auto;padding:1em}
        h1{font-size:24pt}h2{font-size:17pt;border-bottom:2px solid #000;margin-top:1.4em}.intro{color:#333}
        table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #000;padding:.2em .5em;text-align:left}
        td.number{text-align:right}
        svg.chart{display:block;max-width:100%;height:auto;margin:.5em 0}svg text{font-size:12px;fill:#000}
        svg .scale{font-size:11px;fill:#333}svg .value{font-weight:bold}svg .withheld{font-style:italic;fill:#333}
        svg rect{fill:#666;stroke:#000}svg rect.now{fill:#bbb}svg .grid{stroke:#ccc;stroke-width:1}
        svg .axis{stroke:#000;stroke-width:1.5}figure{margin:0}figcaption{color:#333;font-size:11pt}
        @media print{@page{size:A4;margin:15mm}body{font-size:11pt;max-width:none;padding:0}
        section,figure,tr{break-inside:avoid}}
        """
}
