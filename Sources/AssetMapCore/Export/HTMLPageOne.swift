/// Page one of the HTML copy is the person's: their name and the date, their good-life words, the map large,
/// the next step of each goal they are working on, and who to contact. It prints on one A4 page.
enum HTMLPageOne {
    static func render(_ copy: TakeHome) -> [String] {
        let picture = SVGRings.render(copy.plan)
        var html = [
            #"<section id="page-one" class="page-one">"#,
            "<h1>\(HTMLText.escape(copy.name))</h1>",
            #"<p class="made">An asset map, made on \#(DayText.long(copy.made)) with assetmap.</p>"#,
            #"<section id="good-life"><h2>What a good life looks like for me</h2>"#,
            copy.plan.goodLife.trimmed.isEmpty
                ? #"<p class="none">Not written yet.</p>"#
                : "<blockquote>\(HTMLText.paragraphs(copy.plan.goodLife))</blockquote>",
            "</section>",
            #"<section id="map"><h2>My map</h2><figure class="map">"#, picture.svg, picture.key ?? "",
            "<figcaption>Ring 1 is closest to me. \(HTMLExporter.feelingKey)</figcaption>",
            "</figure></section>",
            #"<div class="side-by-side">"#,
        ]
        html += nextSteps(copy) + contacts(copy)
        html += ["</div>", "</section>"]
        return html
    }

    static func nextSteps(_ copy: TakeHome) -> [String] {
        var html = [#"<section id="next-steps"><h2>My next steps</h2>"#]
        guard !copy.nextSteps.isEmpty else {
            return html + [#"<p class="none">No goals being worked on yet.</p>"#, "</section>"]
        }
        html.append(#"<ul class="plain">"#)
        for next in copy.nextSteps {
            var item = "<li><strong>\(HTMLText.escape(next.goal.title))</strong><br/>\(HTMLText.escape(next.stepWords))"
            if let help = next.helpWords(today: copy.made) {
                item += #"<br/><span class="meta">\#(HTMLText.escape(help))</span>"#
            }
            html.append(item + "</li>")
        }
        return html + ["</ul>", "</section>"]
    }

    static func contacts(_ copy: TakeHome) -> [String] {
        var html = [#"<section id="contacts"><h2>Who to contact</h2>"#]
        guard !copy.contacts.isEmpty else {
            return html + [#"<p class="none">No contacts written yet.</p>"#, "</section>"]
        }
        html.append(#"<ul class="plain">"#)
        for contact in copy.contacts {
            let role = contact.role.map { ", \($0)" } ?? ""
            let how = contact.how.map { ": " + HTMLText.escape($0) } ?? ""
            html.append("<li><strong>\(HTMLText.escape(contact.name))</strong>\(HTMLText.escape(role))\(how)</li>")
        }
        return html + ["</ul>", "</section>"]
    }
}
