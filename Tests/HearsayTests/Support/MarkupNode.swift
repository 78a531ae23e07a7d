import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small DOM read with Foundation's strict XML parser: the HTML report is well-formed XML, so
/// structure tests can walk its elements.
final class MarkupNode {
    /// A piece of an element's content.
    enum Content { case text(String), element(MarkupNode) }

    let name: String
    let attributes: [String: String]
    var content: [Content] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Child elements.
    var children: [MarkupNode] { content.compactMap { if case let .element(e) = $0 { return e } else { return nil } } }

    /// This element and every element below it, in document order.
    var descendants: [MarkupNode] { [self] + children.flatMap(\.descendants) }

    /// All text below this element, concatenated.
    var text: String {
        content.map { part in
            switch part {
            case let .text(t): return t
            case let .element(e): return e.text
            }
        }.joined()
    }

    /// The elements below (or at) this one named `name`.
    func all(_ name: String) -> [MarkupNode] { descendants.filter { $0.name == name } }

    /// The elements below (or at) this one whose class list includes `cls`.
    func withClass(_ cls: String) -> [MarkupNode] {
        descendants.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(cls)) }
    }

    /// Parses `markup` strictly; throws when it is not well-formed.
    static func parse(_ markup: String) throws -> MarkupNode {
        let builder = Builder()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw parser.parserError ?? CocoaError(.fileReadCorruptFile)
        }
        return root
    }

    /// Builds the tree from parser events.
    final class Builder: NSObject, XMLParserDelegate {
        var stack: [MarkupNode] = []
        var root: MarkupNode?

        /// Opens an element under the current one.
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let node = MarkupNode(name: name, attributes: attributes)
            if let parent = stack.last { parent.content.append(.element(node)) } else { root = node }
            stack.append(node)
        }

        /// Closes the current element.
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        /// Adds text to the current element.
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.content.append(.text(string))
        }
    }
}
