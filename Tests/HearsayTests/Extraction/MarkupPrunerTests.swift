import Testing
@testable import Hearsay

@Suite struct MarkupPrunerTests {
    func strip(_ html: String) -> String {
        String(decoding: MarkupPruner.prune(Array(html.utf8)), as: UTF8.self)
    }

    /// What the extractor reads from a page, parsed with or without the stripping.
    func reading(_ html: String, strip: Bool) -> String {
        let tree = HTMLTree(markup: Array(html.utf8), prune: strip)
        let elements = tree.elements.map { "\($0.tag)/\($0.parent)/\($0.hint)/\($0.furniture)/\($0.body)" }
        let blocks = tree.blocks.map { "\($0.tag)#\($0.element)[\($0.linkChars)]: \($0.text)" }
        return (blocks + ["title: \(tree.title ?? "-")", "h1: \(tree.h1 ?? "-")", "ld: \(tree.jsonLD)",
                          "meta: \(tree.metaTags.map { "\($0.key)=\($0.value)" })", "lang: \(tree.language ?? "-")",
                          "canonical: \(tree.canonicalURL ?? "-")", "time: \(tree.timeValues)",
                          "elements: \(elements)"]).joined(separator: "\n")
    }

    @Test func scriptAndStyleTextIsCut() {
        #expect(strip("<p>One</p><script>var a = \"<b>\" + 1;</script><p>Two</p>") == "<p>One</p><script></script><p>Two</p>")
        #expect(strip("<style>p > a { color: red }</style><p>x</p>") == "<style></style><p>x</p>")
        #expect(strip("<SCRIPT type=\"text/javascript\">go()</SCRIPT ><p>x</p>") == "<SCRIPT type=\"text/javascript\"></SCRIPT ><p>x</p>")
        #expect(strip("<p>no scripts here</p>") == "<p>no scripts here</p>")
    }

    @Test func theTextRunsToTheFirstEndTagOfItsOwnName() {
        // A split end tag in a string, markup, a comment opener: all script text.
        #expect(strip("<script>w(\"<scr\" + \"ipt></scr\" + \"ipt>\"); x = '</div>'; <!-- y --></script><p>z</p>")
            == "<script></script><p>z</p>")
        #expect(strip("<script>a = 1;</ScRiPt><p>z</p>") == "<script></ScRiPt><p>z</p>")
        #expect(strip("<style>a{}</style\n><p>z</p>") == "<style></style\n><p>z</p>")
    }

    @Test func startTagsAreReadWithTheirQuotedValues() {
        #expect(strip("<script type=\"module\" data-x=\"a>b\" src='c>d'>code()</script>") == "<script type=\"module\" ></script>")
        // `<script/>` has no text: what follows is markup.
        #expect(strip("<script type=x src=\"a.js\"/><p>kept</p>") == "<script type=x /><p>kept</p>")
    }

    @Test func scriptTagsInsideAttributesCommentsAndDeclarationsStartNothing() {
        #expect(strip("<a title=\"<script>\">link</a><p>kept</p>") == "<a >link</a><p>kept</p>")
        #expect(strip("<img alt='x>' src=\"<style>\"><p>kept</p>") == "<img ><p>kept</p>")
        #expect(strip("<!-- <script> --><p>kept</p>") == "<!----><p>kept</p>")
        #expect(strip("<!-- a --!><p>kept</p>") == "<!----!><p>kept</p>")
        let pages = [
            "<!DOCTYPE html PUBLIC \"-//Test//DTD <script>//EN\" \"a.dtd\"><p>kept</p>",
            "<?php echo '<script>'; ?><p>kept</p>",
        ]
        for page in pages { #expect(strip(page) == page) }
        // After them, scripts are cut again.
        #expect(strip("<!-- <script> --><script>x()</script>") == "<!----><script></script>")
        #expect(strip("<!DOCTYPE html><?xml version=\"1.0\"?><script>x()</script>") == "<!DOCTYPE html><?xml version=\"1.0\"?><script></script>")
    }

    @Test func attributesTheExtractorNeverReadsAreCut() {
        #expect(strip("<p class=\"story\" data-track=\"x\" onclick=\"go()\">Text</p>") == "<p class=\"story\" >Text</p>")
        #expect(strip("<a href=\"https://news.test/\" title=t>link</a>") == "<a >link</a>")
        #expect(strip("<img src=a.png width=10 alt=x>") == "<img >")
        #expect(strip("<DIV CLASS=\"Story\" SRC=\"b\" ID=c>") == "<DIV CLASS=\"Story\" ID=c>")
        // What hides an element stays, and what is read of some elements.
        let kept = ["<div hidden style=\"display:none\" aria-hidden=\"true\" role=\"complementary\" itemprop=\"articleBody\">",
                    "<meta property=\"og:title\" content=\"A made-up headline\" data-x=\"y\">",
                    "<html lang=\"en\">", "<time datetime=\"2031-02-03\">", "<script type=\"text/javascript\"></script>"]
        for tag in kept { #expect(strip(tag) == tag) }
        #expect(strip("<link rel=\"canonical\" href=\"https://news.test/a\" media=\"all\">") == "<link rel=\"canonical\" href=\"https://news.test/a\" >")
        // A name that is not one, and a value running to the end of the page.
        #expect(strip("<p \"odd\" data-a=1>x</p>") == "<p \"odd\" >x</p>")
        #expect(strip("<p data-a=\"never closed>x</p>") == "<p data-a=\"never closed>x</p>")
    }

    @Test func aDoctypeInsideTheContentTurnsANextEndTagIntoText() {
        // libxml2 reads `</x` right after a misplaced doctype as text, so the script starts.
        #expect(strip("<p>a</p><!DOCTYPE html></x<script>b()</script>") == "<p>a</p><!DOCTYPE html></x<script></script>")
        #expect(strip("<p>a</p><!DOCTYPE html></x><script>b()</script>") == "<p>a</p><!DOCTYPE html></x><script></script>")
    }

    @Test func hintTokensThatSayNothingAreCut() {
        #expect(strip("<div class=\"container story-body col-md-8\" id=\"main-42\">x</div>") == "<div class=\"story-body \" id=\"main-42\">x</div>")
        #expect(strip("<div class=\"row  grid\">x</div>") == "<div class=\"\">x</div>")
        #expect(strip("<aside class=\"Related-Links wide\">x</aside>") == "<aside class=\"Related-Links \">x</aside>")
        // Values read by characters, or whose whole value is compared, stay whole.
        for tag in ["<div class=\"x articleBody\">", "<div class=\"caf\u{E9} x\">", "<div class=\"a&amp;b x\">", "<meta itemprop=\"x y\">"] {
            #expect(strip(tag) == tag)
        }
    }

    @Test func runsOfBlanksInTextKeepTheirFirstByte() {
        #expect(strip("<p>a  \n\t b</p>\n\n  <b>c d</b>") == "<p>a b</p>\n<b>c d</b>")
        // Titles and headlines are read with the runs cut the same way, pruned or not.
        let tree = HTMLTree(markup: Array("<title>Town\n   news</title><h1>Harbour <b>fees</b>\n\n rise</h1>".utf8), prune: false)
        #expect(tree.title == "Town\nnews")
        #expect(tree.h1 == "Harbour fees\nrise")
    }

    @Test func textTheExtractorReadsIsKept() {
        let jsonLD = "<script type=\"application/ld+json\">{\"headline\": \"A made-up story\"}</script>"
        #expect(strip(jsonLD) == jsonLD)
        // Only JSON-LD is read: the type in any ASCII case, or a character reference that may spell it.
        for kept in ["<SCRIPT TYPE=\"Application/LD+JSON\">{\"a\": 1}</SCRIPT>", "<script type=\"application/ld&#43;json\">{}</script>"] {
            #expect(strip(kept) == kept)
        }
        #expect(strip("<script type=\"application/json\" data-page=\"home\">{\"page\": 7}</script><p>x</p>")
            == "<script type=\"application/json\" ></script><p>x</p>")
        #expect(strip("<script type=\"ld json\">{}</script>") == "<script type=\"ld json\"></script>")
        // Headlines and titles are read without the scripts and styles inside them.
        let page = "<title>Town news<style>b{}</style></title><h1>Budget vote<script>track()</script></h1><p>x</p>"
        #expect(strip(page) == "<title>Town news<style></style></title><h1>Budget vote<script></script></h1><p>x</p>")
        let tree = HTMLTree(markup: Array(page.utf8), prune: false)
        #expect(tree.title == "Town news")
        #expect(tree.h1 == "Budget vote")
    }

    @Test func noOtherScalarLowercasesIntoALetterOfLDJSON() {
        // What lets the pruner look for `ld+json` in ASCII only (see `Reader.mentionsLDJSON`).
        let letters = Set("ld+json".unicodeScalars)
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let lowered = String(Character(scalar)).lowercased()
            if lowered.unicodeScalars.contains(where: { letters.contains($0) }) { Issue.record("U+\(String(value, radix: 16))") }
        }
    }

    @Test func malformedPagesNeverLoseText() {
        // Unclosed script: everything after it is script text to libxml2 too.
        #expect(strip("<p>a</p><script>var x = 1; <p>b</p>") == "<p>a</p><script>")
        // Unfinished tags and quotes at the end of the page.
        for page in ["<p>a</p><script type=\"a", "<p>a</p><script", "<p>a</p><script>", "<", "<!DOCTYPE", "<?x"] {
            #expect(strip(page) == page)
        }
        #expect(strip("<p>a</p><!-- <script>") == "<p>a</p><!--")
        // Where libxml2's reading depends on more than the stripper models, it stops and keeps the rest.
        #expect(strip("<script><noscript>x</noscript></script><script>y</script>") == "<script><noscript>x</noscript></script><script>y</script>")
        #expect(strip("<script>a</scripts>b</script><script>c</script>") == "<script></scripts>b</script><script>c</script>")
        #expect(strip("<script></div>x</script><script>y</script>") == "<script></div>x</script><script>y</script>")
    }

    @Test func theExtractorReadsTheSameWithOrWithoutStripping() {
        let pages = [
            "<html lang=en><head><title>Harbour fees</title><script>var t = '</p>';</script><style>h1{}</style>"
                + "<meta property=\"og:title\" content=\"Harbour fees rise\"></head><body><h1>Harbour fees</h1>"
                + "<div class=\"article-body\"><p>The council voted on Tuesday.<script>ad('<div>')</script> Fees rise in May.</p>"
                + "<p>\"It is fair,\" said Ana Reyes.</p></div><script>x = \"</SCRIPT\" ;</script><p>Last paragraph of the story.</p></body></html>",
            "<p>First<script>a</scripts>b</script> after</p><p>Second</p>",
            "<p>One</p><script src=x/><p>Two <b>bold</b></p><style/><p>Three</p>",
            "<div><p>Unclosed script follows</p><script>if (a < b) { document.write('<p>fake</p>') }",
            "<table><tr><td>cell<style>td{}</style></td><td>two</td></tr></table><script><!-- old --></script><p>after</p>",
            "<p title=\"<script>\">quoted</p><p>next</p><!--> <p>in comment?</p> --><p>out</p>",
            "<div><p>word<img src=x>\n<!-- a note -->text</p><span>a</span>\n<!-- b -->\n<b>c</b></div>",
        ]
        for page in pages { #expect(reading(page, strip: true) == reading(page, strip: false)) }
    }

    @Test func generatedTagSoupReadsTheSame() {
        // Deterministic tag soup built from pieces that trouble raw-text scanning.
        let pieces = ["<script>", "</script>", "<SCRIPT type=\"ld+json\">", "<style>", "</STYLE>", "<script/>", "</scr", "ipt>",
                      "<!--", "-->", "--!>", "<p>", "</p>", "<div class=\"story\">", "</div>", "<h1>", "</h1>", "<title>",
                      "\"", "'", ">", "<", "/", "=", " ", "\n", "<a href='x'>", "</a>", "Words of text. ", "More text here, ",
                      "<!DOCTYPE html>", "<?x y?>", "<br>", "<img alt=\"a>b\">", "</scripts>", "<noscript>", "&amp;", "<li>",
                      "<div class=\"share\" data-x=\"1\">", "<a href='x' class=nav>", "<p hidden>", "<span style=\"display:none\">",
                      "<meta name=\"author\" content=\"Jo Doe\">", "<time datetime=\"2030-01-01\">", "<html lang=\"en\">",
                      "<link rel=\"canonical\" href=\"/a\">", " id=\"main\" ", " data-y='2'", " onclick=go()", "<aside>", "<body class=\"post\">",
                      "<div class=\"wrap story-body x\">", "<p class=\"a articlebody\">", "<div id=\"x \r\ny\">", "<div class=\"articlebody\">",
                      "<section class=\"main-col sidebar-left\" role=\"main\">", "<div class=\"\tpost\ncontent x\">",
                      "<!-->", "<!---->", "<![CDATA[", "<_x>", "</ >", "<script ", "type=", "\"ld+json\"", "<style/", "\t", "</title>", "<h1 class=\"x\">", "<SCRIPT>", "<?", "<!doctype x PUBLIC \"a>", "<!DOCTYPE y SYSTEM 'b'>", "</script >", "</style", "x=", "<p/", "/>", "<td>", "<table>", "<form>", "</form>", "<b>", "</b>", "<select>", "<textarea>",
                      "<script type=\"application/json\">", "<script type=\"LD+Json\">", "<script type=\"ld&#43;json\">"]
        var soup = TagSoup(seed: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<3000 {
            let page = soup.page(pieces, maxPieces: 40)
            #expect(reading(page, strip: true) == reading(page, strip: false), "\(page)")
        }
    }
}
