import Foundation
import Testing
import Hearsay

/// The library example in README.md is this code: the test checks README shows it verbatim, then runs it.
@Suite struct ReadmeExampleTests {
    // BEGIN README EXAMPLE
    func readmeExample(print: (Any...) -> Void) throws {
        let pipeline = Pipeline.standard()
        let analysis = try pipeline.analyze(text: "“We will not back down,” said Jane Hill, the union leader.")
        for quote in analysis.quotes {
            print(analysis.text(of: quote), "->", quote.attribution?.speaker ?? "unknown")
        }
        print(analysis.people.map(\.name))
        let report = Report(analysis)
        print(String(decoding: report.json(pretty: true), as: UTF8.self))
        print(MarkdownRenderer.render(analysis))
    }
    // END README EXAMPLE

    @Test func readmeShowsThisExample() throws {
        let readme = try String(contentsOf: TestSupport.root.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = try #require(readme.range(of: "<!-- library-example"))
        let afterMarker = readme[marker.upperBound...]
        let start = try #require(afterMarker.range(of: "```swift\n"))
        let end = try #require(afterMarker[start.upperBound...].range(of: "```"))
        let shown = afterMarker[start.upperBound..<end.lowerBound].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0 != "import Hearsay" }
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let body = source.components(separatedBy: "// BEGIN README EXAMPLE")[1].components(separatedBy: "// END README EXAMPLE")[0]
        let code = body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("func readmeExample") }.dropLast() // the closing brace
        #expect(shown == Array(code))
    }

    @Test func readmeExampleRuns() throws {
        var lines: [String] = []
        try readmeExample { (items: Any...) in lines.append(items.map { "\($0)" }.joined(separator: " ")) }
        #expect(lines[0] == "We will not back down, -> Jane Hill")
        #expect(lines[1] == "[\"Jane Hill\"]")
        #expect(lines[2].contains("\"schema_version\": 1"))
        #expect(lines[3].contains("## Quotes by speaker\n\n### Jane Hill\n\n*union leader* · 1 quote\n\n1. “We will not back down,”"))
    }
}
