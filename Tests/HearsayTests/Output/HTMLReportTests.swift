import Foundation
import Testing
@testable import Hearsay

/// The HTML quote report: one self-contained, well-formed page with every quote highlighted,
/// labelled and explained; escaping; a table of contents for several articles.
@Suite struct HTMLReportTests {
    /// Every quote element in the article text: the `<mark>`s that carry an id.
    static func quoteMarks(_ page: MarkupNode) -> [MarkupNode] {
        page.withClass("quote").filter { $0.name == "mark" && $0.attributes["id"] != nil }
    }

    /// Checks that the page needs nothing from outside: no scripts, stylesheets, images, frames
    /// or fonts to fetch, and no address with a scheme in any attribute.
    static func expectSelfContained(_ page: MarkupNode, _ html: String) {
        for name in ["script", "link", "img", "iframe", "object", "embed", "video", "audio", "source"] {
            #expect(page.all(name).isEmpty, "page has <\(name)>")
        }
        for node in page.descendants {
            for (key, value) in node.attributes {
                #expect(!value.contains("://"), "\(node.name) \(key)=\(value)")
                if key == "href" { #expect(value.hasPrefix("#"), "links stay inside the page: \(value)") }
            }
        }
        let css = page.all("style").map(\.text).joined()
        #expect(!css.contains("url(") && !css.contains("@import") && !css.contains("@font-face"))
        // Outside element text there is no http(s) address at all.
        let addresses = html.components(separatedBy: "http").count - 1
        let inText = page.descendants.filter { $0.name != "style" }.flatMap(\.content).reduce(0) { n, part in
            if case let .text(t) = part { return n + t.components(separatedBy: "http").count - 1 }
            return n
        }
        #expect(addresses == inText)
    }

    @Test func seedPageHighlightsTheThreeQuotes() throws {
        let analysis = try Pipeline.standard().analyze(bytes: TestSupport.seedBytes(), id: "seed")
        let html = HTMLRenderer.render(analysis)
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        let page = try MarkupNode.parse(html)
        Self.expectSelfContained(page, html)
        #expect(page.all("title").first?.text == "US not ready to collaborate militarily with Russia, says Trump’s defence secretary")
        #expect(page.all("nav").isEmpty, "one article: no table of contents")

        let marks = Self.quoteMarks(page)
        #expect(marks.count == 3)
        let speakers = marks.map { $0.withClass("who").first?.text }
        #expect(speakers == ["Jim Mattis", "Jim Mattis", "Sergey Lavrov"])
        #expect(marks.map { $0.attributes["data-sieve"] } == ["participle-cue", "leading-cue", "leading-cue"])
        for (mark, expected) in zip(marks, ["0.85", "0.90", "0.81"]) {
            #expect(mark.attributes["tabindex"] == "0", "focusable")
            let title = try #require(mark.attributes["title"])
            #expect(title.contains(mark.attributes["data-speaker"]!))
            #expect(title.contains("sieve \(mark.attributes["data-sieve"]!)") && title.contains("confidence \(expected)"))
            #expect(mark.withClass("tip").first?.text == title, "the tooltip says what the title says")
        }
        #expect(marks[2].text.contains("“does not interfere in the domestic matters of other countries”"))
        // The article text is shown: every body paragraph, the quotes inside it.
        let text = try #require(page.withClass("text").first)
        #expect(text.all("p").count == analysis.document.paragraphs.count)
        #expect(text.text.contains("Political leaders, Mr Mattis said, will seek"))
        // Hovering or focusing shows the tooltip.
        let css = page.all("style").map(\.text).joined()
        #expect(css.contains("mark.quote:hover .tip, mark.quote:focus .tip { display: block; }"))

        // Quotes by speaker, each with its sentence and a link to the highlight.
        let groups = page.withClass("speaker").filter { $0.name == "section" }
        #expect(groups.map { $0.withClass("name").first?.text } == ["Jim Mattis", "Sergey Lavrov"])
        #expect(groups.map { $0.withClass("roles").first?.text } == ["defence secretary", "foreign minister"])
        #expect(groups.map { $0.all("li").count } == [2, 1])
        #expect(groups[1].withClass("context").first?.text
                == "He repeated Moscow’s standard line that Russia “does not interfere in the domestic matters of other countries”.")
        let links = groups.flatMap { $0.all("a") }.compactMap { $0.attributes["href"] }
        #expect(links == marks.map { "#" + $0.attributes["id"]! })

        let people = try #require(page.withClass("mentions").first)
        #expect(people.all("tr").contains { $0.all("td").map(\.text) == ["Jim Mattis", "defence secretary", "4"] })
        #expect(page.withClass("warnings").first?.text.contains("None.") == true)
        #expect(page.withClass("unattributed").first?.text.contains("None.") == true)
    }

    @Test func markupInQuotesIsEscaped() throws {
        let analysis = try TestSupport.analyze("“It is <script>alert('x')</script> & more,” said Bob Stone.")
        let html = HTMLRenderer.render(analysis)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"))
        let page = try MarkupNode.parse(html)
        let marks = Self.quoteMarks(page)
        #expect(marks.count == 1)
        #expect(marks[0].text.contains("“It is <script>alert('x')</script> & more,”"), "escaped text reads back as the quote")
        #expect(page.all("script").isEmpty)
    }

    @Test func escapingHelper() {
        #expect(HTMLEscaping.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLEscaping.escape("plain “text”") == "plain “text”")
    }

    @Test func unattributedQuotesAreHighlightedAndListed() throws {
        let analysis = try TestSupport.analyze("The weather was cold. “We are closed for the winter & will not open again until spring.” Later, “We stay,” said Ann Lee.")
        let page = try MarkupNode.parse(HTMLRenderer.render(analysis))
        let marks = Self.quoteMarks(page)
        #expect(marks.count == analysis.quotes.count)
        let none = try #require(marks.first { $0.attributes["data-speaker"] == "Unattributed" })
        #expect(none.withClass("none").count == 1)
        #expect(none.withClass("who").first?.text == "Unattributed")
        let section = try #require(page.withClass("unattributed").first)
        #expect(section.all("li").count == 1)
        #expect(section.withClass("quote-text").first?.text == "“We are closed for the winter & will not open again until spring.”")
        #expect(section.text.contains("no speaker found"))
    }

    @Test func warningsAreListed() throws {
        let analysis = try TestSupport.analyze("“This never closes, said Ann Lee.")
        let page = try MarkupNode.parse(HTMLRenderer.render(analysis))
        let warnings = try #require(page.withClass("warnings").first)
        #expect(warnings.all("li").contains { $0.text.hasPrefix("unclosed-quote: ") })
        // Warnings come last in the article.
        #expect(page.all("article").first?.children.last?.attributes["class"] == "warnings")
    }

    @Test func severalArticlesGetATableOfContents() throws {
        let pipeline = Pipeline.standard()
        let first = try pipeline.analyze(bytes: TestSupport.seedBytes(), id: "seed")
        var second = try pipeline.analyze(text: "“Fine,” said Ann Lee.")
        second.id = "second"
        let html = HTMLRenderer.render([first, second])
        let page = try MarkupNode.parse(html)
        let nav = try #require(page.all("nav").first)
        let entries = nav.all("a")
        #expect(entries.map { $0.attributes["href"] } == ["#a1", "#a2"])
        #expect(entries.map(\.text) == [first.title!, "second"])
        #expect(nav.all("li").map { $0.withClass("count").first?.text } == ["3 quotes", "1 quote"])
        #expect(page.all("article").map { $0.attributes["id"] } == ["a1", "a2"])
        #expect(Self.quoteMarks(page).map { $0.attributes["id"]! } == ["a1-q1", "a1-q2", "a1-q3", "a2-q1"])
        #expect(page.all("title").first?.text == "Hearsay report: 2 articles")
    }
}
