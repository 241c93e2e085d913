/// The take-home copy as one HTML file: no other files and no network, readable in any browser, printable
/// on A4, and clear in black and white (meaning is carried by symbols and words, never by colour alone).
public enum HTMLExporter {
    public static func export(_ copy: TakeHome) -> String {
        var html = [
            "<!DOCTYPE html>",
            #"<html lang="en-GB">"#,
            "<head>",
            #"<meta charset="utf-8"/>"#,
            #"<meta name="viewport" content="width=device-width, initial-scale=1"/>"#,
            "<title>Asset map</title>",
            "<style>\(style)</style>",
            "</head>",
            "<body>",
            "<header><h1>\(HTMLText.escape(copy.name))</h1>",
            #"<p class="made">An asset map, made on \#(DayText.long(copy.made)) with assetmap.</p></header>"#,
            #"<section id="good-life"><h2>What a good life looks like for me</h2>"#,
            copy.plan.goodLife.trimmed.isEmpty ? "<p><em>Not written yet.</em></p>" : "<blockquote>\(HTMLText.paragraphs(copy.plan.goodLife))</blockquote>",
            "</section>",
        ]
        html += network(copy)
        html += strengths(copy)
        html += HTMLGoals.render(copy)
        html += HTMLWellbeing.render(copy)
        html += TimelineExport.html(copy.plan, made: copy.made)
        html += ["</body>", "</html>", ""]
        return html.joined(separator: "\n")
    }

    static func network(_ copy: TakeHome) -> [String] {
        var html = [#"<section id="network"><h2>The people and places in my life</h2>"#,
                    #"<p class="key">+ supportive &#160;·&#160; ~ mixed &#160;·&#160; − can be hard. \#(HTMLText.escape(copy.summary.sentence))</p>"#,
                    #"<div class="map"><figure>"#, SVGRings.render(copy.plan),
                    "<figcaption>The person in the middle; ring 1 is closest.</figcaption></figure>",
                    #"<div class="rings-list">"#]
        for ring in copy.rings {
            html.append("<h3>Ring \(ring.number): \(HTMLText.escape(ring.words))</h3>")
            guard !ring.connections.isEmpty else {
                html.append(#"<p class="none">No one here yet.</p>"#)
                continue
            }
            html.append("<ul>")
            for connection in ring.connections {
                html.append(#"<li class="\#(connection.feeling.rawValue)"><span class="symbol">\#(connection.feeling.symbol)</span> <strong>\#(HTMLText.escape(connection.name))</strong>: \#(HTMLText.escape(TakeHome.describe(connection)))</li>"#)
            }
            html.append("</ul>")
        }
        html += ["</div></div>", "</section>"]
        return html
    }

    static func strengths(_ copy: TakeHome) -> [String] {
        var html = [#"<section id="strengths"><h2>Strengths</h2><div class="columns">"#]
        for (title, assets) in [("What I'm good at and what I have", copy.personStrengths), ("What my worker can bring", copy.workerStrengths)] {
            html.append("<div><h3>\(HTMLText.escape(title))</h3>")
            html.append(assets.isEmpty ? #"<p class="none">None written yet.</p>"# : "<ul>" + assets.map { asset in
                let area = LifeArea.words(for: asset.domain).map { ", \($0)" } ?? ""
                let by = Author.mark(asset.by, after: ", ")
                return "<li>\(HTMLText.escape(asset.text)) <span class=\"kind\">(\(asset.kind.words)\(HTMLText.escape(area))\(by))</span></li>"
            }.joined() + "</ul>")
            html.append("</div>")
        }
        html.append("<div><h3>Places and groups near here</h3>")
        html.append(copy.community.isEmpty ? #"<p class="none">None linked yet.</p>"# : "<ul>" + copy.community.map { entry in
            let details = [entry.what.nonEmpty, entry.where, entry.when, entry.cost, entry.contact].compactMap { $0?.nonEmpty }
            return "<li><strong>\(HTMLText.escape(entry.name))</strong>" + (details.isEmpty ? "" : ": " + HTMLText.escape(details.joined(separator: "; "))) + "</li>"
        }.joined() + "</ul>")
        html += ["</div>", "</div></section>"]
        return html
    }

    static let style = """
    body{font-family:"Atkinson Hyperlegible",Verdana,system-ui,sans-serif;font-size:14pt;line-height:1.5;color:#000;background:#fff;\
    max-width:62em;margin:0 auto;padding:1em}
    h1{font-size:26pt;margin:.2em 0}h2{font-size:19pt;border-bottom:2px solid #000;margin-top:1.4em}h3{font-size:15pt;margin-bottom:.2em}
    .made,.key,.none,figcaption,.kind{color:#333}blockquote{border-left:6px solid #000;margin:0;padding:.2em 1em;font-size:15pt}
    .map{display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start}figure{flex:1 1 30em;margin:0}.rings-list{flex:1 1 18em}
    svg.rings{width:100%;height:auto}svg .ring{fill:none;stroke:#000;stroke-width:1.2;stroke-dasharray:3 3}
    svg text{font-size:12px;fill:#000;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}svg .centre{font-weight:bold;font-size:14px}svg .ring-label,svg .sector-label{fill:#333;font-style:italic;font-size:11px}
    svg .draining{text-decoration:underline}li.draining strong{text-decoration:underline}.symbol{font-weight:bold}
    .columns{display:flex;flex-wrap:wrap;gap:1.5em}.columns>div{flex:1 1 15em}
    ol.ladder{list-style:none;padding:0;border-left:4px double #000;border-right:4px double #000;max-width:40em}
    ol.ladder li{border-top:2px solid #000;padding:.4em .8em}ol.ladder li.goal-top{font-weight:bold;border-top:none}
    ol.ladder li.current{border:3px solid #000;font-weight:bold}.rung-meta{display:block;color:#333;font-size:12pt}
    table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #000;padding:.2em .5em;text-align:left}
    td.number{text-align:center}svg.chart{max-width:40em;height:auto}svg.chart rect{fill:#555;stroke:#000}
    @media print{@page{size:A4;margin:15mm}body{font-size:12pt;max-width:none;padding:0}h2{break-after:avoid}
    section{break-inside:auto}li,tr,figure{break-inside:avoid}}
    """
}
