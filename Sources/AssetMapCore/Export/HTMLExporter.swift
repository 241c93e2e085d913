/// The take-home copy as one HTML file: no other files and no network, readable in any browser, printable
/// on A4, and clear in black and white (meaning is carried by symbols and words, never by colour alone).
public enum HTMLExporter {
    public static func export(_ copy: TakeHome, pageOneOnly: Bool = false) -> String {
        var html = [
            "<!DOCTYPE html>",
            #"<html lang="en-GB">"#,
            "<head>",
            #"<meta charset="utf-8"/>"#,
            #"<meta name="viewport" content="width=device-width, initial-scale=1"/>"#,
            "<title>Asset map</title>",
            "<style>\(HTMLStyle.sheet)</style>",
            "</head>",
            "<body>",
            "<main>",
        ]
        html += HTMLPageOne.render(copy)
        if !pageOneOnly {
            html += network(copy)
            html += strengths(copy)
            html += HTMLGoals.render(copy)
            html += HTMLWellbeing.render(copy)
            html += TimelineExport.html(copy.plan, made: copy.made)
        }
        html += ["</main>", "</body>", "</html>", ""]
        return html.joined(separator: "\n")
    }

    /// What the symbols beside names mean, in words.
    static let feelingKey = "+ supportive &#160;·&#160; ~ mixed &#160;·&#160; − can be hard (underlined)."

    static func network(_ copy: TakeHome) -> [String] {
        var html = [
            #"<section id="network"><h2>Everyone on my map, ring by ring</h2>"#,
            #"<p class="key">\#(feelingKey) \#(HTMLText.escape(copy.summary.sentence))</p>"#,
        ]
        for ring in copy.rings {
            html.append("<h3>Ring \(ring.number): \(HTMLText.escape(ring.words))</h3>")
            guard !ring.connections.isEmpty else {
                html.append(#"<p class="none">No one here yet.</p>"#)
                continue
            }
            html.append("<ul>")
            for connection in ring.connections {
                html.append(
                    #"<li class="\#(connection.feeling.rawValue)"><span class="symbol">\#(connection.feeling.symbol)</span> <strong>\#(HTMLText.escape(connection.name))</strong>: \#(HTMLText.escape(TakeHome.describe(connection, in: copy.plan)))</li>"#
                )
            }
            html.append("</ul>")
        }
        html.append("</section>")
        return html
    }

    static func strengths(_ copy: TakeHome) -> [String] {
        var html = [#"<section id="strengths"><h2>Strengths</h2><div class="columns">"#]
        for (title, assets) in [
            ("What I'm good at and what I have", copy.personStrengths),
            ("What my worker can bring", copy.workerStrengths),
        ] {
            html.append("<div><h3>\(HTMLText.escape(title))</h3>")
            html.append(
                assets.isEmpty
                    ? #"<p class="none">None written yet.</p>"#
                    : "<ul>"
                        + assets.map { asset in
                            let area = LifeArea.words(for: asset.domain).map { ", \($0)" } ?? ""
                            let by = Author.mark(asset.by, after: ", ")
                            return
                                "<li>\(HTMLText.escape(asset.text)) <span class=\"kind\">(\(asset.kind.words)\(HTMLText.escape(area))\(by))</span></li>"
                        }.joined() + "</ul>")
            html.append("</div>")
        }
        html.append("<div><h3>Places and groups near here</h3>")
        html.append(
            copy.community.isEmpty
                ? #"<p class="none">None linked yet.</p>"#
                : "<ul>"
                    + copy.community.map { entry in
                        let details = [entry.what.nonEmpty, entry.where, entry.when, entry.cost, entry.contact]
                            .compactMap { $0?.nonEmpty }
                        return "<li><strong>\(HTMLText.escape(entry.name))</strong>"
                            + (details.isEmpty ? "" : ": " + HTMLText.escape(details.joined(separator: "; "))) + "</li>"
                    }.joined() + "</ul>")
        html += ["</div>", "</div></section>"]
        return html
    }
}
