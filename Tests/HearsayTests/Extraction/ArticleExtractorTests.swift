import Foundation
import Testing
@testable import Hearsay

@Suite struct ArticleExtractorTests {
    let extractor = ArticleExtractor()

    @Test func seedComesOutClean() throws {
        let article = try extractor.extract(bytes: TestSupport.seedBytes())
        #expect(article.title == "US not ready to collaborate militarily with Russia, says Trump’s defence secretary")
        let text = article.paragraphs.map(\.text).joined(separator: "\n\n")
        for junk in ["Advertisements", "Discover more", "Subscribe to get", "Advertisement", "Exit mobile version", "window.",
                     "getAdSnippetCallback", "&", "<", ">", "wpcnt"] {
            #expect(!text.contains(junk), "body contains \(junk)")
        }
        #expect(text.hasPrefix("The US is not ready to collaborate militarily with Russia, defence secretary Jim Mattis said"))
        #expect(text.hasSuffix("in Bonn, Germany."))
        #expect(text.contains("Russia’s alleged election meddling"))
        #expect(article.paragraphs.count == 12)
        // <br> inside a paragraph is kept as a line break.
        #expect(article.paragraphs.contains { $0.text.contains("collapsed.\nAlso on Thursday") })
        #expect(article.warnings.isEmpty)
    }

    @Test func gzippedSeedIsTheSame() throws {
        let gz = [UInt8](try Data(contentsOf: TestSupport.fixture("seed-article.html.gz")))
        #expect(try extractor.extract(bytes: gz) == extractor.extract(bytes: TestSupport.seedBytes()))
    }

    @Test func fullPageKeepsBodyAndDropsFurniture() {
        let html = """
        <html lang="en"><head><title>Storm hits coast | Daily Bugle</title>
        <meta property="og:site_name" content="Daily Bugle"><meta name="author" content="Ann Lee">
        <meta property="article:published_time" content="2024-03-05T10:00:00Z">
        <link rel="canonical" href="https://example.com/storm"></head>
        <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
        <div class="share-bar"><a href="#">Share on Facebook</a></div>
        <article class="article-body"><h1>Storm hits coast</h1>
        <p>“We have never seen water like this,” said the mayor, Jane Cole, on Tuesday morning, as crews worked.</p>
        <p>The storm, which formed last week, flooded hundreds of homes along the coast and cut power to thousands.</p>
        <blockquote><p>Stay indoors and away from the water until further notice.</p></blockquote>
        <figure><img src="x.jpg"><figcaption>Flooded street. Photo: AP</figcaption></figure>
        <p>Officials said repairs could take weeks, and warned residents to boil water before drinking it.</p></article>
        <aside class="related"><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></aside>
        <footer>© 2024 Daily Bugle. All rights reserved.</footer><script>var x = 1;</script></body></html>
        """
        let article = extractor.extract(text: html)
        let texts = article.paragraphs.map(\.text)
        #expect(article.title == "Storm hits coast")
        #expect(texts.first?.hasPrefix("“We have never seen water like this,”") == true, "a paragraph starting with a quote mark is kept")
        #expect(texts.contains { $0.contains("repairs could take weeks") })
        #expect(article.paragraphs.contains { $0.kind == .blockquote && $0.text.hasPrefix("Stay indoors") })
        for junk in ["Home", "Share on Facebook", "Flooded street", "Other story", "All rights reserved", "var x"] {
            #expect(!texts.joined().contains(junk), "kept \(junk)")
        }
        #expect(article.metadata.siteName == "Daily Bugle")
        #expect(article.metadata.authors == ["Ann Lee"])
        #expect(article.metadata.date == "2024-03-05T10:00:00Z")
        #expect(article.metadata.url == "https://example.com/storm")
        #expect(article.metadata.language == "en")
    }

    @Test func fragmentWithoutBody() {
        let article = extractor.extract(text: "<p>First paragraph of a fragment, with enough words to count.</p><p>Second one here.</p>")
        #expect(article.paragraphs.map(\.text) == ["First paragraph of a fragment, with enough words to count.", "Second one here."])
    }

    @Test func jsonLDMetadata() {
        let html = """
        <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Rates held","author":[{"@type":"Person","name":"Sam Roe"}],"datePublished":"2023-11-02",
        "publisher":{"@type":"Organization","name":"The Ledger"}}</script></head>
        <body><p>The central bank held rates steady on Thursday, citing slowing inflation and a weaker labour market.</p></body></html>
        """
        let article = extractor.extract(text: html)
        #expect(article.title == "Rates held")
        #expect(article.metadata.authors == ["Sam Roe"])
        #expect(article.metadata.date == "2023-11-02")
        #expect(article.metadata.siteName == "The Ledger")
    }

    @Test func emptyAndBinaryInputsWarn() throws {
        #expect(try extractor.extract(bytes: []).warnings.map(\.code) == [.emptyInput])
        #expect(try extractor.extract(bytes: [0, 1, 2, 3, 0, 0, 9, 0, 255, 0]).warnings.map(\.code) == [.binaryInput])
    }

    @Test func plainTextIsVerbatim() throws {
        let text = "Line one.\n\nLine two with “a quote,” she said.\n"
        let article = try extractor.extract(bytes: Array(text.utf8))
        #expect(article.verbatimText == text)
    }

    @Test func blankTextOfAnyWhiteSpaceIsEmptyInput() {
        #expect(ArticleExtractor.isBlank(""))
        #expect(ArticleExtractor.isBlank(" \t\n\u{A0}\u{2003}\u{3000}"))
        #expect(!ArticleExtractor.isBlank("\u{A0}\u{201C}"))
        #expect(!ArticleExtractor.isBlank("   x"))
        #expect(!ArticleExtractor.isBlank("\u{200B}"), "a zero-width space is not White_Space")
        let blank = extractor.extract(text: "\u{2003}\n", kind: .plainText)
        #expect(blank.warnings.contains { $0.code == .emptyInput })
        let spoken = extractor.extract(text: "\u{201C}Fine,\u{201D} he said.", kind: .plainText)
        #expect(!spoken.warnings.contains { $0.code == .emptyInput })
    }

    /// Pages whose bytes `extract(bytes:)` reads as they are, or must not.
    static let pagesToReadAsBytes: [String] = [
        "<html><body><p>A paragraph with “quotes” and enough words to keep it.</p></body></html>",
        "\n\r\n \t<p>White space before the markup, and a paragraph long enough.</p>",
        "Storm hits coast\n<html><body><p>The storm flooded hundreds of homes along the coast.</p></body></html>",
        "\u{00A0}<p>A no-break space before the markup, then a paragraph of some length.</p>",
        "<\u{0338}p>A mark joined to the first angle bracket.</p><p>Then a paragraph of some length.</p>",
        "<p>Before\u{0}\u{0} after, with text enough to be a paragraph.</p><p>More.</p>",
        "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u{E9} au lait, declared as Windows-1252.</p></body></html>",
        "&lt;p&gt;Encoded markup, one paragraph of it.&lt;/p&gt;&lt;p&gt;And a second one.&lt;/p&gt;",
        "Just plain text, \u{0} with a NUL byte.\n\nAnd a second paragraph.",
        "<" + String(repeating: "<div>", count: 300) + "<p>Deep text in a deep page.</p>",
    ]

    @Test(arguments: pagesToReadAsBytes)
    func validUTF8BytesReadAsTheirText(_ page: String) throws {
        let bytes = Array(page.utf8)
        #expect(try extractor.extract(bytes: bytes) == extractor.extract(text: page))
        #expect(extractor.extract(utf8: bytes) == extractor.extract(text: page))
        let small = ArticleExtractor(options: .init(maxMarkupBytes: 40, maxTextBytes: 30))
        #expect(try small.extract(bytes: bytes) == small.extract(text: page), "pages and text cut short")
    }

    @Test func warningsOfPagesReadAsBytes() throws {
        let nul = try extractor.extract(bytes: Array(Self.pagesToReadAsBytes[5].utf8))
        #expect(nul.warnings.first?.message == "2 NUL byte(s) in the input, read as spaces")
        #expect(nul.paragraphs.first?.text.hasSuffix("after, with text enough to be a paragraph.") == true,
                "the NULs are read as spaces, not as the end of the page")
        let cut = try ArticleExtractor(options: .init(maxMarkupBytes: 40)).extract(bytes: Array(Self.pagesToReadAsBytes[0].utf8))
        #expect(cut.warnings.first?.code == .truncated)
        let deep = try extractor.extract(bytes: Array(("<p>" + String(repeating: "<div>", count: 300) + "<p>Deep text.</p>").utf8))
        #expect(deep.warnings.map(\.code).contains(.deepNesting))
    }

    @Test func aByteOrderMarkOrInvalidUTF8IsDecodedFirst() throws {
        let page = "<p>Café au lait, and a paragraph long enough to keep.</p>"
        #expect(try extractor.extract(bytes: [0xEF, 0xBB, 0xBF] + Array(page.utf8)) == extractor.extract(text: page))
        let latin1 = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8) + [0xE9]
            + Array(" au lait, and a paragraph long enough to keep.</p></body></html>".utf8)
        let article = try extractor.extract(bytes: latin1)
        #expect(article.paragraphs.map(\.text) == ["Café au lait, and a paragraph long enough to keep."])
        #expect(article.warnings.map(\.code) == [.charset])
    }

    @Test func startsWithTagOnlyWhenTheTextSurelyDoes() {
        #expect(ArticleExtractor.startsWithTag(Array("<p>".utf8)))
        #expect(ArticleExtractor.startsWithTag(Array(" \r\n\t<".utf8)))
        #expect(!ArticleExtractor.startsWithTag(Array("Headline\n<p>".utf8)))
        #expect(!ArticleExtractor.startsWithTag(Array("\u{00A0}<p>".utf8)), "not ASCII white space: read as text")
        #expect(!ArticleExtractor.startsWithTag(Array("<\u{0338}p>".utf8)), "a mark may join the <")
        #expect(!ArticleExtractor.startsWithTag(Array("  ".utf8)))
    }
}
