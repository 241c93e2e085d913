import TestSupport
import Testing

@testable import AssetMapCore

@Suite struct MarkdownExportTests {
    @Test(arguments: [
        ("+ plus at start", #"\+ plus at start"#), ("- dash", #"\- dash"#), ("1. then stop", #"1\. then stop"#),
        ("12) twelve", #"12\) twelve"#), ("===", #"\==="#), ("   indented", "indented"), ("#tag", ##"\#tag"##),
        ("**bold** _it_ `code`", #"\*\*bold\*\* \_it\_ \`code\`"#),
        ("[link](x) ![img](y)", #"\[link\](x) !\[img\](y)"#),
        ("a & b &amp; <b>", #"a \& b \&amp; \<b\>"#), ("~~strike~~ | pipe", #"\~\~strike\~\~ \| pipe"#),
        ("2026 was good", "2026 was good"), ("1.5 hours", "1.5 hours"), ("bell\u{7} and\rreturn", "bell? and return"),
    ])
    func typedTextThatStartsALineIsWrittenSoItStaysText(typed: String, written: String) {
        #expect(MarkdownText.lineStart(typed) == written)
    }

    @Test func inTheMiddleOfALineOnlyInlineMarkupIsEscaped() {
        #expect(MarkdownText.inline("- 1. + fine") == "- 1. + fine")
        #expect(MarkdownText.inline("two\nlines") == "two lines")
    }

    @Test func boldTextHasNoSpaceInsideItsStars() {
        #expect(MarkdownText.strong("\tMaya ") == "**Maya**")
        #expect(MarkdownText.strong("**x**") == #"**\*\*x\*\***"#)
        #expect(MarkdownText.strong(" ") == "")
    }

    @Test func theGoodLifeKeepsItsLinesAndParagraphs() {
        #expect(
            MarkdownText.quote("Walks by the sea\n+ my sister\n\n1. a plot")
                == "> Walks by the sea\\\n> \\+ my sister\n>\n> 1\\. a plot")
        #expect(MarkdownText.quote("ends with \\") == "> ends with \\\\")
    }

    @Test func theLadderAndThePeopleAreNeverNumberedOrMarkedByTheRenderer() throws {
        let markdown = try Exporter.render(
            ExportTests.demo, as: .md, directory: CommunityDirectory(), made: ExportTests.made)
        let lines = markdown.split(separator: "\n").map(String.init)
        #expect(lines.contains("- Rung 4: ○ Ask about helping every month (to do · me · by 25 December)"))
        #expect(
            lines.contains("- Rung 3: ◐ Bring a lamp to mend (under way · me · by 2 December) ◀ on this rung now"),
            "the rung the person is on")
        #expect(
            lines.contains(
                "- **Sister, Maya** (+ supportive): person; gives me: Rings every Sunday; I give: I fix her bike"))
        #expect(
            lines.contains("- **Lee from the old flat** (− can be hard): person; I give: Lends money I can't spare"))
        for line in lines {
            #expect(line.firstMatch(of: /^ *\d+[.)]\s/) == nil, "an ordered list item: \(line)")
            #expect(line.firstMatch(of: /^ *(- )?[+*]\s/) == nil, "a list started by + or *: \(line)")
        }
    }

    @Test func theChartIsWrittenAsAListOfTotals() throws {
        let markdown = try Exporter.render(
            ExportTests.demo, as: .md, directory: CommunityDirectory(), made: ExportTests.made)
        #expect(
            markdown.contains(
                "The total at each check, on a scale of 0 to 48:\n\n- 29 May 2026: 18 out of 48\n- 27 August 2026: 25 out of 48\n"
            ))
    }
}
