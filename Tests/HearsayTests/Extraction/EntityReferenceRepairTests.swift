import Testing
@testable import Hearsay

@Suite struct EntityReferenceRepairTests {
    func repair(_ html: String) -> (String, Int) {
        let result = EntityDecoder.shared.repairReferences(Array(html.utf8))
        return (String(decoding: result.bytes, as: UTF8.self), result.malformed)
    }

    @Test func invalidNumbersBecomeReplacementCharacters() {
        #expect(repair("a &#x110000; b &#0; c &#xD800; d &#99999999999999999999; e") ==
                ("a &#xFFFD; b &#xFFFD; c &#xFFFD; d &#xFFFD; e", 4))
    }

    @Test func c1NumbersAreWindows1252() {
        #expect(repair("1990&#150;2000 &#x93;hi&#x94;") == ("1990&#x2013;2000 &#x201c;hi&#x201d;", 0))
    }

    @Test func referencesWithoutDigitsStayText() {
        #expect(repair("&#; &#x; &#") == ("&amp;#; &amp;#x; &amp;#", 3))
    }

    @Test func validAndUnknownReferencesAreLeftAlone() {
        let html = "&#8220;ok&#x201D; &amp; AT&T &bogus; &c"
        #expect(repair(html) == (html, 1))
    }

    @Test func theExtractedTextReadsAsHTML5Says() {
        let article = ArticleExtractor().extract(text: "<p>A &#x110000; B &#150; C &#0; D &bogus; E</p>", kind: .html)
        #expect(article.paragraphs.map(\.text) == ["A \u{FFFD} B – C \u{FFFD} D &bogus; E"])
        #expect(article.warnings.map(\.code) == [.malformedEntity])
        #expect(article.warnings.first?.message.contains("&#x110000;") == true)
    }

    @Test func threeDistinctExamplesAreKeptAndEveryReferenceCounted() {
        let result = EntityDecoder.shared.repairReferences(Array("&one; &one; &two; &#; &three; &four; &five;".utf8))
        #expect(result.malformed == 7)
        #expect(result.examples == ["&one;", "&two;", "&#;"])
    }
}
