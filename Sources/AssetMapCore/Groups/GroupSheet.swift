/// The take-home sheets of a group: one for each member (their own ideas and the group's places) and the group's
/// own (what it wrote together). Written as Markdown or HTML in the same style as a plan's copies. A member's sheet
/// never holds another member's ideas; the group's sheet holds no one's own ideas.
public struct GroupSheet: Equatable, Sendable {
    public struct Section: Equatable, Sendable {
        public var heading: String
        public var lines: [Line]
        /// Said when there is nothing under the heading.
        public var none: String
    }

    public struct Line: Equatable, Sendable {
        public var text: String
        /// Where, when, cost and contact, for a place in the community directory.
        public var details: String?
    }

    public var title: String
    public var made: CalendarDay
    public var intro: String
    public var sections: [Section]

    public static func member(
        _ member: GroupMember, of session: GroupSession, directory: CommunityDirectory,
        made: CalendarDay
    ) -> GroupSheet {
        let own = session.ideas.filter { $0.kind == .strength && $0.forMember == member.id }
        let places = session.places.filter { $0.forMember == nil || $0.forMember == member.id }
        return GroupSheet(
            title: "Ideas from the group: \(member.name)", made: made,
            intro: "What the group came up with on \(DayText.long(made)), to take home.",
            sections: [
                Section(
                    heading: "What the group said I'm good at and have", lines: own.map { Line(text: $0.text) },
                    none: "Nothing written for me this time."),
                Section(
                    heading: GroupPrompts.placesQuestion, lines: places.map { line(for: $0, directory: directory) },
                    none: "No places named this time."),
            ])
    }

    public static func group(_ session: GroupSession, directory: CommunityDirectory, made: CalendarDay) -> GroupSheet {
        let sections = session.prompts.map { prompt in
            let ideas = session.ideas(under: prompt.id).filter { $0.forMember == nil }
            return Section(
                heading: prompt.text, lines: ideas.map { line(for: $0, directory: directory) },
                none: "Nothing written for the group.")
        }
        return GroupSheet(
            title: "What our group made together", made: made,
            intro: "Our ideas from \(DayText.long(made)). Each person's own ideas are on their own sheet.",
            sections: sections)
    }

    static func line(for idea: GroupIdea, directory: CommunityDirectory) -> Line {
        guard let entry = idea.directoryID.flatMap(directory.entry) else { return Line(text: idea.text) }
        let details = [entry.what.nonEmpty, entry.where, entry.when, entry.cost, entry.contact].compactMap {
            $0?.nonEmpty
        }
        return Line(text: entry.name, details: details.isEmpty ? nil : details.joined(separator: "; "))
    }

    public func markdown() -> String {
        var out = ["# \(MarkdownText.inline(title))", "", MarkdownText.lineStart(intro)]
        for section in sections {
            out += ["", "## \(MarkdownText.inline(section.heading))", ""]
            if section.lines.isEmpty { out.append("_\(section.none)_") }
            out += section.lines.map { line in
                "- " + MarkdownText.lineStart(line.text) + (line.details.map { ": " + MarkdownText.inline($0) } ?? "")
            }
        }
        return (out + [""]).joined(separator: "\n")
    }

    public func html() -> String {
        var html = [
            "<!DOCTYPE html>", #"<html lang="en-GB">"#, "<head>", #"<meta charset="utf-8"/>"#,
            #"<meta name="viewport" content="width=device-width, initial-scale=1"/>"#,
            "<title>\(HTMLText.escape(title))</title>", "<style>\(HTMLStyle.sheet)</style>", "</head>", "<body>",
            "<main>",
            "<h1>\(HTMLText.escape(title))</h1>", #"<p class="made">\#(HTMLText.escape(intro))</p>"#,
        ]
        for section in sections {
            html.append("<section><h2>\(HTMLText.escape(section.heading))</h2>")
            if section.lines.isEmpty {
                html.append(#"<p class="none">\#(HTMLText.escape(section.none))</p>"#)
            } else {
                html.append(
                    "<ul>"
                        + section.lines.map { line in
                            "<li>"
                                + (line.details == nil
                                    ? HTMLText.escape(line.text)
                                    : "<strong>\(HTMLText.escape(line.text))</strong>: "
                                        + HTMLText.escape(line.details ?? "")) + "</li>"
                        }.joined() + "</ul>")
            }
            html.append("</section>")
        }
        return (html + ["</main>", "</body>", "</html>", ""]).joined(separator: "\n")
    }
}
