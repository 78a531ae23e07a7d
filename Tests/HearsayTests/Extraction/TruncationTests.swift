import Testing
@testable import Hearsay

@Suite struct TruncationTests {
    @Test func cutsAtAParagraphBreakThenALineThenASpace() {
        #expect(Truncation.cutPoint(Array("one two\n\nthree four".utf8), limit: 14) == 9)
        #expect(Truncation.cutPoint(Array("one two\nthree four".utf8), limit: 14) == 8)
        #expect(Truncation.cutPoint(Array("one two three".utf8), limit: 10) == 8)
        #expect(Truncation.cutPoint(Array("short".utf8), limit: 10) == 5)
    }

    @Test func neverCutsInsideACharacter() {
        let bytes = Array(String(repeating: "é", count: 10).utf8)
        #expect(Truncation.cutPoint(bytes, limit: 5) == 4)
    }

    @Test func longPlainTextIsCutWithAWarning() {
        let extractor = ArticleExtractor(options: .init(maxTextBytes: 100))
        let text = String(repeating: "word ", count: 100)
        let article = extractor.extract(text: text, kind: .plainText)
        #expect(article.verbatimText?.utf8.count ?? 0 <= 100)
        #expect(text.hasPrefix(article.verbatimText ?? "-"))
        #expect(article.warnings.map(\.code) == [.truncated])
    }

    @Test func longPagesKeepTheParagraphsThatFit() {
        let extractor = ArticleExtractor(options: .init(maxTextBytes: 60))
        let html = (1...5).map { "<p>Paragraph number \($0) of the article.</p>" }.joined()
        let article = extractor.extract(text: html, kind: .html)
        #expect(article.paragraphs.first?.text == "Paragraph number 1 of the article.")
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.map(\.text.utf8.count).reduce(0, +) + 2 <= 60)
        #expect(article.warnings.map(\.code) == [.truncated])
    }

    @Test func bytesAreCutAsTheirText() {
        let texts = ["one two\n\nthree four", "one two\nthree four", "one two three", "short", String(repeating: "é", count: 10), "日本語のテキスト"]
        for text in texts {
            for limit in 0...text.utf8.count + 1 {
                let (kept, warning) = Truncation.prefix(of: Array(text.utf8), limit: limit, what: "page")
                let (keptText, textWarning) = Truncation.prefix(of: text, limit: limit, what: "page")
                #expect(kept == Array(keptText.utf8), "\(text) at \(limit)")
                #expect(warning == textWarning)
            }
        }
    }
}
