import Foundation
import Testing
@testable import Hearsay

/// Bad input gives a report with a warning or a typed error, never a crash.
@Suite struct BadInputTests {
    let pipeline = Pipeline.standard()

    @Test func emptyFile() throws {
        let analysis = try pipeline.analyze(bytes: [], id: "empty")
        #expect(analysis.warnings.map(\.code) == [.emptyInput])
        #expect(analysis.quotes.isEmpty)
    }

    @Test func binaryFile() throws {
        var junk: [UInt8] = []
        var x: UInt32 = 12345
        for _ in 0..<4096 { x = x &* 1103515245 &+ 12345; junk.append(UInt8(truncatingIfNeeded: x >> 16)) }
        let analysis = try pipeline.analyze(bytes: junk, id: "junk")
        #expect(analysis.warnings.contains { $0.code == .binaryInput })
    }

    @Test func invalidUTF8() throws {
        let bytes = Array("“Good,” said Ann Lee. ".utf8) + [0xC3, 0x28, 0xFF] + Array(" More text.".utf8)
        let analysis = try pipeline.analyze(bytes: bytes, id: "bad-utf8")
        #expect(analysis.warnings.contains { $0.code == .invalidUTF8 })
        #expect(analysis.quotes.first?.attribution?.speaker == "Ann Lee")
    }

    @Test func loneOpeningQuoteMark() throws {
        let analysis = try pipeline.analyze(text: "The minister said “we will see about that and then left the room.")
        #expect(analysis.warnings.contains { $0.code == .unclosedQuote })
    }

    @Test func thousandsOfUnmatchedMarks() throws {
        let text = String(repeating: "“ word ", count: 5000) + "\n\n“Real quote here,” said Ann Lee."
        let analysis = try pipeline.analyze(text: text)
        #expect(analysis.quotes.contains { analysis.text(of: $0) == "Real quote here," })
        #expect(analysis.warnings.count <= 12, "warnings are summarised, not one per mark")
    }

    @Test func deeplyNestedHTML() throws {
        let html = String(repeating: "<div>", count: 20000) + "<p>Deep text, said nobody in particular at all.</p>" + String(repeating: "</div>", count: 20000)
        let analysis = try pipeline.analyze(html: html)
        #expect(analysis.id == "html")
    }

    @Test func nulBytesInHTML() throws {
        let bytes = Array("<p>Before".utf8) + [0, 0] + Array(" after, with text enough to be a paragraph.</p><p>More.</p>".utf8)
        _ = try pipeline.analyze(bytes: bytes, id: "nul")
    }

    @Test func truncatedGzipIsATypedError() throws {
        let gz = [UInt8](try Data(contentsOf: TestSupport.fixture("seed-article.html.gz")))
        #expect(throws: HearsayError.self) { try pipeline.analyze(bytes: Array(gz.prefix(100)), id: "cut.gz") }
    }
}
