import Testing
@testable import Hearsay

@Suite struct MarkupPrunerBlankRunTests {
    func strip(_ html: String) -> String {
        String(decoding: MarkupPruner.prune(Array(html.utf8)), as: UTF8.self)
    }

    /// What the extractor reads from a tree.
    func reading(_ tree: HTMLTree) -> String {
        let elements = tree.elements.map { "\($0.tag)/\($0.parent)/\($0.hint)/\($0.furniture)/\($0.body)" }
        let blocks = tree.blocks.map { "\($0.tag)#\($0.element)[\($0.linkChars)/\($0.length)/\($0.words)]: \($0.text)" }
        return (blocks + ["title: \(tree.title.map { "[\($0)]" } ?? "-")", "h1: \(tree.h1.map { "[\($0)]" } ?? "-")",
                          "ld: \(tree.jsonLD)", "elements: \(elements)"]).joined(separator: "\n")
    }

    /// What the extractor reads from `html`, pruned or not.
    func reading(_ html: String, strip: Bool) -> String {
        reading(HTMLTree(markup: Array(html.utf8), prune: strip))
    }

    @Test func blankRunsAroundBlocksGo() {
        #expect(strip("<div>\n  <p>One</p>\n  <p>Two</p>\n</div>\n<p>Three</p>") == "<div><p>One</p><p>Two</p></div><p>Three</p>")
        // After a line break or a block start, before one, across end tags and comments, and at the end.
        #expect(strip("<p>a<br>\n<b>b</b>\n<br> c</p>") == "<p>a<br><b>b</b><br> c</p>")
        #expect(strip("<li>\n<a>x</a></li>\n <!-- note -->\n<li>y</li>\n") == "<li><a>x</a></li><!----><li>y</li>\n")
        #expect(strip("<p><b>end</b>\n</p>\n") == "<p><b>end</b></p>\n")
    }

    @Test func blankRunsTheWalkMayReadStay() {
        // Between inline elements, before a block that may be hidden, before text.
        for page in ["<p><b>a</b> <i>b</i></p>", "<p><b>a</b> <div style=\"display:none\">x</div>b</p>",
                     "<p><b>a</b> <div hidden>x</div>b</p>", "<p><b>a</b> <ul aria-hidden=\"true\"><li>x</li></ul>b</p>",
                     "<span>a</span> &amp; <span>b</span>", "<b>a</b> <body>b"] {
            #expect(strip(page) == page)
        }
        // Runs of several blanks keep their first byte.
        #expect(strip("<p><b>a</b>\n\n <i>b</i></p>") == "<p><b>a</b>\n<i>b</i></p>")
    }

    @Test func theBlankRunAfterADoctypeStays() {
        // libxml2 reads a `<` right after a doctype in content as text: without the blank, `</p>`
        // would be read as words (found by comparing with session 15's reader on tag soup).
        for page in ["<p>on again<!DOCTYPE html> </p>", "<table><!DOCTYPE html>\t</body><h1></table>rise",
                     "<?php x ?>{}<!DOCTYPE html>\n  </a>", "<p>a<!DOCTYPE html> <!DOCTYPE html> </p><p>b</p>"] {
            #expect(reading(page, strip: true) == reading(page, strip: false), "\(page)")
            #expect(!reading(page, strip: true).contains("</"), "\(page)")
        }
        #expect(strip("<p>a<!DOCTYPE html>\n\n</p>") == "<p>a<!DOCTYPE html>\n</p>")
    }

    @Test func noBlankRunGoesInsideAHeadlineOrTitle() {
        for page in ["<h1><b>Harbour</b>\n<br><b>fees</b></h1>", "<title>\n</title>", "<h1>A<h1>B</h1> <div>C</div>\n</h1>"] {
            #expect(strip(page) == page)
        }
        // Once both are closed, blank runs go again.
        #expect(strip("<title>T</title>\n<h1>H</h1>\n<div>x</div>") == "<title>T</title><h1>H</h1><div>x</div>")
        // A `</title>` does not close a headline.
        #expect(strip("<h1>A</title> <p>b</p>") == "<h1>A</title> <p>b</p>")
        // A `<div>` inside a headline may keep `</h1>` from closing it: no blank run goes after that.
        #expect(strip("<h1><div>A</h1> <p>b</p>\n<p>c</p>") == "<h1><div>A</h1> <p>b</p>\n<p>c</p>")
    }

    @Test func theRoleTableFollowsTheWalk() {
        func role(_ name: String) -> MarkupPruner.BlankRun.Role {
            let bytes = Array(name.utf8)
            return bytes.withUnsafeBufferPointer { MarkupPruner.BlankRun.role(of: $0.baseAddress!, from: 0, to: bytes.count) }
        }
        for name in HTMLTree.blockTags {
            let expected = name != "html" && name != "body"
            #expect(role(name).contains(.block) == expected, "\(name)")
            #expect(role(name.uppercased()).contains(.block) == expected, "\(name)")
        }
        #expect(role("BR") == .lineBreak)
        #expect(role("H1") == [.block, .headline])
        #expect(role("Title") == .title)
        #expect(role("div") == [.block, .blocksEndTags])
        #expect(role("td") == .blocksEndTags)
        for name in ["span", "a", "img", "h7", "p_", "divs", "blockquotes", "x-blockquote-element-name"] { #expect(role(name) == [], "\(name)") }
    }

    @Test func theWalkReadsTheSame() {
        let pages = [
            "<html>\n<head>\n<title>Harbour fees</title>\n</head>\n<body>\n<div class=\"story\">\n<h1>Fees <em>rise</em>\n</h1>\n"
                + "<p>The council voted.</p>\n<p>\"It is fair,\" said Ana Reyes.</p>\n<ul>\n<li><a href=\"/a\">More</a>\n</li>\n</ul>\n</div>\n</body>\n</html>\n",
            "<p>one <span>two</span>\n<br>\n<span>three</span>\n</p>\n<table>\n<tr>\n<td>a</td>\n<td>b</td>\n</tr>\n</table>",
            "<div>a</span> <div>b</div></div>\n</b> <p>c</p></html> <div>d</div>",
            "text <!-- c --> <p>x</p> <h1> <b>y</b> </h1> <p> z </p>",
        ]
        for page in pages { #expect(reading(page, strip: true) == reading(page, strip: false), "\(page)") }
    }

    @Test func generatedBlankSoupReadsTheSame() {
        // Blanks between every kind of tag the rules name, and some they do not.
        let pieces = [" ", "\n", "\t\n  ", " ", "\n", "<div>", "</div>", "<p>", "</p>", "<br>", "<br/>", "<hr>", "<li>", "</li>",
                      "<ul>", "</ul>", "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<span>", "</span>", "<b>", "</b>",
                      "<a href=x>", "</a>", "<h1>", "</h1>", "<title>", "</title>", "<div hidden>", "<p style=\"color:red\">",
                      "<div aria-hidden=\"true\">", "<nav>", "</nav>", "<!-- c -->", "word", "two words", "&amp;", "<body>", "</body>",
                      "<html>", "</html>", "<head>", "</head>", "<script>x()</script>", "<pre>", "</pre>", "<img src=x>", "<section>",
                      "<div class=\"share\">", "<blockquote>", "</blockquote>", "<H1>", "</H1>", "<BR>", "<DIV>", "<form>", "</form>"]
        var soup = TagSoup(seed: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<3000 {
            let page = soup.page(pieces, maxPieces: 50)
            #expect(reading(page, strip: true) == reading(page, strip: false), "\(page)")
        }
    }

    @Test func flattenedPagesReadTheSame() {
        // `NestingFlattener` puts a space where it removes a tag the pruner left a blank run out for.
        let flattener = NestingFlattener(maxDepth: 4)
        let pieces = [" ", "\n", "<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<br>", "word", "<li>", "<section>", "<b>", "</b>"]
        var soup = TagSoup(seed: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<2000 {
            let page = Array(soup.page(pieces, maxPieces: 40).utf8)
            let pruned = HTMLTree(markup: flattener.flatten(MarkupPruner.prune(page)).bytes, prune: false)
            let whole = HTMLTree(markup: flattener.flatten(page).bytes, prune: false)
            #expect(reading(pruned) == reading(whole), "\(String(decoding: page, as: UTF8.self))")
        }
    }
}
