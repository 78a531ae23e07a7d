import Foundation
import Testing
@testable import Hearsay

/// `Report.json(for:)` writes the same bytes as building the report and writing it.
@Suite struct ReportAnalysisJSONTests {
    /// Made-up texts: quotes with and without speakers, people, places and organisations,
    /// characters of every UTF-8 width, escapes, and an indirect quote.
    static let texts = [
        "“We will not back down,” said Maria Kowalski, the mayor of Springfield. “Never.”",
        "Café owner Zoë Ñúñez said: “Ça va très bien — merci.” 😀 Then she left for Paris.",
        "Tab\there, a quote \" and a backslash \\ and a \u{01} bell.\n\nThe Acme Corporation said it would appeal.",
        "Dr Ann Lee told reporters that the bridge in Lisbon was safe. Lee added: “It is fine.”",
        "",
    ]

    @Test(arguments: [false, true])
    func matchesTheReportBuiltFromTheAnalysis(pretty: Bool) throws {
        var analyses = try Self.texts.map { try TestSupport.analyze($0) }
        analyses.append(try Pipeline.standard().analyze(bytes: TestSupport.seedBytes(), id: "seed"))
        analyses.append(try Pipeline.standard(configuration: Configuration(includeIndirect: true)).analyze(text: Self.texts[3], id: "indirect"))
        for analysis in analyses {
            let direct = Report.json(for: analysis, pretty: pretty)
            #expect(direct == Report(analysis).json(pretty: pretty), "\(analysis.id)")
        }
    }

    /// A span that starts or ends inside a character is repaired as `Document.string` does.
    @Test func repairsSpansInsideACharacter() throws {
        var analysis = try TestSupport.analyze("“Ça va,” said Zoë Ñúñez in Paris.")
        let bytes = analysis.document.bytes
        let inside = try #require(bytes.firstIndex { $0 & 0xC0 == 0x80 })
        analysis.otherQuoted = [OtherQuoted(span: Span(inside, inside + 5), reason: "test"),
                                OtherQuoted(span: Span(0, inside), reason: "test"),
                                OtherQuoted(span: Span(bytes.count - 3, bytes.count + 10), reason: "test")]
        #expect(Report.json(for: analysis) == Report(analysis).json())
    }
}
