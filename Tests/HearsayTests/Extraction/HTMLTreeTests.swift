import Testing
@testable import Hearsay

/// `HTMLTree` reads libxml2's parse events as a walk of the tree libxml2 would build reads that
/// tree: where the tree builder drops or moves something, so does the walk. (The expected
/// values are those the tree-walking reader of session 15 gave on the same pages.)
@Suite struct HTMLTreeTests {
    static let story = "<p>The harbour council said on Monday that fees would rise next year.</p>"
    static let late = "<p>A late paragraph about the ferry timetable that follows the page end.</p>"

    static func texts(_ page: String) -> [String] { HTMLTree(html: page).blocks.map(\.text) }

    @Test func elementsAfterThePageEndJoinItOnlyWhenItIsTheDocumentsFirstChild() {
        let storyText = "The harbour council said on Monday that fees would rise next year."
        let lateText = "A late paragraph about the ferry timetable that follows the page end."
        #expect(Self.texts("<html><body>\(Self.story)</body></html>\(Self.late)") == [storyText, lateText])
        // A doctype or a comment before the page becomes the document's first child: libxml2
        // links later elements to it as siblings of the page, outside what is read.
        #expect(Self.texts("<!DOCTYPE html><html><body>\(Self.story)</body></html>\(Self.late)") == [storyText])
        #expect(Self.texts("<!-- lead --><html><body>\(Self.story)</body></html>\(Self.late)") == [storyText])
        #expect(Self.texts("<html><body>\(Self.story)</body></html>late text after the page") == [storyText, "late text after the page"])
    }

    @Test func titlesAndHeadlinesAreReadWholeWithoutScriptsAndStyles() {
        let tree = HTMLTree(html: "<html><head><title>Harbour <script>x()</script>fees <style>p{}</style>\n rise</title></head>"
            + "<body><h1>Fees <script>y()</script>rise <span hidden>again</span></h1>\(Self.story)<h1>Second</h1></body></html>")
        #expect(tree.title == "Harbour fees rise")
        // The headline is read whole, hidden text too; only the first counts.
        #expect(tree.h1 == "Fees rise again")
        #expect(tree.blocks.map(\.text).first == "Fees rise")
    }

    @Test func theFirstTitleWinsWhereverItIs() {
        #expect(HTMLTree(html: "<html><head><title>Head title</title></head><body><title>Body title</title>\(Self.story)</body></html>").title == "Head title")
        #expect(HTMLTree(html: "<html><body><title>Body title</title>\(Self.story)</body></html>").title == "Body title")
    }

    @Test func jsonLDIsReadInPageOrderWhateverTheCaseOfItsType() {
        let tree = HTMLTree(html: "<html><head><script type=\"application/json\">{\"a\":1}</script>"
            + "<script type=\"application/ld+json\">{\"b\":2}</script></head><body>\(Self.story)"
            + "<script TYPE=\"Application/LD+JSON\">{\"c\":3}</script><script type=\"ld+json ✓\">{\"d\":4}</script>"
            + "<script type=\"text/javascript\">var e = 5</script></body></html>")
        #expect(tree.jsonLD == ["{\"b\":2}", "{\"c\":3}", "{\"d\":4}"])
    }

    @Test func onlyTheHeadsOwnChildrenAreRead() {
        let tree = HTMLTree(html: "<html><head><noscript><meta name=\"author\" content=\"Hidden Author\"></noscript>"
            + "<meta name=\"author\" content=\"Ann Lee\"><meta property=\"OG:Title\" content=\"Fees\"><meta charset=\"utf-8\">"
            + "<link rel=\"Canonical\" href=\"https://example.org/fees\"></head><body>\(Self.story)</body></html>")
        #expect(tree.metaTags.map(\.key) == ["author", "og:title", "charset"])
        #expect(tree.metaTags.map(\.value) == ["Ann Lee", "Fees", "utf-8"])
        #expect(tree.canonicalURL == "https://example.org/fees")
    }

    @Test func anAttributeWithoutAValueReadsAsEmpty() {
        #expect(HTMLTree(html: "<html><head><link rel=\"canonical\" href></head><body>\(Self.story)</body></html>").canonicalURL == "")
        #expect(HTMLTree(html: "<html lang><body>\(Self.story)</body></html>").language == "")
    }

    @Test func theWalkStopsWhereLibxml2sTreeBuilderStops() {
        // libxml2 2.9.14 keeps an element 257 deep and stops the parse at one 258 deep
        // (checked against htmlReadMemory's tree).
        func page(_ divs: Int) -> [UInt8] {
            Array(("<html><body><p>Before the deep part.</p>" + String(repeating: "<div>", count: divs) + "<p>Deep.</p>").utf8)
        }
        #expect(HTMLTree(markup: page(254), prune: false).blocks.map(\.text) == ["Before the deep part.", "Deep."])
        #expect(HTMLTree(markup: page(255), prune: false).blocks.map(\.text) == ["Before the deep part."])
    }

    @Test func textSplitAcrossEventsReadsAsOneText() {
        // Character references and comments split text into several events.
        #expect(Self.texts("<p>Fees &amp; tolls<!-- x --> rise\u{2003}\u{2003}again</p>") == ["Fees & tolls rise again"])
    }
}
