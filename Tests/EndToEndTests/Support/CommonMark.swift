import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Markdown rendered by cmark, the CommonMark reference implementation, read back as its tree of blocks and inlines.
final class CommonMarkNode {
    let name: String
    let attributes: [String: String]
    var children: [CommonMarkNode] = []
    var ownText = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The text as a reader sees it: line breaks (hard or soft) as one space.
    var text: String {
        switch name {
        case "linebreak", "softbreak": return " "
        default: return ownText + children.map(\.text).joined()
        }
    }

    func all(_ name: String) -> [CommonMarkNode] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    /// Every element name used anywhere below.
    var kinds: Set<String> { Set([name]).union(children.flatMap(\.kinds)) }

    /// The items of the first list after the heading or paragraph whose text is `label`, each as its own
    /// first paragraph's text.
    func items(after label: String) -> [String] {
        guard let index = children.firstIndex(where: { $0.text == label }),
            let list = children[(index + 1)...].first(where: { $0.name == "list" })
        else { return [] }
        return list.children.map { $0.children.first?.text ?? "" }
    }

    static func render(_ markdown: String) throws -> CommonMarkNode {
        let result = try ChildProcess.run(["cmark", "--to", "xml"], input: markdown)
        try #require(result.status == 0, "cmark: \(result.errors)")
        let reader = Reader()
        let parser = XMLParser(data: Data(result.output.utf8))
        parser.delegate = reader
        try #require(parser.parse(), "cmark's XML could not be read")
        return try #require(reader.root)
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var root: CommonMarkNode?
        var open: [CommonMarkNode] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let node = CommonMarkNode(name: elementName, attributes: attributes)
            open.last?.children.append(node)
            if root == nil { root = node }
            open.append(node)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let node = open.last, node.name == "text" || node.name == "code" || node.name.hasPrefix("html") else {
                return
            }
            node.ownText += string
        }
    }
}
